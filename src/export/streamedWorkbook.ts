/**
 * A workbook written with exceljs's streaming writer into a temporary file, not gathered in
 * memory, then read back once, whole; the file is gone when the bytes are returned (it may hold
 * identifiers). `write` adds and commits the sheets in order: the zip takes them in order, and
 * while one is open every later one would wait in memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeTextAsInlineStrings } from './inlineStrings';

writeTextAsInlineStrings();

export async function streamedWorkbookBytes(
  made: { appVersion: string; generatedAt: Date },
  write: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
): Promise<Uint8Array> {
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'linkages-workbook-'));
  const file = path.join(folder, 'workbook.xlsx');
  try {
    const stream = fs.createWriteStream(file, { mode: 0o600 });
    const written = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = `Linkages Workbench ${made.appVersion}`;
    workbook.created = made.generatedAt;
    await write(workbook);
    await workbook.commit();
    await written;
    // The Buffer is a Uint8Array already; wrapping it in a new one would copy it.
    return await fs.promises.readFile(file);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true });
  }
}
