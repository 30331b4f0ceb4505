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
import { findImport, importEntries } from '../db/ledger';
import { LedgerFileError, openLedgerFile } from '../export/ledgerFile';
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

/** Reads, maps and checks the whole file; the same steps for the preview and the import. */
async function readImport(ctx: ServiceContext, request: ImportRequest) {
  const { db } = ctx.workbench;
  const county = fiscalCounty(ctx, request.countyId);
  let file;
  try {
    file = await openLedgerFile(Buffer.from(request.bytesBase64, 'base64'));
  } catch (error) {
    if (error instanceof LedgerFileError) throw fieldError('bytesBase64', error.message);
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
  if (mappingProblems.length > 0) {
    return {
      county,
      headers: file.headers,
      mapping,
      mappingProblems,
      rowCount: null,
      reading: null,
    };
  }
  const sfys = new Set(budgetedSfys(db, request.countyId));
  const reference: LedgerReference = {
    streams: county.streams,
    categories: county.categories,
    sfyAllowed: (startYear) => sfys.has(startYear),
  };
  const validator = new LedgerRowValidator(file.headers, mapping, reference);
  const rows: ParsedLedgerRow[] = [];
  let rowCount = 0;
  try {
    for await (const batch of file.batches) {
      rowCount += batch.length;
      for (const row of validator.add(batch)) rows.push(row);
    }
  } catch (error) {
    if (error instanceof LedgerFileError) throw fieldError('bytesBase64', error.message);
    throw error;
  }
  if (rowCount === 0) {
    throw fieldError('bytesBase64', 'The file has a header row but no rows to import.');
  }
  const fingerprint = new LedgerFingerprint();
  let totalCents = 0;
  for (const row of rows) {
    fingerprint.add(row);
    totalCents += row.amountCents;
  }
  const digest = fingerprint.digest();
  return {
    county,
    headers: file.headers,
    mapping,
    mappingProblems,
    rowCount,
    reading: {
      rows,
      errors: validator.errors,
      moreErrors: validator.moreErrors,
      totalCents,
      fingerprint: digest,
      duplicate: findImport(db, request.countyId, digest),
    },
  };
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
    const { county, headers, mapping, mappingProblems, rowCount, reading } = await readImport(
      ctx,
      request,
    );
    return {
      headers,
      mapping,
      mappingProblems,
      rowCount: rowCount ?? 0,
      validRows: reading?.rows.length ?? 0,
      totalCents: reading?.totalCents ?? 0,
      errors: reading?.errors ?? [],
      moreErrors: reading?.moreErrors ?? 0,
      sample: (reading?.rows ?? []).slice(0, SAMPLE_ROWS).map((row) => ({
        row: row.row,
        date: row.date,
        amountCents: row.amountCents,
        stream: nameOf(county.streams, row.streamId),
        category: nameOf(county.categories, row.categoryId),
        leveraged: row.leveraged,
        description: row.description,
      })),
      duplicateOf: reading?.duplicate
        ? { fileName: reading.duplicate.fileName, importedAt: reading.duplicate.importedAt }
        : null,
    };
  },

  'fiscal.importLedger': async (request, ctx) => {
    const { mapping, mappingProblems, rowCount, reading } = await readImport(ctx, request);
    if (!reading) {
      throw new ValidationError(
        `Nothing was imported: the column mapping cannot be used. ${mappingProblems.join(' ')}`,
        mappingProblems.map((message) => ({ path: 'mapping', message })),
      );
    }
    const bad = reading.errors.length + reading.moreErrors;
    if (bad > 0) {
      const issues = reading.errors.map((e) => ({
        path: `row ${e.row} · ${e.column}`,
        message: e.value === '' ? e.reason : `“${e.value}”: ${e.reason}`,
      }));
      throw new ValidationError(
        `Nothing was imported: ${bad} ${bad === 1 ? 'problem' : 'problems'} in ${rowCount ?? 0} rows${reading.moreErrors > 0 ? ` (the first ${reading.errors.length} are listed)` : ''}. Fix them in the file and import it again.`,
        issues,
      );
    }
    if (reading.duplicate) {
      throw new Conflict(
        `Nothing was imported: these ${reading.rows.length} rows (${formatMoney(reading.totalCents)}) were already imported from “${reading.duplicate.fileName}” on ${reading.duplicate.importedAt.slice(0, 10)}. Importing them again would count every row twice.`,
      );
    }
    let importId: number;
    try {
      importId = importEntries(
        ctx.workbench,
        {
          countyId: request.countyId,
          actor: ctx.actor,
          fileName: request.fileName,
          fingerprint: reading.fingerprint,
        },
        storedRows(reading.rows),
      );
    } catch (error) {
      // The same rows imported by another request since this one checked: the unique fingerprint
      // refused them, and the transaction wrote nothing.
      if (isUniqueViolation(error)) {
        throw new Conflict(
          `Nothing was imported: these ${reading.rows.length} rows were imported a moment ago by another import of the same file. Importing them again would count every row twice.`,
        );
      }
      throw error;
    }
    rememberMapping(ctx.workbench.db, request.countyId, KIND, mapping);
    return { importId, rowCount: reading.rows.length, totalCents: reading.totalCents };
  },
};

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
