/**
 * Reading a finance export's rows for the ledger import, the same for the preview (in the service)
 * and the import (in a job's worker thread): every row through the validator, summed and
 * fingerprinted, and the good rows as the ledger stores them.
 */
import { LedgerFingerprint } from '../../core/fiscal/import/fingerprint';
import type { LedgerRowValidator, ParsedLedgerRow } from '../../core/fiscal/import/rows';
import { fiscalPeriodOf, type FiscalPeriod } from '../../core/fiscalCalendar';
import type { TableFile } from '../../files/tableFile';
import { fieldError } from '../errors';

/**
 * Reads every row through the validator, handing each batch's good rows to `take`, and sums
 * them: the fingerprint and total of the rows read, however many there were.
 */
export async function readRows(
  file: TableFile,
  validator: LedgerRowValidator,
  take: (rows: readonly ParsedLedgerRow[]) => Promise<void> | void,
) {
  const fingerprint = new LedgerFingerprint();
  let totalCents = 0;
  let rowCount = 0;
  let validRows = 0;
  for await (const batch of file.batches) {
    rowCount += batch.length;
    const good = validator.add(batch);
    for (const row of good) {
      fingerprint.add(row);
      totalCents += row.amountCents;
    }
    validRows += good.length;
    await take(good);
  }
  if (rowCount === 0) {
    throw fieldError('bytesBase64', 'The file has a header row but no rows to import.');
  }
  return { rowCount, validRows, totalCents, fingerprint: fingerprint.digest() };
}

/** Rows as stored; the period of each date is worked out once (a year has 365 of them). */
export function storedRows(rows: readonly ParsedLedgerRow[]) {
  const periods = new Map<string, FiscalPeriod>();
  return rows.map((row) => {
    let period = periods.get(row.date);
    if (!period) periods.set(row.date, (period = fiscalPeriodOf(row.date)));
    return storedRow(row, period);
  });
}

function storedRow(row: ParsedLedgerRow, { sfy, quarter }: FiscalPeriod) {
  return {
    date: row.date,
    sfyStartYear: sfy.startYear,
    quarter,
    streamId: row.streamId,
    categoryId: row.categoryId,
    payingProgram: row.payingProgram,
    amountCents: row.amountCents,
    leveraged: row.leveraged,
    savedProgram: row.savedProgram,
    description: row.description,
    familyReference: row.familyReference,
    refundReason: row.refundReason,
  };
}
