import { checkMapping, suggestMapping, type ColumnMapping } from '../../core/fiscal/import/mapping';
import {
  LedgerRowValidator,
  type LedgerReference,
  type ParsedLedgerRow,
} from '../../core/fiscal/import/rows';
import { budgetedSfys } from '../../db/fiscal/budget';
import { savedMapping } from '../../db/fiscal/importMapping';
import { findImport } from '../../db/fiscal/ledgerImports';
import type { HandlersFor, ServiceContext } from '../context';
import { Conflict, ValidationError } from '../errors';
import { fiscalCounty } from './rules';
import { jobOutput, jobStarter } from '../jobs/handlers';
import { ColumnMappingInput, type ledgerImportContract } from './ledgerImport.contract';
import { LEDGER_MAPPING_KIND, type LedgerImportInput } from './ledgerImportJob';
import { readRows } from './ledgerImportRows';
import { openUploadedTable } from '../uploadedTable';
import { nameOf } from '../../core/names';

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
  const file = await openUploadedTable(Buffer.from(request.bytesBase64, 'base64'));
  // A mapping the person chose stands as given; without one, the county's last mapping is offered
  // when this file has its headers, else a guess from the headers.
  const remembered = ColumnMappingInput.safeParse(
    savedMapping(db, request.countyId, LEDGER_MAPPING_KIND),
  );
  const fits = remembered.success && checkMapping(remembered.data, file.headers).length === 0;
  const mapping =
    request.mapping ??
    (fits && remembered.success ? remembered.data : suggestMapping(file.headers));
  const mappingProblems = checkMapping(mapping, file.headers).map((p) => p.message);
  const reference: LedgerReference = {
    streams: county.streams,
    categories: county.categories,
    budgetedSfys: budgetedSfys(db, request.countyId),
  };
  const validator =
    mappingProblems.length === 0 ? new LedgerRowValidator(file.headers, mapping, reference) : null;
  return { county, file, mapping, mappingProblems, validator };
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

  'fiscal.startLedgerImport': async (request, ctx) =>
    jobOutput(await startImport(ctx, request), ctx.caller),

  // The same job, answered when it ends: the work runs in a worker, so the service stays free.
  'fiscal.importLedger': async (request, ctx) => {
    const started = await startImport(ctx, request);
    const ended = await ctx.jobs.settled(started.jobId);
    if (ended?.state === 'done') {
      return ended.result as { importId: number; rowCount: number; totalCents: number };
    }
    const message = ended?.message ?? 'The import stopped; nothing was written.';
    if (ended?.refusal === 'conflict') throw new Conflict(message);
    const problems = ended?.problems ?? [];
    // A refusal of the file as a whole (no rows under the header, unreadable further down)
    // comes back from the worker without row problems: it is the file's field that is wrong.
    throw new ValidationError(
      message,
      problems.length > 0
        ? problems.map((p) => ({ path: `row ${p.row} · ${p.column}`, message: p.reason }))
        : [{ path: 'bytesBase64', message }],
    );
  },
};

/** Checks the county and the mapping here (a refusal at once), then reads and writes in a job. */
async function startImport(ctx: ServiceContext, request: ImportRequest) {
  const { mapping, mappingProblems, validator } = await openImport(ctx, request);
  if (!validator) {
    throw new ValidationError(
      `Nothing was imported: the column mapping cannot be used. ${mappingProblems.join(' ')}`,
      mappingProblems.map((message) => ({ path: 'mapping', message })),
    );
  }
  const bytes = Buffer.from(request.bytesBase64, 'base64');
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  const input: LedgerImportInput = {
    countyId: request.countyId,
    fileName: request.fileName,
    bytes: own,
    mapping,
  };
  return {
    ...ctx.jobs.start('fiscal.importLedger', request.countyId, jobStarter(ctx), input, [
      own.buffer,
    ]),
    mapping,
  };
}
