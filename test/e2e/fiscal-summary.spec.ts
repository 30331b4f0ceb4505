/// <reference lib="dom" />
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FISCAL_SHEETS } from '../../src/export/fiscal';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

describe('the fiscal summary in Chromium', () => {
  it('shows budget vs actual, burn warnings and leverage for the demo county, with tables for the charts', async () => {
    const session = await sessions.open({ demo: true, route: '#/fiscal' });
    const { page } = session;
    const table = page.getByTestId('budget-vs-actual');
    await table.waitFor();
    // Ten budget lines in the demo, and one totals row.
    expect(await table.locator('tbody tr').count()).toBe(10);
    expect(await table.locator('tfoot th').textContent()).toBe('All streams');
    await page.getByTestId('burn-warnings').getByText('CalWORKs Housing Support Program').waitFor();
    expect(await page.getByTestId('leverage-by-sfy').locator('tbody tr').count()).toBe(3);
    // The charts are drawn (their figures are in the tables, so they are hidden from AT).
    expect(await page.locator('figure.chart .recharts-wrapper').count()).toBe(3);

    await page
      .getByLabel('State fiscal year', { exact: true })
      .selectOption({ label: 'SFY 2024-25' });
    await expect
      .poll(() => page.getByRole('heading', { name: 'Budget vs actual, SFY 2024-25' }).count())
      .toBe(1);
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download fiscal workbook, SFY 2024-25' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Sonoma-fiscal-SFY-2024-25.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      ...Object.values(FISCAL_SHEETS),
    ]);
    expect(workbook.getWorksheet(FISCAL_SHEETS.ledger)?.rowCount).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-summary.png'), fullPage: true });
  });
});
