/**
 * Fuzzing the ledger import: finance exports (CSV and XLSX, noise and almost valid, a workbook's
 * parts in any order) through the preview the API answers, and through the import job's own code run in-process (the worker
 * runs the same function; a worker per case would spend the budget on starting threads).
 * A refusal names its row and column or its field, and leaves the database as it was.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/errors';
import type { ImportPreview } from '../../../src/api/fiscal/ledgerImport.contract';
import { ledgerImportJob } from '../../../src/api/fiscal/ledgerImportJob';
import { JobRefused } from '../../../src/api/jobs/jobTypes';
import type { Workbench } from '../../../src/db/openDatabase';
import { budgetedCounty, CURRENT_SFY, FISCAL_COUNTY } from '../../support/fiscal';
import {
  databaseFingerprint,
  expectNamedRefusal,
  FuzzTally,
  inProcessJob,
  settle,
} from '../../support/fuzzDb';
import { almostValidCsv, almostValidXlsx, noiseFile, toBase64 } from '../../support/fuzzFiles';
import { FUZZ_SEED, sized } from '../../support/soak';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';
import { LEDGER_HEADER } from '../../support/ledgerHeader';

const tally = new FuzzTally('ledger-import');
afterAll(() => tally.report());
const CASE_MS = 10_000;

function validTable(stream: string, category: string): string[][] {
  const rows = [[...LEDGER_HEADER]];
  for (let i = 0; i < 4; i++) {
    rows.push([
      `8/${i + 1}/${CURRENT_SFY}`,
      `$1,000.0${i}`,
      stream,
      category,
      i === 3 ? 'Y' : 'N',
      i === 3 ? 'CWS' : '',
      'Vendor',
      `C-${i}`,
    ]);
  }
  return rows;
}

/** Cells as an XLSX holds them: dates as dates, amounts as numbers. */
function validSheet(stream: string, category: string) {
  return validTable(stream, category).map((row, r) =>
    r === 0 ? row : [new Date(Date.UTC(CURRENT_SFY, 7, r)), 1000 + r / 100, ...row.slice(2)],
  );
}

async function setup() {
  const workbench = openTempWorkbench();
  const { line } = await budgetedCounty(workbench);
  return { workbench, service: serviceOver(workbench), line };
}

/** The preview writes nothing; its row errors name a row of the sheet and a column. */
async function preview(
  workbench: Workbench,
  service: ReturnType<typeof serviceOver>,
  bytes: Uint8Array,
) {
  const before = databaseFingerprint(workbench.sqlite);
  const settled = await settle(
    () =>
      service.invoke('fiscal.previewImport', {
        countyId: FISCAL_COUNTY,
        fileName: 'ledger.csv',
        bytesBase64: toBase64(bytes),
      }),
    CASE_MS,
    'fiscal.previewImport',
  );
  expect(databaseFingerprint(workbench.sqlite)).toBe(before);
  if (!settled.ok) {
    tally.note(`preview-${settled.error.kind}`);
    return null;
  }
  const answer = settled.value as ImportPreview;
  for (const error of answer.errors) {
    expect(error.row).toBeGreaterThanOrEqual(2);
    expect(error.column.trim()).not.toBe('');
    expect(error.reason).not.toBe('');
  }
  return answer;
}

/** The import job's code, on the test's connection: written whole, or refused with nothing written. */
async function importJob(workbench: Workbench, bytes: Uint8Array, answer: ImportPreview) {
  const before = databaseFingerprint(workbench.sqlite);
  const job = inProcessJob(workbench);
  try {
    const input = {
      countyId: FISCAL_COUNTY,
      fileName: 'ledger.csv',
      bytes,
      mapping: answer.mapping,
    };
    const done = await ledgerImportJob(input, job);
    expect(done.rowCount).toBe(answer.rowCount);
    tally.note('imported');
  } catch (error) {
    tally.note(error instanceof JobRefused ? `job-${error.refusal}` : 'job-ApiError');
    if (error instanceof ApiError) expectNamedRefusal(error, 'ledger import job');
    else if (error instanceof JobRefused) {
      for (const problem of error.problems) {
        expect(problem.row).toBeGreaterThanOrEqual(2);
        expect(problem.column.trim()).not.toBe('');
      }
    } else throw error;
    expect(databaseFingerprint(workbench.sqlite)).toBe(before);
  }
}

