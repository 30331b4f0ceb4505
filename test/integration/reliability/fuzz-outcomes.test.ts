/**
 * Fuzzing the co-case outcomes file: noise and almost valid files (CSV and XLSX, a workbook's
 * parts in any order) through
 * cocase.importOutcomes, for a county with two mutual families. Every refusal names its row and
 * column (or the file's field) and writes nothing; an import writes all its events.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, FuzzTally, settle } from '../../support/fuzzDb';
import {
  almostValidCsv,
  almostValidXlsx,
  noiseFile,
  toBase64,
  xlsxOf,
} from '../../support/fuzzFiles';
import { FUZZ_SEED, sized } from '../../support/soak';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const tally = new FuzzTally('cocase-outcomes');
afterAll(() => tally.report());
const CASE_MS = 10_000;
const COUNTY = 49;

const TABLE = [
  ['calworks_case', 'cws_case', 'outcome', 'date'],
  ['C-1', 'W-1', 'foster-care-entry', '2026-03-01'],
  ['C-1', 'W-1', 'reunification', '4/1/2026'],
  ['C-2', 'W-2', 'sanction-started', '2026-03-05'],
  ['C-2', 'W-2', 'sanction-cured', '2026-05-05'],
];

async function setup() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  for (const n of [1, 2]) {
    await service.invoke('cocase.saveFamily', {
      countyId: COUNTY,
      calworksCase: `C-${n}`,
      cwsCase: `W-${n}`,
      tier: 'secondary',
      group: 'linkages',
      startDate: '2026-02-01',
    });
  }
  return { workbench, service };
}

type Context = Awaited<ReturnType<typeof setup>>;

/** One import of the file, settled: imported, or refused by name within CASE_MS. */
function sendOutcomes({ service }: Context, bytes: Uint8Array, fileName = 'outcomes.csv') {
  return settle(
    () =>
      service.invoke('cocase.importOutcomes', {
        countyId: COUNTY,
        fileName,
        bytesBase64: toBase64(bytes),
      }),
    CASE_MS,
    'cocase.importOutcomes',
  );
}

async function importOutcomes(context: Context, bytes: Uint8Array) {
  const { workbench } = context;
  tally.cases++;
  const before = databaseFingerprint(workbench.sqlite);
  const settled = await sendOutcomes(context, bytes);
  tally.note(settled.ok ? 'imported' : settled.error.kind);
  if (!settled.ok) expect(databaseFingerprint(workbench.sqlite)).toBe(before);
}

describe('what fuzzing the outcomes import found', () => {
  // exceljs leaves a hole in a row's values for an empty cell; the table reader kept the hole
  // in its header list, and every import then failed internally on it (tableFile.ts).
  it('reads a workbook whose header row has an empty cell between names', async () => {
    const context = await setup();
    const bytes = await xlsxOf([
      ['calworks_case', 'cws_case', null, 'outcome', 'date'],
      ['C-1', 'W-1', null, 'foster-care-entry', '2026-03-01'],
    ]);
    const settled = await sendOutcomes(context, bytes, 'outcomes.xlsx');
    expect(settled).toMatchObject({ ok: true, value: { imported: 1 } });
  });
});

describe('what the soak found', () => {
  // A flipped byte in the first part's local header made its name 6,000+ bytes long, past the
  // file's end; zipDirectory.ts read it anyway and threw a RangeError (an internal error).
  it('refuses a workbook whose local header names a part longer than the file', async () => {
    const context = await setup();
    const bytes = new Uint8Array(await xlsxOf(TABLE));
    bytes[27] = 26; // the high byte of the first local header's name length
    const settled = await sendOutcomes(context, bytes, 'outcomes.xlsx');
    expect(settled).toMatchObject({
      ok: false,
      error: { kind: 'ValidationError', message: expect.stringMatching(/damaged/) },
    });
  });
});

describe('fuzzing the outcomes import', () => {
  it('refuses noise by its field and writes nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(noiseFile(), (bytes) => importOutcomes(context, bytes)),
        { seed: FUZZ_SEED, numRuns: sized(60, 10_000) },
      ),
    );
  });

  it('checks almost valid CSV files row by row, all or nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidCsv(TABLE), (bytes) => importOutcomes(context, bytes)),
        { seed: FUZZ_SEED, numRuns: sized(100, 10_000) },
      ),
    );
  });

  it('checks almost valid XLSX files row by row, all or nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(TABLE), async (make) =>
          importOutcomes(context, await make()),
        ),
        { seed: FUZZ_SEED, numRuns: sized(30, 10_000) },
      ),
    );
  });
});
