/**
 * Files travel through the API as base64 text (DESIGN.md): the same JSON over IPC and HTTP.
 * Exports come back as an ExportFile, which Electron saves through a dialog and the browser downloads.
 */
import { z } from 'zod';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ExportFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  bytesBase64: z.string(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** A file the user picked, up to `maxMegabytes` (base64 is 4/3 of the bytes). */
export function uploadedFile(maxMegabytes: number) {
  return z.object({
    fileName: z.string().min(1).max(255),
    bytesBase64: z
      .string()
      .max(
        Math.ceil((maxMegabytes * 1024 * 1024 * 4) / 3) + 4,
        `The file is larger than ${maxMegabytes} MB.`,
      )
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive intact (not base64).'),
  });
}

/** "Spring 2026 readiness" → "Spring-2026-readiness", safe on Windows and macOS. */
export function fileNamePart(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'untitled'
  );
}
