/**
 * The ledger import as a job (worker thread): the service has checked the county and the mapping;
 * here every row is read and checked, and only a file without problems is written, in one
 * transaction. Problems come back by row and column with the value (ledger values are not
 * identifiers of people); the same rows imported before are a conflict.
 */
import type { ColumnMapping } from '../../core/fiscal/import/mapping';
import {
  LedgerRowValidator,
  type LedgerReference,
  type ParsedLedgerRow,
} from '../../core/fiscal/import/rows';
import { formatMoney } from '../../core/money';
import { budgetedSfys } from '../../db/fiscal/budget';
import { rememberMapping } from '../../db/fiscal/importMapping';
import * as reference from '../../db/fiscal/reference';
import { importEntries } from '../../db/fiscal/ledgerImports';
import { categoryView, streamView } from './rules';
import { readRows, storedRows } from './ledgerImportRows';
import { openUploadedTable } from '../uploadedTable';
import { JobCancelled, JobRefused, type JobContext } from '../jobs/jobTypes';

/** The kind under which the county's ledger mapping is remembered. */
export const LEDGER_MAPPING_KIND = 'ledger';

export interface LedgerImportInput {
  readonly countyId: number;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mapping: ColumnMapping;
}

export async function ledgerImportJob(input: LedgerImportInput, job: JobContext) {
  const { countyId, fileName, bytes, mapping } = input;
  const county: LedgerReference = {
    streams: reference.listStreams(job.db, countyId).map(streamView),
    categories: reference.listCategories(job.db, countyId).map(categoryView),
    budgetedSfys: budgetedSfys(job.db, countyId),
  };
  const file = await openUploadedTable(bytes);
  const validator = new LedgerRowValidator(file.headers, mapping, county);
  const expectedRows = Math.max(1, bytes.length / 60);
  // The good rows by date, each date's in file order: written in date order, every index on the
  // date grows at its end (a million rows in shuffled date order took about a third longer).
  const byDate = new Map<string, ParsedLedgerRow[]>();
  let seen = 0;
  const read = await readRows(file, validator, (rows) => {
    if (job.shouldStop()) throw new JobCancelled();
    seen += rows.length;
    job.progress('check', Math.min(1, seen / expectedRows));
    // Once a row is bad nothing will be written: the rest is read only to report every problem.
    if (validator.errors.length > 0) return;
    for (const row of rows) {
      const same = byDate.get(row.date);
      if (same) same.push(row);
      else byDate.set(row.date, [row]);
    }
  });
  const bad = validator.errors.length + validator.moreErrors;
  if (bad > 0) {
    throw new JobRefused(
      `Nothing was imported: ${bad} ${bad === 1 ? 'problem' : 'problems'} in ${read.rowCount} rows${validator.moreErrors > 0 ? ` (the first ${validator.errors.length} are listed)` : ''}. Fix them in the file and import it again.`,
      validator.errors.map((e) => ({
        row: e.row,
        column: e.column,
        reason: e.value === '' ? e.reason : `“${e.value}”: ${e.reason}`,
      })),
      bad,
    );
  }
  if (job.shouldStop()) throw new JobCancelled();
  job.progress('save', 0);
  const outcome = importEntries(
    job,
    { countyId, actor: job.actor, fileName },
    inDateOrder(byDate),
    read.fingerprint,
  );
  if ('duplicateOf' in outcome) {
    const { fileName: earlier, importedAt } = outcome.duplicateOf;
    throw new JobRefused(
      `Nothing was imported: these ${read.validRows} rows (${formatMoney(read.totalCents)}) were already imported from “${earlier}” on ${importedAt.slice(0, 10)}. Importing them again would count every row twice.`,
      [],
      0,
      'conflict',
    );
  }
  // Offered again next time, now that it worked.
  rememberMapping(job.db, countyId, LEDGER_MAPPING_KIND, mapping);
  return { importId: outcome.importId, rowCount: outcome.rowCount, totalCents: read.totalCents };
}

function* inDateOrder(byDate: ReadonlyMap<string, readonly ParsedLedgerRow[]>) {
  for (const date of [...byDate.keys()].sort()) yield storedRows(byDate.get(date) ?? []);
}
