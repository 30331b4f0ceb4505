/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeDemoPackages } from '../../scripts/demo-packages';
import { PACKAGE_SHEET } from '../../src/export/reportPackage';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

async function workbookAt(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('reports in Chromium', () => {
  it('makes the demo county’s package, rolls up 58 counties, shows the map and table, exports', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-packages-'));
    const files = await writeDemoPackages(folder, 2025);
    expect(files).toHaveLength(58);
    const session = await sessions.open({ demo: true, route: '#/reports' });
    const { page } = session;

    // The county's own package, for SFY 2025-26.
    await page.getByRole('heading', { name: 'Sonoma County' }).waitFor();
    await page
      .getByLabel('State fiscal year', { exact: true })
      .selectOption({ label: 'SFY 2025-26' });
    // Before writing it, the page says what it will carry: the demo's spring 2026 round is still
    // open, so the package reports the closed spring 2025 round.
    const preview = page.getByTestId('preview-readiness');
    await expect.poll(() => preview.textContent()).toMatch(/Spring 2025 readiness.*closed/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'package-preview.png'), fullPage: true });
    const [ownPackage] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report package' }).click(),
    ]);
    expect(ownPackage.suggestedFilename()).toBe('Sonoma-report-package-SFY-2025-26.xlsx');
    const ownFile = path.join(folder, ownPackage.suggestedFilename());
    await ownPackage.saveAs(ownFile);
    const own = await workbookAt(ownFile);
    expect(own.getWorksheet(PACKAGE_SHEET)?.state).toBe('hidden');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report (PDF)' }).click(),
    ]);
    expect(report.suggestedFilename()).toBe('Sonoma-Linkages-report-SFY-2025-26.pdf');
    const reportFile = path.join(folder, report.suggestedFilename());
    await report.saveAs(reportFile);
    expect(fs.readFileSync(reportFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // A roll-up for SFY 2025-26, by keyboard.
    await page.getByRole('link', { name: 'Statewide roll-ups' }).click();
    await page.getByLabel('Name').fill('Oversight committee, SFY 2025-26');
    await page
      .getByLabel('State fiscal year', { exact: true })
      .selectOption({ label: 'SFY 2025-26' });
    await page.getByLabel('Name').press('Enter');
    await page
      .getByRole('heading', { name: 'Oversight committee, SFY 2025-26', exact: true })
      .waitFor();

    const adding = page.getByRole('region', { name: 'Add county packages' });
    await page.locator('#package-files').setInputFiles(files);
    await expect
      .poll(() => adding.getByRole('status').textContent(), { timeout: 60_000 })
      .toBe('58 of 58 files added.');
    const table = page.getByTestId('rollup-counties');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(58);
    expect(await page.getByText('Every county has sent its package.').count()).toBe(1);
    expect(await page.locator('figure svg path').count()).toBeGreaterThanOrEqual(58);

    // The same county twice: the committee chooses; a file that is no workbook is refused.
    const alameda = files.find((f) => path.basename(f).startsWith('Alameda')) ?? '';
    const notAWorkbook = path.join(folder, 'minutes.xlsx');
    fs.writeFileSync(notAWorkbook, 'Minutes of the March meeting');
    await page.locator('#package-files').setInputFiles([alameda, ownFile, notAWorkbook]);
    await page.getByRole('button', { name: 'Use this file for Alameda' }).waitFor();
    await page
      .getByText(/minutes\.xlsx: refused\. The file is not a readable Excel workbook/)
      .waitFor();
    await page.getByRole('button', { name: 'Use this file for Alameda' }).click();
    await adding.getByText(/added for Alameda, in place of the earlier package/).waitFor();
    await page.getByRole('button', { name: 'Keep the one in the roll-up for Sonoma' }).click();
    await adding.getByText(/not added; the package already in the roll-up stands/).waitFor();

    await page.getByLabel('Colour the map by').selectOption({ label: 'Budget' });
    await table.getByRole('button', { name: 'Leverage ratio' }).click();
    // The header's arrow (▲) is hidden from screen readers: its name is the column's alone.
    const leverage = table.getByRole('columnheader', { name: 'Leverage ratio', exact: true });
    expect(await leverage.getAttribute('aria-sort')).toBe('ascending');
    expect(await table.locator('th[aria-sort]').count()).toBe(1);
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rollup-map.png'), fullPage: true });

    const [rollupFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the roll-up workbook' }).click(),
    ]);
    const rollup = await workbookAt(await rollupFile.path());
    expect(rollup.getWorksheet('Counties')?.rowCount).toBe(59);
    fs.rmSync(folder, { recursive: true, force: true });
  }, 180_000);
});
