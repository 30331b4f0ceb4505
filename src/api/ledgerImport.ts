import { LedgerFingerprint } from '../core/fiscal/import/fingerprint';
import { checkMapping, suggestMapping, type ColumnMapping } from '../core/fiscal/import/mapping';
import {
  LedgerRowValidator,
  type LedgerReference,
  type ParsedLedgerRow,
} from '../core/fiscal/import/rows';
import { fiscalPeriodOf, type FiscalPeriod } from '../core/fiscalCalendar';
import { formatMoney } from '../core/money';
import { budgetedSfys } from '../db/budget';
import { rememberMapping, savedMapping } from '../db/importMapping';
import type { LedgerValues } from '../db/ledger';
import { findImport, importEntries } from '../db/ledgerImports';
import { openTableFile, TableFileError } from '../export/tableFile';
import type { HandlersFor, ServiceContext } from './context';
import { Conflict, ValidationError } from './errors';
import { fiscalCounty, fieldError } from './fiscalRules';
import { ColumnMappingInput, type ledgerImportContract } from './ledgerImport.contract';
import { nameOf } from '../core/names';

const KIND = 'ledger';
const SAMPLE_ROWS = 10;

interface ImportRequest {
  readonly countyId: number;
  readonly fileName: string;
  readonly bytesBase64: string;
  readonly mapping: ColumnMapping | null;
}

/** Opens the file and settles the mapping; the same first steps for the preview and the import. */
async function openImport(ctx: ServiceContext, request: ImportRequest) {
  const { db } = ctx.workbench;
  const county = fiscalCounty(ctx, request.countyId);
  let file;
  try {
    file = await openTableFile(Buffer.from(request.bytesBase64, 'base64'));
  } catch (error) {
    if (error instanceof TableFileError) throw fieldError('bytesBase64', error.message);
    throw error;
  }
  // A mapping the person chose stands as given; without one, the county's last mapping is offered
  // when this file has its headers, else a guess from the headers.
  const remembered = ColumnMappingInput.safeParse(savedMapping(db, request.countyId, KIND));
  const fits = remembered.success && checkMapping(remembered.data, file.headers).length === 0;
  const mapping =
    request.mapping ??
    (fits && remembered.success ? remembered.data : suggestMapping(file.headers));
  const mappingProblems = checkMapping(mapping, file.headers).map((p) => p.message);
  const sfys = new Set(budgetedSfys(db, request.countyId));
  const reference: LedgerReference = {
    streams: county.streams,
    categories: county.categories,
    sfyAllowed: (startYear) => sfys.has(startYear),
  };
  const validator =
    mappingProblems.length === 0 ? new LedgerRowValidator(file.headers, mapping, reference) : null;
  return { county, file, mapping, mappingProblems, validator };
}

/**
 * Reads every row through the validator, handing each batch's good rows to `take`, and sums
 * them: the fingerprint and total of the rows read, however many there were.
 */
async function readRows(
  file: Awaited<ReturnType<typeof openTableFile>>,
  validator: LedgerRowValidator,
  take: (rows: readonly ParsedLedgerRow[]) => Promise<void> | void,
) {
  const fingerprint = new LedgerFingerprint();
  let totalCents = 0;
  let rowCount = 0;
  let validRows = 0;
  try {
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
  } catch (error) {
    if (error instanceof TableFileError) throw fieldError('bytesBase64', error.message);
    throw error;
  }
  if (rowCount === 0) {
    throw fieldError('bytesBase64', 'The file has a header row but no rows to import.');
  }
  return { rowCount, validRows, totalCents, fingerprint: fingerprint.digest() };
}

/** Rows as stored; the period of each date is worked out once (a year has 365 of them). */
function storedRows(rows: readonly ParsedLedgerRow[]) {
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

export const ledgerImportHandlers: HandlersFor<typeof ledgerImportContract> = {
  'fiscal.previewImport': async (request, ctx) => {
    const { county, file, mapping, mappingProblems, validator } = await openImport(ctx, request);
    const sample: ParsedLedgerRow[] = [];
    const read = validator
      ? await readRows(file, validator, (rows) => {
          sample.push(...rows.slice(0, SAMPLE_ROWS - sample.length));
        })
      : null;
    const duplicate = read
      ? findImport(ctx.workbench.db, request.countyId, read.fingerprint)
      : null;
    return {
      headers: file.headers,
      mapping,
      mappingProblems,
      rowCount: read?.rowCount ?? 0,
      validRows: read?.validRows ?? 0,
      totalCents: read?.totalCents ?? 0,
      errors: validator?.errors ?? [],
      moreErrors: validator?.moreErrors ?? 0,
      sample: sample.map((row) => ({
        row: row.row,
        date: row.date,
        amountCents: row.amountCents,
        stream: nameOf(county.streams, row.streamId),
        category: nameOf(county.categories, row.categoryId),
        leveraged: row.leveraged,
        description: row.description,
      })),
      duplicateOf: duplicate
        ? { fileName: duplicate.fileName, importedAt: duplicate.importedAt }
        : null,
    };
  },

  'fiscal.importLedger': async (request, ctx) => {
    const { file, mapping, mappingProblems, validator } = await openImport(ctx, request);
    if (!validator) {
      throw new ValidationError(
        `Nothing was imported: the column mapping cannot be used. ${mappingProblems.join(' ')}`,
        mappingProblems.map((message) => ({ path: 'mapping', message })),
      );
    }
    const gathered: LedgerValues[] = [];
    const read = await readRows(file, validator, (rows) => {
      // Once a row is bad nothing will be written: the rest is read only to report every problem.
      if (validator.errors.length > 0) return;
      for (const row of storedRows(rows)) gathered.push(row);
    });
    const bad = validator.errors.length + validator.moreErrors;
    if (bad > 0) {
      const issues = validator.errors.map((e) => ({
        path: `row ${e.row} · ${e.column}`,
        message: e.value === '' ? e.reason : `“${e.value}”: ${e.reason}`,
      }));
      throw new ValidationError(
        `Nothing was imported: ${bad} ${bad === 1 ? 'problem' : 'problems'} in ${read.rowCount} rows${validator.moreErrors > 0 ? ` (the first ${validator.errors.length} are listed)` : ''}. Fix them in the file and import it again.`,
        issues,
      );
    }
    const record = { countyId: request.countyId, actor: ctx.actor, fileName: request.fileName };
    const outcome = importEntries(ctx.workbench, record, gathered, read.fingerprint);
    if ('duplicateOf' in outcome) {
      const { fileName, importedAt } = outcome.duplicateOf;
      throw new Conflict(
        `Nothing was imported: these ${read.validRows} rows (${formatMoney(read.totalCents)}) were already imported from “${fileName}” on ${importedAt.slice(0, 10)}. Importing them again would count every row twice.`,
      );
    }
    rememberMapping(ctx.workbench.db, request.countyId, KIND, mapping);
    return {
      importId: outcome.importId,
      rowCount: outcome.rowCount,
      totalCents: read.totalCents,
    };
  },
};
