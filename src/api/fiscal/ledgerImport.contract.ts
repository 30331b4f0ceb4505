import { z } from 'zod';
import { LEDGER_FIELDS } from '../../core/fiscal/import/mapping';
import type { ContractSlice } from '../contractTypes';
import { uploadedFile } from '../files.contract';
import { JobStatusSchema } from '../jobs/contract';
import { FISCAL_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();

/** Ledger field → the file's header that fills it. */
export const ColumnMappingInput = z.partialRecord(z.enum(LEDGER_FIELDS), z.string().max(200));

/** Finance exports of a year run to tens of MB; the cap keeps a wrong file from filling memory. */
export const LEDGER_FILE_MAX_MB = 100;

const ImportFile = uploadedFile(LEDGER_FILE_MAX_MB).extend({
  countyId: Id,
  /** Null: the county's last mapping, or a guess from the headers. */
  mapping: ColumnMappingInput.nullable().default(null),
});

const RowError = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
});

export const ImportPreview = z.object({
  headers: z.array(z.string()),
  mapping: ColumnMappingInput,
  /** Why the mapping cannot be used yet; empty when it can. */
  mappingProblems: z.array(z.string()),
  rowCount: z.number().int(),
  /** Rows that pass, and their net total. */
  validRows: z.number().int(),
  totalCents: z.number().int(),
  errors: z.array(RowError),
  moreErrors: z.number().int(),
  /** The first rows as they would be stored. */
  sample: z.array(
    z.object({
      row: z.number().int(),
      date: z.string(),
      amountCents: z.number().int(),
      stream: z.string(),
      category: z.string(),
      leveraged: z.boolean(),
      description: z.string(),
    }),
  ),
  /** The same rows were imported before: when and from which file. */
  duplicateOf: z.object({ fileName: z.string(), importedAt: z.string() }).nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ledgerImportContract = {
  'fiscal.previewImport': {
    reads: ['fiscalReference', 'ledger'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary:
      'Reads a finance export (CSV or XLSX) with a column mapping and says what an import would do; writes nothing.',
    input: ImportFile.strict(),
    output: ImportPreview,
  },
  'fiscal.startLedgerImport': {
    changes: ['ledger'],
    job: 'fiscal.importLedger',
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary:
      'Starts the import of a finance export as a job (follow it with jobs.status, stop it with jobs.cancel): all or nothing, every bad row reported, the same rows twice refused.',
    input: ImportFile.strict(),
    output: JobStatusSchema,
  },
  'fiscal.importLedger': {
    changes: ['ledger'],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary:
      'Imports a finance export all or nothing: every bad row is reported and nothing is written unless all pass; the same rows twice are refused.',
    input: ImportFile.strict(),
    output: z.object({ importId: Id, rowCount: z.number().int(), totalCents: z.number().int() }),
  },
} as const satisfies ContractSlice;