async function previewThenImport(context: Awaited<ReturnType<typeof setup>>, bytes: Uint8Array) {
  tally.cases++;
  const answer = await preview(context.workbench, context.service, bytes);
  // The service starts the job only for a mapping that fits (startImport refuses the others).
  if (answer && answer.mappingProblems.length === 0)
    await importJob(context.workbench, bytes, answer);
}

describe('fuzzing the ledger import', () => {
  it('refuses noise by its field and writes nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(noiseFile(), (bytes) => previewThenImport(context, bytes)),
        { seed: FUZZ_SEED, numRuns: sized(60, 10_000) },
      ),
    );
  });

  it('checks almost valid CSV exports cell by cell, all or nothing', async () => {
    const context = await setup();
    const table = validTable(context.line.stream, context.line.category);
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidCsv(table), (bytes) => previewThenImport(context, bytes)),
        { seed: FUZZ_SEED, numRuns: sized(150, 10_000) },
      ),
    );
  });

  it('checks almost valid XLSX exports cell by cell, all or nothing', async () => {
    const context = await setup();
    const sheet = validSheet(context.line.stream, context.line.category);
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(sheet), async (make) =>
          previewThenImport(context, await make()),
        ),
        { seed: FUZZ_SEED, numRuns: sized(30, 10_000) },
      ),
    );
  });

  it('previews an XLSX export alike whatever the order of its parts', async () => {
    const context = await setup();
    const sheet = validSheet(context.line.stream, context.line.category);
    const previewOf = async (bytes: Uint8Array) => {
      tally.cases++;
      const settled = await settle(
        () =>
          context.service.invoke('fiscal.previewImport', {
            countyId: FISCAL_COUNTY,
            fileName: 'ledger.xlsx',
            bytesBase64: toBase64(bytes),
          }),
        CASE_MS,
        'fiscal.previewImport',
      );
      return settled.ok ? settled.value : settled.error.toBody();
    };
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(sheet), async (make) => {
          const [written, reordered] = [await make.written(), await make.reordered()];
          expect(await previewOf(reordered)).toEqual(await previewOf(written));
        }),
        { seed: FUZZ_SEED, numRuns: sized(20, 2_000) },
      ),
    );
  });

  // The same files through the job's worker thread, as the app runs it: a few cases, since
  // each starts a thread that loads TypeScript through tsx.
  it('imports through the worker all or nothing, refusing rows by row and column', async () => {
    const context = await setup();
    const table = validTable(context.line.stream, context.line.category);
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidCsv(table), async (bytes) => {
          tally.cases++;
          const before = databaseFingerprint(context.workbench.sqlite);
          const settled = await settle(
            () =>
              context.service.invoke('fiscal.importLedger', {
                countyId: FISCAL_COUNTY,
                fileName: 'ledger.csv',
                bytesBase64: toBase64(bytes),
              }),
            CASE_MS,
            'fiscal.importLedger',
          );
          tally.note(settled.ok ? 'worker-imported' : `worker-${settled.error.kind}`);
          if (!settled.ok) expect(databaseFingerprint(context.workbench.sqlite)).toBe(before);
        }),
        { seed: FUZZ_SEED, numRuns: sized(3, 200) },
      ),
    );
  }, 120_000);

  it('names the file when the worker refuses it whole: no rows under the header', async () => {
    const context = await setup();
    const error = await refusal(
      context.service.invoke('fiscal.importLedger', {
        countyId: FISCAL_COUNTY,
        fileName: 'ledger.csv',
        bytesBase64: toBase64(Buffer.from(`${LEDGER_HEADER.join(',')}\r\n`)),
      }),
    );
    expect(error.kind).toBe('ValidationError');
    expect(error.issues.map((issue) => issue.path)).toEqual(['bytesBase64']);
  }, 60_000);
});
