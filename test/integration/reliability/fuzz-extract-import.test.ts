/**
 * Fuzzing the matching extract import: person extracts (CSV and XLSX, noise and almost valid, a
 * workbook's parts in any order) through matching.readExtract, then the import job's own code in-process (the worker runs the
 * same function), and through the command line's reader (loadExtractFile). A refusal names its
 * row and column or its field, and the job writes an extract whole or not at all.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { JobRefused } from '../../../src/api/jobs/jobTypes';
import { importExtractJob } from '../../../src/api/matching/jobs';
import type { ExtractMapping, ExtractSide } from '../../../src/core/matching/linkage/extract';
import { ExtractMappingRefused } from '../../../src/core/matching/linkage/extractLoader';
import { sharedVocabularies } from '../../../src/core/matching/linkage/persons';
import { nicknameTable } from '../../../src/core/matching/linkage/standardize';
import { loadExtractFile } from '../../../src/files/extractFile';
import { TableFileError } from '../../../src/files/tableFile';
import {
  databaseFingerprint,
  expectNamedRefusal,
  FuzzTally,
  inProcessJob,
  settle,
} from '../../support/fuzzDb';
import { almostValidCsv, almostValidXlsx, noiseFile, toBase64 } from '../../support/fuzzFiles';
import { CALWORKS_CSV, CWS_CSV } from '../../support/matching';
import { FUZZ_SEED, sized } from '../../support/soak';
import { openTempWorkbench, serviceOver } from '../../support/workbench';
import { ApiError } from '../../../src/api/errors';

const tally = new FuzzTally('extract-import');
afterAll(() => tally.report());
const CASE_MS = 10_000;
const COUNTY = 49;

const tableOf = (csv: string) => csv.split('\r\n').map((line) => line.split(','));
const TABLES: Record<ExtractSide, string[][]> = {
  calworks: tableOf(CALWORKS_CSV),
  cws: tableOf(CWS_CSV),
};

function setup() {
  const workbench = openTempWorkbench();
  return { workbench, service: serviceOver(workbench) };
}

type Setup = ReturnType<typeof setup>;

async function readThenImport({ workbench, service }: Setup, side: ExtractSide, bytes: Uint8Array) {
  tally.cases++;
  const before = databaseFingerprint(workbench.sqlite);
  const read = await settle(
    () =>
      service.invoke('matching.readExtract', {
        countyId: COUNTY,
        side,
        fileName: `${side}.csv`,
        bytesBase64: toBase64(bytes),
      }),
    CASE_MS,
    'matching.readExtract',
  );
  expect(databaseFingerprint(workbench.sqlite)).toBe(before);
  if (!read.ok) return tally.note(`read-${read.error.kind}`);
  const { mapping, mappingProblems } = read.value as {
    mapping: ExtractMapping;
    mappingProblems: string[];
  };
  // matching.startImport refuses a mapping with problems before any job starts.
  if (mappingProblems.length > 0) return tally.note('mapping-refused');
  const job = inProcessJob(workbench);
  try {
    await importExtractJob({ countyId: COUNTY, side, fileName: 'x.csv', bytes, mapping }, job);
    tally.note('imported');
  } catch (error) {
    if (error instanceof ApiError) expectNamedRefusal(error, 'extract import job');
    else if (!(error instanceof JobRefused)) throw error;
    for (const problem of error instanceof JobRefused ? error.problems : []) {
      expect(problem.row).toBeGreaterThanOrEqual(2);
      expect(problem.column.trim()).not.toBe('');
    }
    tally.note('job-refused');
    expect(databaseFingerprint(workbench.sqlite)).toBe(before);
  }
}

/** The command line's reader: a table, problems by row and column, or a refusal of the file. */
async function loadForCommandLine(side: ExtractSide, bytes: Uint8Array) {
  tally.cases++;
  try {
    const { loaded } = await loadExtractFile(
      bytes,
      side,
      sharedVocabularies(nicknameTable({ bill: ['william'] })),
    );
    if (!loaded.ok) {
      expect(loaded.problemCount).toBeGreaterThan(0);
      for (const problem of loaded.problems) expect(problem.column.trim()).not.toBe('');
    }
  } catch (error) {
    if (error instanceof ExtractMappingRefused) expect(error.problems.length).toBeGreaterThan(0);
    else if (!(error instanceof TableFileError)) throw error;
  }
}

const side = fc.constantFrom<ExtractSide>('calworks', 'cws');
const almostValid = side.chain((s) => fc.tuple(fc.constant(s), almostValidCsv(TABLES[s])));

describe('fuzzing the matching extract import', () => {
  it('refuses noise by its field and writes nothing', async () => {
    const context = setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(side, noiseFile(), (s, bytes) => readThenImport(context, s, bytes)),
        { seed: FUZZ_SEED, numRuns: sized(60, 10_000) },
      ),
    );
  });

  it('checks almost valid CSV extracts row by row, all or nothing', async () => {
    const context = setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValid, async ([s, bytes]) => {
          await readThenImport(context, s, bytes);
          await loadForCommandLine(s, bytes);
        }),
        { seed: FUZZ_SEED, numRuns: sized(100, 10_000) },
      ),
    );
  });

  it('checks almost valid XLSX extracts row by row, all or nothing', async () => {
    const context = setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(TABLES.calworks), async (make) => {
          const bytes = await make();
          await readThenImport(context, 'calworks', bytes);
          await loadForCommandLine('calworks', bytes);
        }),
        { seed: FUZZ_SEED, numRuns: sized(30, 10_000) },
      ),
    );
  });

  it('reads an XLSX extract alike whatever the order of its parts', async () => {
    const { service } = setup();
    const read = async (bytes: Uint8Array) => {
      tally.cases++;
      const settled = await settle(
        () =>
          service.invoke('matching.readExtract', {
            countyId: COUNTY,
            side: 'calworks',
            fileName: 'calworks.xlsx',
            bytesBase64: toBase64(bytes),
          }),
        CASE_MS,
        'matching.readExtract',
      );
      return settled.ok ? settled.value : settled.error.toBody();
    };
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(TABLES.calworks), async (make) => {
          const [written, reordered] = [await make.written(), await make.reordered()];
          expect(await read(reordered)).toEqual(await read(written));
        }),
        { seed: FUZZ_SEED, numRuns: sized(20, 2_000) },
      ),
    );
  });
});
