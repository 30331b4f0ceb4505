import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PickedFile, RefusedFile, SaveFileResult } from '../api/bridge';
import { LEDGER_FILE_MAX_MB } from '../api/fiscal/ledgerImport.contract';
import { EXTRACT_FILE_MAX_MB } from '../api/matching/contract';

/**
 * The largest upload any contract method takes (the ledger and the matching extracts). A picked
 * file above it would be refused by the service anyway, so the shell refuses it before reading it
 * into memory; smaller per-method limits are still the service's to apply.
 */
export const LARGEST_UPLOAD_MB = Math.max(LEDGER_FILE_MAX_MB, EXTRACT_FILE_MAX_MB);
const LARGEST_UPLOAD_BYTES = LARGEST_UPLOAD_MB * 1024 * 1024;

/** Exports are readable and writable by their owner only. */
export const PRIVATE_FILE_MODE = 0o600;

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
  fileSize(file: string): Promise<number>;
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
    async openFiles(options: unknown): Promise<(PickedFile | RefusedFile)[]> {
      const { title, filters, multiple } = OpenFilesOptions.parse(options);
      const result = await ports.showOpenDialog({
        title,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled) return [];
      return Promise.all(
        result.filePaths.map(async (file) => {
          const name = path.basename(file);
          const size = await ports.fileSize(file);
          if (size > LARGEST_UPLOAD_BYTES) return { name, size, refused: tooLarge(name, size) };
          return { name, bytes: await ports.readFile(file) };
        }),
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

function tooLarge(name: string, size: number): string {
  const megabytes = (size / (1024 * 1024)).toFixed(1);
  return `“${name}” is ${megabytes} MB; the Workbench takes files up to ${LARGEST_UPLOAD_MB} MB. Export it in parts (a shorter period each) and import each part.`;
}

/**
 * Exports hold county data, some of it about people: the saved file is private to its owner
 * (DESIGN.md, "files private to their owner"). `mode` applies only when the file is created, so a
 * file being replaced is narrowed first, before the new bytes reach it. Windows ignores modes
 * (chmod there only clears read-only): the file takes the ACL of the folder it is saved in, and the
 * user's profile folders are private to the user.
 */
export async function writePrivateFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.promises.chmod(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.promises.writeFile(file, bytes, { mode: PRIVATE_FILE_MODE });
}

/** The file half of the ports, over node:fs: what the Electron shell passes. */
export const fileSystemPorts: Pick<DialogPorts, 'fileSize' | 'readFile' | 'writeFile'> = {
  fileSize: async (file) => (await fs.promises.stat(file)).size,
  readFile: (file) => fs.promises.readFile(file),
  writeFile: writePrivateFile,
};
