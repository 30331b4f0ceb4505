import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSynthExtracts } from '../../../scripts/synth-extracts';
import { addMutualFamilies } from '../../../src/db/cocase/repository';
import { readBack } from '../../support/exportedWorkbook';
import { finishedRun, importedExtracts } from '../../support/matching';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-cocase-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
writeSynthExtracts(folder, { calworksPersons: 900, cwsPersons: 450, mutualPersons: 180, seed: 7 });
const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');

const csv = (...lines: string[]) =>
  Buffer.from(['calworks_case,cws_case,outcome,date', ...lines].join('\r\n')).toString('base64');

type Family = { familyId: number; calworksCase: string; cwsCase: string; group: string };

async function recordedFamilies() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  const runId = await finishedRun(
    service,
    await importedExtracts(service, read('calworks.csv'), read('cws.csv')),
  );
  const added = (await service.invoke('cocase.addFromRun', {
    countyId: 49,
    runId,
    startDate: '2025-07-01',
  })) as { added: number; alreadyRecorded: number };
  const families = (await service.invoke('cocase.families', { countyId: 49 })) as Family[];
  return { workbench, service, runId, added, families };
}

const countOf = (workbench: ReturnType<typeof openTempWorkbench>, table: string) =>
  (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('mutual family records', () => {
  it('come from a match run’s family pairs, once each, with an audit event', async () => {
    const { workbench, service, runId, added, families } = await recordedFamilies();
    const runFamilies = (await service.invoke('matching.families', { runId })) as unknown[];
    expect(added).toEqual({ added: runFamilies.length, alreadyRecorded: 0 });
    expect(families).toHaveLength(runFamilies.length);
    expect(families[0]).toMatchObject({
      calworksCase: expect.stringMatching(/^C-\d+$/),
      cwsCase: expect.stringMatching(/^W-\d+$/),
      group: 'linkages',
      startDate: '2025-07-01',
      matchRunId: runId,
    });
    const again = await service.invoke('cocase.addFromRun', {
      countyId: 49,
      runId,
      group: 'comparison',
      startDate: '2025-08-01',
    });
    expect(again).toEqual({ added: 0, alreadyRecorded: runFamilies.length });
    const audit = workbench.sqlite
      .prepare("SELECT count(*) AS n FROM audit_event WHERE entity = 'mutual_family'")
      .get() as { n: number };
    expect(audit.n).toBe(1);
  }, 120_000);
});

describe('outcome imports', () => {
  it('write every event of a good file, and refuse a bad one whole, naming each row', async () => {
    const { workbench, service, families } = await recordedFamilies();
    const [a, b] = families;
    if (!a || !b) throw new Error('the run found fewer than two families');
    const good = await service.invoke('cocase.importOutcomes', {
      countyId: 49,
      fileName: 'outcomes.csv',
      bytesBase64: csv(
        `${a.calworksCase},${a.cwsCase},foster-care-entry,2025-09-01`,
        `${a.calworksCase},${a.cwsCase},Reunification,10/15/2025`,
        `${b.calworksCase},${b.cwsCase},wtw-engagement,2025-08-20`,
      ),
    });
    expect(good).toEqual({ imported: 3 });

    const bad = await service
      .invoke('cocase.importOutcomes', {
        countyId: 49,
        fileName: 'outcomes-2.csv',
        bytesBase64: csv(
          `${b.calworksCase},${b.cwsCase},sanction-started,2025-09-02`,
          `C-NOPE,${b.cwsCase},wtw-engagement,2025-09-02`,
          `${b.calworksCase},${b.cwsCase},reunification,2025-09-03`,
          `${a.calworksCase},${a.cwsCase},foster-care-entry,2025-09-01`,
          `${b.calworksCase},${b.cwsCase},moved away,2025-09-04`,
          `${b.calworksCase},${b.cwsCase},wtw-engagement,2025-13-40`,
          `${b.calworksCase},${b.cwsCase},wtw-engagement,2025-06-30`,
          `${b.calworksCase},${b.cwsCase},sanction-started,2025-09-02`,
        ),
      })
      .catch((e: unknown) => e as { kind: string; message: string; issues: { path: string }[] });
    expect(bad).toMatchObject({
      kind: 'ValidationError',
      message: 'Nothing was imported: 7 problems in 8 rows.',
    });
    expect((bad as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'row 3 · cws_case',
      'row 4 · date',
      'row 5 · date',
      'row 6 · outcome',
      'row 7 · date',
      'row 8 · date',
      'row 9 · date',
    ]);
    expect(countOf(workbench, 'family_outcome')).toBe(3);
  }, 120_000);

  it('need the four columns', async () => {
    const { service } = await recordedFamilies();
    const refused = await service
      .invoke('cocase.importOutcomes', {
        countyId: 49,
        fileName: 'outcomes.csv',
        bytesBase64: Buffer.from('calworks_case,outcome\r\nC-1,reunification').toString('base64'),
      })
      .catch((e: unknown) => e as { issues: { path: string; message: string }[] });
    expect((refused as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'row 1 · cws_case',
      'row 1 · date',
    ]);
  }, 120_000);
});

describe('the evaluation', () => {
  it('counts each indicator for Linkages and the comparison group, hides cells under 11, and gives the difference', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    const family = (i: number, group: 'linkages' | 'comparison') => ({
      countyId: 49,
      calworksCase: `C-${group}-${i}`,
      cwsCase: `W-${group}-${i}`,
      tier: 'secondary' as const,
      group,
      startDate: '2024-07-01',
    });
    addMutualFamilies(workbench, 49, 'test', [
      ...Array.from({ length: 30 }, (_, i) => family(i, 'linkages')),
      ...Array.from({ length: 30 }, (_, i) => family(i, 'comparison')),
    ]);
    // WtW engagement in SFY 2024-25 Q1: 15 of 30 Linkages families, 12 of 30 comparison ones.
    // Foster-care entries: 3 Linkages families, a small cell.
    const lines = [
      ...Array.from(
        { length: 15 },
        (_, i) => `C-linkages-${i},W-linkages-${i},wtw-engagement,2024-08-0${(i % 9) + 1}`,
      ),
      ...Array.from(
        { length: 12 },
        (_, i) => `C-comparison-${i},W-comparison-${i},wtw-engagement,2024-09-1${i % 10}`,
      ),
      ...Array.from(
        { length: 3 },
        (_, i) => `C-linkages-${i},W-linkages-${i},foster-care-entry,2024-08-20`,
      ),
    ];
    expect(
      await service.invoke('cocase.importOutcomes', {
        countyId: 49,
        fileName: 'outcomes.csv',
        bytesBase64: csv(...lines),
      }),
    ).toEqual({ imported: 30 });

    const evaluation = (await service.invoke('cocase.evaluation', {
      countyId: 49,
      asOf: '2025-06-30',
    })) as {
      families: { linkages: number; comparison: number };
      figures: {
        indicatorId: string;
        period: string;
        linkages: { numerator: number | null; denominator: number | null; rate: number | null };
        comparison: { numerator: number | null; denominator: number | null; rate: number | null };
        differencePoints: number | null;
      }[];
    };
    expect(evaluation.families).toEqual({ linkages: 30, comparison: 30 });
    const figure = (id: string, period: string) =>
      evaluation.figures.find((f) => f.indicatorId === id && f.period === period);
    const engagement = figure('wtw-engagement', 'SFY 2024-25 Q1');
    expect(engagement?.linkages).toMatchObject({ numerator: 15, denominator: 30, rate: 0.5 });
    expect(engagement?.comparison).toMatchObject({ numerator: 12, denominator: 30, rate: 0.4 });
    expect(engagement?.differencePoints).toBeCloseTo(10, 10);
    const entries = figure('foster-care-entry', 'SFY 2024-25 Q1');
    expect(entries?.linkages).toMatchObject({ numerator: null, denominator: 30, rate: null });
    expect(entries?.differencePoints).toBeNull();
    // Only the SFY that has begun: 2024-25, its quarters and the year.
    expect(new Set(evaluation.figures.map((f) => f.period)).size).toBe(5);

    // The workbook gives the same cells, "<11" where the page hides one.
    const file = (await service.invoke('cocase.exportEvaluation', {
      countyId: 49,
      asOf: '2025-06-30',
    })) as { bytesBase64: string };
    const book = await readBack(file.bytesBase64);
    const quarters = book.getWorksheet('By quarter');
    const row = (label: string) =>
      (quarters?.getSheetValues() ?? [])
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1))
        .find((r) => r[0] === label && r[2] === 'SFY 2024-25 Q1');
    expect(row('Welfare-to-Work engagement')).toEqual([
      'Welfare-to-Work engagement',
      'CalWORKs',
      'SFY 2024-25 Q1',
      'Complete',
      15,
      30,
      0.5,
      12,
      30,
      0.4,
      expect.closeTo(10, 10),
    ]);
    expect(row('Entry to foster care')?.slice(4, 7)).toEqual(['<11', 30, undefined]);
    expect(book.getWorksheet('Logic model')?.rowCount).toBeGreaterThan(10);
  }, 120_000);
});
