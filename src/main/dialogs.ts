import path from 'node:path';
import { z } from 'zod';
import type { PickedFile, SaveFileResult } from '../api/bridge';

/** The parts of Electron's dialog and of fs the helpers use, so tests can stand in for them. */
export interface DialogPorts {
  showOpenDialog(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    properties: ('openFile' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    defaultPath: string;
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, bytes: Uint8Array): Promise<void>;
}

const OpenFilesOptions = z
  .object({
    title: z.string().max(200),
    filters: z
      .array(
        z.object({
          name: z.string().max(100),
          extensions: z.array(z.string().regex(/^\w{1,10}$/)),
        }),
      )
      .max(10),
    multiple: z.boolean(),
  })
  .strict();

const SaveFileRequest = z
  .object({
    // A bare file name: the user picks the folder in the dialog.
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\:*?"<>|]+$/),
    bytes: z.instanceof(Uint8Array),
  })
  .strict();

export function createDialogHandlers(ports: DialogPorts) {
  return {
    async openFiles(options: unknown): Promise<PickedFile[]> {
      const { title, filters, multiple } = OpenFilesOptions.parse(options);
      const result = await ports.showOpenDialog({
        title,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled) return [];
      return Promise.all(
        result.filePaths.map(async (file) => ({
          name: path.basename(file),
          bytes: await ports.readFile(file),
        })),
      );
    },

    async saveFile(request: unknown): Promise<SaveFileResult> {
      const { suggestedName, bytes } = SaveFileRequest.parse(request);
      const result = await ports.showSaveDialog({ defaultPath: suggestedName });
      if (result.canceled || !result.filePath) return { saved: false };
      await ports.writeFile(result.filePath, bytes);
      return { saved: true };
    },
  };
}
