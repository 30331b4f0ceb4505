/**
 * Files to try each import with: its blank template, and a small sample that imports cleanly
 * (into the demo county, or into any county where its contents allow). Samples hold made-up rows
 * only; the extract samples' persons are invented by the synthetic generator, nobody's identifiers.
 */
import { z } from 'zod';
import type { ContractSlice } from './contractTypes';
import { ExportFile } from './files.contract';
import { FAMILY_INTAKE, FISCAL_WRITE, MATCHING, PLANNING_READ } from './system/roleGroups';

const Example = z.enum(['template', 'sample']);

export const exampleFilesContract = {
  'fiscal.ledgerExample': {
    reads: [],
    identifiers: 'none',
    roles: FISCAL_WRITE,
    summary:
      'A finance export to start from: the template (the column names the ledger import recognizes) or a sample of made-up SFY 2026-27 expenses that imports into the demo county.',
    input: z.strictObject({ file: Example }),
    output: ExportFile,
  },
  'matching.extractExample': {
    reads: [],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'A person extract to start from: the template (its column names) or a sample of invented persons that imports into any county; the CalWORKs and CWS samples share a few families.',
    input: z.strictObject({ side: z.enum(['calworks', 'cws']), file: Example }),
    output: ExportFile,
  },
  'cocase.outcomesExample': {
    reads: [],
    identifiers: 'none',
    roles: FAMILY_INTAKE,
    summary:
      'An outcomes file to start from: the template (its four columns) or a sample of made-up events for families of the demo county, which imports there.',
    input: z.strictObject({ file: Example }),
    output: ExportFile,
  },
  'readiness.exportSample': {
    reads: ['readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary:
      'The round’s response template filled with made-up answers of a few anonymous respondents, to try the import with in a trial round.',
    input: z.strictObject({ roundId: z.number().int().positive() }),
    output: ExportFile,
  },
} as const satisfies ContractSlice;
