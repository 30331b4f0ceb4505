import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { typedInvoke } from '../../../src/api/service';
import { FISCAL_SHEETS } from '../../../src/export/fiscal';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';
import { readBack } from '../../support/exportedWorkbook';

const cents = (value: unknown) => Math.round(Number(value) * 100);

describe('the fiscal workbook', () => {
  it('holds the SFY’s figures as core computes them, the whole ledger, and no formula anywhere', async () => {
    const invoke = typedInvoke(serviceOver(openTempWorkbench()));
    await loadDemoCounty(invoke, readDemoDataset(resourcesFolder), 'fiscal');
    const { streams, categories } = await invoke('fiscal.reference', { countyId: 49 });
    // Text that a spreadsheet could take for a formula stays text.
    await invoke('fiscal.saveEntry', {
      countyId: 49,
      date: '2025-09-03',
      streamId: streams.find((s) => s.name === 'CAPIT')?.id ?? 0,
      categoryId: categories.find((c) => c.name === 'Other concrete services')?.id ?? 0,
      amount: '12.00',
      description: '=HYPERLINK("http://example.invalid","click")',
    });
    const file = await invoke('fiscal.exportWorkbook', { countyId: 49, sfyStartYear: 2025 });
    expect(file.fileName).toBe('Sonoma-fiscal-SFY-2025-26.xlsx');
    const workbook = await readBack(file.bytesBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cover',
      ...Object.values(FISCAL_SHEETS),
    ]);

    const summary = await invoke('fiscal.summary', {
      countyId: 49,
      sfyStartYear: 2025,
      asOf: null,
    });
    const figures = new Map<string, unknown>();
    workbook.getWorksheet(FISCAL_SHEETS.summary)?.eachRow((row, n) => {
      if (n > 1) figures.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(cents(figures.get('Budget'))).toBe(summary.budgetVsActual.total.budgetCents);
    expect(cents(figures.get('Spent'))).toBe(summary.budgetVsActual.total.actualCents);
    const year = summary.leverage.find((l) => l.sfyStartYear === 2025);
    expect(cents(figures.get('Leveraged funds'))).toBe(year?.leveragedCents);
    expect(figures.get('Leverage ratio')).toBeCloseTo(year?.leverageRatio ?? 0, 10);

    // The ledger sheet lists every row of the SFY, and its amounts add up to the total spent.
    const { total } = await invoke('fiscal.listLedger', {
      countyId: 49,
      sfyStartYear: 2025,
      limit: 1,
    });
    const ledger = workbook.getWorksheet(FISCAL_SHEETS.ledger);
    let sum = 0;
    let formulas = 0;
    ledger?.eachRow((row, n) => {
      if (n > 1) sum += cents(row.getCell(6).value);
    });
    expect((ledger?.rowCount ?? 0) - 1).toBe(total);
    expect(sum).toBe(summary.budgetVsActual.total.actualCents);
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        }),
      );
    }
    expect(formulas).toBe(0);
    const texts: unknown[] = [];
    ledger?.getColumn(9).eachCell((cell) => texts.push(cell.value));
    expect(texts).toContain('=HYPERLINK("http://example.invalid","click")');
  });

  it('lists every row of a ledger longer than one read page, in date order', async () => {
    const workbench = openTempWorkbench();
    const invoke = typedInvoke(serviceOver(workbench));
    const { streams, categories } = await invoke('fiscal.reference', { countyId: 49 });
    const [stream, category] = [streams[0]?.id ?? 0, categories[0]?.id ?? 0];
    await invoke('fiscal.saveBudget', {
      countyId: 49,
      sfyStartYear: 2026,
      streamId: stream,
      categoryId: category,
      amount: '1000000',
    });
    // 12,001 rows on 3 dates: pages of 5,000 break inside a date, where the id decides.
    const insert = workbench.sqlite.prepare(
      `INSERT INTO ledger_entry (county_id, date, sfy_start_year, quarter, stream_id, category_id,
         paying_program, amount_cents) VALUES (49, ?, 2026, 1, ?, ?, 'calworks', ?)`,
    );
    workbench.sqlite.transaction(() => {
      for (let i = 0; i < 12_001; i++)
        insert.run(`2026-08-0${1 + (i % 3)}`, stream, category, 100 + i);
    })();
    const file = await invoke('fiscal.exportWorkbook', { countyId: 49, sfyStartYear: 2026 });
    const ledger = (await readBack(file.bytesBase64)).getWorksheet(FISCAL_SHEETS.ledger);
    const amounts: number[] = [];
    const dates: string[] = [];
    ledger?.eachRow((row, n) => {
      if (n === 1) return;
      amounts.push(cents(row.getCell(6).value));
      dates.push((row.getCell(1).value as Date).toISOString().slice(0, 10));
    });
    expect(amounts).toHaveLength(12_001);
    expect(new Set(amounts).size).toBe(12_001);
    expect(dates).toEqual([...dates].sort());
  });
});
