/**
 * Fuzzing the county report package reader: noise, and a valid package's key/value sheet with
 * mutated keys and figures (wrong types, huge numbers, missing and extra rows, parts in any
 * order, flipped bytes),
 * through reports.readPackage and reports.addPackage. A refusal names the file's field (or comes
 * back as the roll-up's 'refused' outcome) and stores nothing.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_SHEET, packageWorkbook } from '../../../src/export/reportPackage';
import { databaseFingerprint, FuzzTally, settle } from '../../support/fuzzDb';
import { almostValidXlsx, noiseFile, toBase64, xlsxOf } from '../../support/fuzzFiles';
import { samplePackage } from '../../support/reportPackage';
import { FUZZ_SEED, sized } from '../../support/soak';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const tally = new FuzzTally('report-package');
afterAll(() => tally.report());
const CASE_MS = 10_000;

/**
 * The package sheet's rows as the app writes them. The fuzz files carry that sheet alone: the
 * reader looks at nothing else, and the other sheets make each file far slower to write.
 */
const PACKAGE_ROWS: ExcelJS.CellValue[][] = (() => {
  const sheet = packageWorkbook(samplePackage()).getWorksheet(PACKAGE_SHEET);
  const rows: ExcelJS.CellValue[][] = [];
  sheet?.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
  return rows;
})();

async function setup() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  const rollup = (await service.invoke('reports.createRollup', {
    name: 'Fuzz',
    sfyStartYear: samplePackage().sfyStartYear,
  })) as { id: number };
  return { workbench, service, rollupId: rollup.id };
}

async function readAndAdd(
  { workbench, service, rollupId }: Awaited<ReturnType<typeof setup>>,
  bytes: Uint8Array,
) {
  tally.cases++;
  const bytesBase64 = toBase64(bytes);
  const before = databaseFingerprint(workbench.sqlite);
  const read = await settle(
    () => service.invoke('reports.readPackage', { fileName: 'package.xlsx', bytesBase64 }),
    CASE_MS,
    'reports.readPackage',
  );
  expect(databaseFingerprint(workbench.sqlite)).toBe(before);
  tally.note(read.ok ? 'read' : `read-${read.error.kind}`);
  const added = await settle(
    () =>
      service.invoke('reports.addPackage', {
        rollupId,
        fileName: 'package.xlsx',
        bytesBase64,
        replace: true,
      }),
    CASE_MS,
    'reports.addPackage',
  );
  const outcome = added.ok ? (added.value as { outcome: string }).outcome : added.error.kind;
  tally.note(`add-${outcome}`);
  if (outcome !== 'accepted') {
    expect(databaseFingerprint(workbench.sqlite)).toBe(before);
  }
  // What readPackage accepts, the roll-up takes (same year), and the other way round.
  expect(read.ok).toBe(added.ok && outcome !== 'refused');
  return { read: read.ok, outcome };
}

describe('fuzzing the report package reader', () => {
  it('reads the package as written', async () => {
    const context = await setup();
    // Both readers must take it: refusing a valid package would pass the agreement check above.
    expect(await readAndAdd(context, await xlsxOf(PACKAGE_ROWS, PACKAGE_SHEET))).toEqual({
      read: true,
      outcome: 'accepted',
    });
  });

  it('refuses noise by its field and stores nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(noiseFile(), async (bytes) => {
          await readAndAdd(context, bytes);
        }),
        { seed: FUZZ_SEED, numRuns: sized(40, 10_000) },
      ),
    );
  });

  it('refuses almost valid packages by their field and stores nothing', async () => {
    const context = await setup();
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(PACKAGE_ROWS, PACKAGE_SHEET), async (make) => {
          await readAndAdd(context, await make());
        }),
        { seed: FUZZ_SEED, numRuns: sized(60, 10_000) },
      ),
    );
  });

  it('reads a package alike whatever the order of its parts', async () => {
    const { service } = await setup();
    const read = async (bytes: Uint8Array) => {
      tally.cases++;
      const settled = await settle(
        () =>
          service.invoke('reports.readPackage', {
            fileName: 'package.xlsx',
            bytesBase64: toBase64(bytes),
          }),
        CASE_MS,
        'reports.readPackage',
      );
      return settled.ok ? settled.value : settled.error.toBody();
    };
    await tally.run(() =>
      fc.assert(
        fc.asyncProperty(almostValidXlsx(PACKAGE_ROWS, PACKAGE_SHEET), async (make) => {
          const [written, reordered] = [await make.written(), await make.reordered()];
          expect(await read(reordered)).toEqual(await read(written));
        }),
        { seed: FUZZ_SEED, numRuns: sized(20, 2_000) },
      ),
    );
  });
});
