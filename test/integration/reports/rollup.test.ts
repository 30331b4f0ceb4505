import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { demoPackages } from '../../../src/demo/demoPackages';
import type { CountyPackage } from '../../../src/core/reports/package';
import { packageBase64, samplePackage } from '../../support/reportPackage';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

async function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const counties = await invoke('counties.list', {});
  const rollup = await invoke('reports.createRollup', { name: 'SFY 2025-26', sfyStartYear: 2025 });
  const add = async (pkg: CountyPackage | string, replace = false) =>
    invoke('reports.addPackage', {
      rollupId: rollup.id,
      fileName: typeof pkg === 'string' ? 'odd.xlsx' : `${pkg.county.name}.xlsx`,
      bytesBase64: typeof pkg === 'string' ? pkg : await packageBase64(pkg),
      replace,
    });
  const stored = () =>
    workbench.sqlite.prepare('SELECT count(*) FROM rollup_package').pluck().get() as number;
  return { workbench, invoke, counties, rollup, add, stored };
}

describe('the statewide roll-up', () => {
  it('reads back a package it stored before format version 3 (readiness round unnamed)', async () => {
    const { workbench, invoke, rollup, add } = await setup();
    expect((await add(samplePackage())).outcome).toBe('accepted');
    // What a Workbench before version 3 stored: no round named, no reason for a missing one.
    const { readinessAbsent: _reason, readiness, ...rest } = samplePackage();
    const {
      title: _title,
      status: _status,
      instrumentVersion: _version,
      ...figures
    } = readiness ?? {};
    workbench.sqlite
      .prepare('UPDATE rollup_package SET figures_json = ?')
      .run(JSON.stringify({ ...rest, version: 2, readiness: figures }));
    const view = await invoke('reports.rollupView', { rollupId: rollup.id });
    expect(view.counties.map((c) => c.readinessLevel)).toEqual(['ready']);
  });

  it('takes 58 county packages and adds them up, with medians, breakdowns and a workbook', async () => {
    const { invoke, counties, rollup, add } = await setup();
    const packages = demoPackages(counties, 2025);
    for (const pkg of packages) expect((await add(pkg)).outcome).toBe('accepted');
    const view = await invoke('reports.rollupView', { rollupId: rollup.id });
    expect(view.counties).toHaveLength(58);
    expect(view.missing).toEqual([]);
    const sum = (value: (p: CountyPackage) => number) => packages.reduce((n, p) => n + value(p), 0);
    expect(view.statewide.totals).toMatchObject({
      budgetCents: sum((p) => p.fiscal.budgetCents),
      spentCents: sum((p) => p.fiscal.spentCents),
      leveragedCents: sum((p) => p.fiscal.leveragedCents),
    });
    expect(view.statewide.totals.leverageRatio).toBeCloseTo(
      sum((p) => p.fiscal.leveragedCents) / sum((p) => p.fiscal.generalFundCommittedCents),
      12,
    );
    const budgets = packages.map((p) => p.fiscal.budgetCents).sort((a, b) => a - b);
    expect(view.statewide.medians.budgetCents).toBe(((budgets[28] ?? 0) + (budgets[29] ?? 0)) / 2);
    expect(view.byStream.reduce((n, s) => n + s.budgetCents, 0)).toBe(
      view.statewide.totals.budgetCents,
    );

    const file = await invoke('reports.exportRollup', { rollupId: rollup.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file.bytesBase64, 'base64')).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      'Statewide',
      'Counties',
      'By tier',
      'By stream',
      'Missing counties',
    ]);
    expect(workbook.getWorksheet('Counties')?.rowCount).toBe(59);
    let budget = 0;
    workbook.getWorksheet('Statewide')?.eachRow((row) => {
      if (row.getCell(1).value === 'Budget')
        budget = Math.round(Number(row.getCell(2).value) * 100);
    });
    expect(budget).toBe(view.statewide.totals.budgetCents);
  });

  it('judges each file on its own: bad ones are refused with their reason, good ones stand', async () => {
    const { invoke, rollup, add, stored } = await setup();
    const sonoma = samplePackage();
    const marin = { ...samplePackage(), county: { fips: '06041', name: 'Marin' } };
    const broken = { ...samplePackage(), county: { fips: '06001', name: 'Alameda' } };
    broken.fiscal = { ...broken.fiscal, spentCents: broken.fiscal.spentCents + 100 };
    const lastYear = { ...samplePackage(), sfyStartYear: 2024 };
    const results = [
      await add(sonoma),
      await add(Buffer.from('not a workbook').toString('base64')),
      await add(broken),
      await add(marin),
      await add(lastYear),
    ];
    expect(results.map((r) => r.outcome)).toEqual([
      'accepted',
      'refused',
      'refused',
      'accepted',
      'refused',
    ]);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/not a readable Excel/) });
    expect(results[2]).toMatchObject({ reason: expect.stringMatching(/do not add up/) });
    expect(stored()).toBe(2);
    expect(results[4]).toMatchObject({
      reason: expect.stringMatching(
        /roll-up is for SFY 2025-26; the package is Sonoma's for SFY 2024-25/,
      ),
    });

    const newer = { ...samplePackage(), generatedAt: '2026-08-01T12:00:00.000Z' };
    const choice = await add(newer);
    expect(choice).toEqual({
      outcome: 'choose',
      county: { fips: '06097', name: 'Sonoma' },
      existing: { fileName: 'Sonoma.xlsx', generatedAt: '2026-07-15T17:00:00.000Z' },
      incoming: { fileName: 'Sonoma.xlsx', generatedAt: '2026-08-01T12:00:00.000Z' },
    });
    expect(await add(newer, true)).toMatchObject({ outcome: 'accepted', replaced: true });
    const view = await invoke('reports.rollupView', { rollupId: rollup.id });
    expect(view.counties.map((c) => [c.name, c.generatedAt])).toEqual([
      ['Marin', '2026-07-15T17:00:00.000Z'],
      ['Sonoma', '2026-08-01T12:00:00.000Z'],
    ]);
    expect(view.missing).toHaveLength(56);
    expect(view.missing.map((m) => m.name)).toContain('Alameda');

    const marinId = view.counties.find((c) => c.name === 'Marin')?.countyId ?? 0;
    await invoke('reports.removePackage', { rollupId: rollup.id, countyId: marinId });
    expect((await invoke('reports.rollupView', { rollupId: rollup.id })).missing).toHaveLength(57);
    expect(await invoke('reports.listRollups', {})).toMatchObject([
      { name: 'SFY 2025-26', counties: 1 },
    ]);
    await invoke('reports.deleteRollup', { rollupId: rollup.id });
    expect(await invoke('reports.listRollups', {})).toEqual([]);
    expect(stored()).toBe(0);
  });
});
