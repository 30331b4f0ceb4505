import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import type { CountyPackage } from '../../../src/core/reports/package';
import { PACKAGE_SHEET } from '../../../src/export/reportPackage';
import { resourcesFolder } from '../../../src/server/paths';
import { packageBase64, samplePackage } from '../../support/reportPackage';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

async function demoCounty() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  await loadDemoCounty(invoke, readDemoDataset(resourcesFolder));
  return { workbench, invoke };
}

async function workbookOf(bytesBase64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(bytesBase64, 'base64')).buffer);
  return workbook;
}

const asBase64 = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

describe('the county report package', () => {
  it('reads back as the figures the county’s own pages show', async () => {
    const { invoke } = await demoCounty();
    const file = await invoke('reports.exportPackage', { countyId: SONOMA, sfyStartYear: 2025 });
    expect(file.fileName).toBe('Sonoma-report-package-SFY-2025-26.xlsx');
    const pkg = await invoke('reports.readPackage', {
      fileName: file.fileName,
      bytesBase64: file.bytesBase64,
    });

    const summary = await invoke('fiscal.summary', {
      countyId: SONOMA,
      sfyStartYear: 2025,
      asOf: null,
    });
    const year = summary.leverage.find((l) => l.sfyStartYear === 2025);
    expect(pkg.county).toEqual({ fips: '06097', name: 'Sonoma' });
    expect(pkg.fiscal).toMatchObject({
      budgetCents: summary.budgetVsActual.total.budgetCents,
      spentCents: summary.budgetVsActual.total.actualCents,
      leveragedCents: year?.leveragedCents,
      generalFundSavedCents: year?.generalFundSavedCents,
      leverageRatio: year?.leverageRatio,
    });
    expect(pkg.fiscal.spentCents).toBeGreaterThan(0);

    const { components } = await invoke('program.getModel', { countyId: SONOMA });
    expect(pkg.model.components).toBe(components.length);
    expect(pkg.model.componentsOperating).toBe(
      components.filter((c) => c.status === 'operating').length,
    );
    // The evaluation's SFY rows are the dashboard's, suppressed cells left empty.
    const dashboard = await invoke('cocase.evaluation', { countyId: SONOMA });
    expect(pkg.evaluation?.families).toEqual({ linkages: 220, comparison: 180 });
    const year2025 = dashboard.figures.filter((f) => f.period.startsWith('SFY 2025-26'));
    expect(pkg.evaluation?.indicators).toEqual(
      year2025.map((f) => ({
        indicator: f.indicatorId,
        period: f.period,
        followUp: f.followUpComplete ? 'complete' : 'open',
        linkages: { numerator: f.linkages.numerator, denominator: f.linkages.denominator },
        comparison: { numerator: f.comparison.numerator, denominator: f.comparison.denominator },
      })),
    );
    expect(pkg.evaluation?.indicators.length).toBe(45);
    const plan = await invoke('program.getPlan', { countyId: SONOMA, today: null });
    expect(pkg.rollout.tasks).toBe(plan.tasks.length);
    const { totals } = await invoke('program.listTrainings', { countyId: SONOMA });
    const training = totals.find((t) => t.startYear === 2025);
    expect(pkg.training.sessions).toBe(training?.sessions ?? 0);
    expect(pkg.training.attendees.total).toBe(training?.attendees.total ?? 0);
    expect(pkg.readiness?.respondents).toBeGreaterThan(0);
    // The demo's spring 2026 round is still open: the package reports the closed one before it.
    expect(pkg.readiness).toMatchObject({ title: 'Spring 2025 readiness', status: 'closed' });
  });

  it('holds no case number, description or vendor text in any cell of any sheet', async () => {
    const { workbench, invoke } = await demoCounty();
    const file = await invoke('reports.exportPackage', { countyId: SONOMA, sfyStartYear: 2025 });
    const forbidden = new Set(
      (
        workbench.sqlite
          .prepare(
            `SELECT family_reference AS text FROM ledger_entry WHERE family_reference IS NOT NULL
             UNION SELECT description FROM ledger_entry WHERE description <> ''
             UNION SELECT contact_notes FROM team_member WHERE contact_notes <> ''
             UNION SELECT notes FROM training_session WHERE notes <> ''
             UNION SELECT calworks_case FROM mutual_family UNION SELECT cws_case FROM mutual_family`,
          )
          .all() as { text: string }[]
      ).map((r) => r.text),
    );
    expect(forbidden.size).toBeGreaterThan(100);
    const cells: string[] = [];
    for (const sheet of (await workbookOf(file.bytesBase64)).worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    }
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((text) => forbidden.has(text) || /\b[CW]-\d{4,}/.test(text))).toEqual([]);
  });

  const tampered = async (edit: (sheet: ExcelJS.Worksheet) => void) => {
    const workbook = await workbookOf(await packageBase64());
    const sheet = workbook.getWorksheet(PACKAGE_SHEET);
    if (!sheet) throw new Error('no package sheet');
    edit(sheet);
    return asBase64(workbook);
  };
  const setValue = (key: string, value: string | number) => (sheet: ExcelJS.Worksheet) =>
    sheet.eachRow((row) => {
      if (row.getCell(1).value === key) row.getCell(2).value = value;
    });
  const changed = (change: (p: CountyPackage) => void) => {
    const pkg = samplePackage();
    change(pkg);
    return packageBase64(pkg);
  };

  /** The package sheet as an older version wrote it: without the keys it did not have. */
  const olderVersion = (version: number, without: RegExp) =>
    tampered((sheet) => {
      const keys: number[] = [];
      sheet.eachRow((row, n) => {
        if (without.test(String(row.getCell(1).value))) keys.push(n);
      });
      for (const n of keys.reverse()) sheet.spliceRows(n, 1);
      setValue('version', version)(sheet);
    });
  const BEFORE_3 = /^(readinessAbsent|readiness\.(title|status|instrumentVersion))$/;

  it('reads a version 1 package (before the evaluation) as one without an evaluation', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    const older = await olderVersion(1, new RegExp(`^evaluation|${BEFORE_3.source}`));
    const read = await invoke('reports.readPackage', { fileName: 'v1.xlsx', bytesBase64: older });
    expect(read.version).toBe(1);
    expect(read.evaluation).toBeNull();
    expect(read.fiscal).toEqual(samplePackage().fiscal);
  });

  it('reads a version 2 package (before the round was named) with its round unnamed', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    const older = await olderVersion(2, BEFORE_3);
    const read = await invoke('reports.readPackage', { fileName: 'v2.xlsx', bytesBase64: older });
    expect(read.version).toBe(2);
    expect(read.readiness).toEqual({
      ...samplePackage().readiness,
      title: null,
      status: null,
      instrumentVersion: null,
    });
    expect(read.readinessAbsent).toBeNull();
    expect(read.evaluation).toEqual(samplePackage().evaluation);
    // A version 2 package without readiness had no answered round, the only reason it knew.
    const none = await tampered((sheet) => {
      const keys: number[] = [];
      sheet.eachRow((row, n) => {
        const key = String(row.getCell(1).value);
        if (key.startsWith('readiness.') || BEFORE_3.test(key)) keys.push(n);
      });
      for (const n of keys.reverse()) sheet.spliceRows(n, 1);
      sheet.addRow(['readiness', null]);
      setValue('version', 2)(sheet);
    });
    const unanswered = await invoke('reports.readPackage', {
      fileName: 'v2.xlsx',
      bytesBase64: none,
    });
    expect(unanswered.readiness).toBeNull();
    expect(unanswered.readinessAbsent).toBe('no-round-answered');
  });

  it('refuses a version 3 package whose readiness figures do not name their closed round', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    const unnamed = await olderVersion(3, /^readiness\.title$/);
    expect(
      (await refusal(invoke('reports.readPackage', { fileName: 'p.xlsx', bytesBase64: unnamed })))
        .message,
    ).toMatch(/readiness.title/);
    const both = await changed((p) => {
      p.readinessAbsent = 'no-round-closed';
    });
    expect(
      (await refusal(invoke('reports.readPackage', { fileName: 'p.xlsx', bytesBase64: both })))
        .message,
    ).toMatch(/readiness figures and a reason it has none/);
  });

  it.each<[string, () => Promise<string> | string, RegExp]>([
    [
      'bytes that are not a workbook',
      () => Buffer.from('just text').toString('base64'),
      /not a readable Excel workbook/,
    ],
    [
      'a workbook that is not a package',
      async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('Sheet1').addRow(['hello']);
        return asBase64(workbook);
      },
      /not a Linkages county package: it has no “package” sheet/,
    ],
    [
      'a package from a newer Workbench',
      () => tampered(setValue('version', 4)),
      /newer Workbench \(format version 4\)/,
    ],
    ['another format', () => tampered(setValue('format', 'something-else')), /format is not named/],
    [
      'figures that do not add up',
      () => changed((p) => (p.fiscal.budgetCents += 1)),
      /do not add up: the budget by stream adds up to 15000000 cents, not 15000001/,
    ],
    [
      'a damaged key',
      () => tampered((sheet) => (sheet.getRow(5).getCell(1).value = 'fiscal..budget')),
      /damaged: “fiscal\.\.budget” is not a package key/,
    ],
    [
      'a missing figure',
      () => tampered(setValue('training.sessions', 'four')),
      /damaged: “training\.sessions”/,
    ],
    [
      'an evaluation count under 11 (it could point at a family)',
      () =>
        changed(
          (p) => p.evaluation?.indicators[1] && (p.evaluation.indicators[1].linkages.numerator = 4),
        ),
      /foster-care-entry in SFY 2025-26 \(linkages\) shows a count under 11, which must be suppressed/,
    ],
    [
      'an evaluation with more events than families',
      () =>
        changed(
          (p) =>
            p.evaluation?.indicators[0] && (p.evaluation.indicators[0].comparison.numerator = 261),
        ),
      /wtw-engagement in SFY 2025-26 \(comparison\) counts 261 families with the event of 260/,
    ],
    [
      'an unknown county',
      () => changed((p) => (p.county = { fips: '06999', name: 'Atlantis' })),
      /Atlantis County with FIPS code 06999, which is not a California county/,
    ],
    [
      'an oversized file',
      () => Buffer.alloc(6 * 1024 * 1024).toString('base64'),
      /larger than 5 MB/,
    ],
  ])('refuses %s, saying why', async (_what, bytes, message) => {
    const { invoke } = { invoke: typedInvoke(serviceOver(openTempWorkbench())) };
    const error = await refusal(
      invoke('reports.readPackage', { fileName: 'package.xlsx', bytesBase64: await bytes() }),
    );
    expect(error.kind).toBe('ValidationError');
    expect(error.issues[0]?.path).toBe('bytesBase64');
    expect(error.message).toMatch(message);
  });
});
