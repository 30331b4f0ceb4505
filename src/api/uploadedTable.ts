/**
 * A file the person uploaded, read as a table (a finance export, a caseload extract). What makes
 * it unreadable, at its header or in a row further down, is a refusal of the file (its field is
 * `bytesBase64`), never an internal error: in the service and in a job's worker alike.
 */
import { openTableFile, TableFileError, type TableFile } from '../files/tableFile';
import { fieldError } from './errors';

const refusal = (error: unknown) =>
  error instanceof TableFileError ? fieldError('bytesBase64', error.message) : error;

export async function openUploadedTable(bytes: Uint8Array): Promise<TableFile> {
  let file: TableFile;
  try {
    file = await openTableFile(bytes);
  } catch (error) {
    throw refusal(error);
  }
  return { headers: file.headers, batches: refusingUnreadable(file.batches) };
}

async function* refusingUnreadable<T>(batches: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* batches;
  } catch (error) {
    throw refusal(error);
  }
}
