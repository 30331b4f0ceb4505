/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../src/api/bridge';
import { stateFiscalYearOf } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { budgetedCounty, type BudgetLine } from '../support/fiscal';
import { ledgerTotal } from './fiscalHarness';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const COUNTY = 49;
// The ledger takes rows only in an SFY with a budget; prepare gives this one a budget.
const SFY = stateFiscalYearOf(localIsoDate(new Date())).startYear;
const FILE_LABEL = 'Finance export (.csv or .xlsx, up to 100 MB)';
// Each poll waits on the service reading the file; vitest's 1 s default is short on a busy machine.
const WAIT = { timeout: 15_000 };

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-import-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The guess maps only Fund and Vendor of these; the person maps the rest. */
const ODD_HEADERS = 'When,How much,Fund,Kind,Vendor';
/** Headers the guess maps whole. */
const USUAL_HEADERS = 'Posting Date,Amount,Fund,Service Category,Vendor';

/** A finance export of one row per amount, dated in the budgeted SFY. */
function exportFile(
  name: string,
  amounts: readonly string[],
  line: BudgetLine,
  headers = ODD_HEADERS,
): string {
  const days = [`${SFY}-07-15`, `${SFY}-08-01`, `${SFY}-09-10`];
  const rows = amounts.map((amount, i) =>
    [days[i] ?? `${SFY}-10-01`, amount, line.stream, line.category, `Vendor ${i + 1}`]
      .map(csvField)
      .join(','),
  );
  const file = path.join(folder, name);
  fs.writeFileSync(file, [headers, ...rows].join('\r\n') + '\r\n');
  return file;
}

/** Prepares the data folder: county 49 chosen, with a budget line this SFY. */
async function budgetedCountyIn(dataFolder: string): Promise<BudgetLine> {
  const workbench = openDatabase(databaseFileIn(dataFolder));
  try {
    return (await budgetedCounty(workbench)).line;
  } finally {
    workbench.close();
  }
}

/** Imports a file behind the page's back, as another window of the Workbench would. */
function importElsewhere(page: Page, file: string): Promise<boolean> {
  return page.evaluate(
    async ({ header, countyId, fileName, text }) => {
      const response = await fetch('api/fiscal.importLedger', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [header]: sessionStorage.getItem('linkages.token') ?? '',
        },
        body: JSON.stringify({ countyId, fileName, bytesBase64: btoa(text), mapping: null }),
      });
      return ((await response.json()) as { ok: boolean }).ok;
    },
    {
      header: TOKEN_HEADER,
      countyId: COUNTY,
      fileName: path.basename(file),
      text: fs.readFileSync(file, 'utf8'),
    },
  );
}

/** Drops a file on the drop zone as a drag from a folder would. */
async function dropFile(page: Page, file: string): Promise<void> {
  const text = fs.readFileSync(file, 'utf8');
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
      const zone = document.querySelector('.import-drop');
      if (!zone) throw new Error('no drop zone');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    { name: path.basename(file), text },
  );
}

async function expectNoSeriousFindings(page: Page, where: string): Promise<void> {
  expect({ where, findings: await seriousAxeFindings(page) }).toEqual({ where, findings: [] });
}

describe('the ledger import in Chromium', () => {
  it('maps columns by keyboard, lists the bad row, imports a corrected file and refuses it twice', async () => {
    let line: BudgetLine | undefined;
    const session = await sessions.open({
      route: '#/fiscal/import',
      prepare: async (dataFolder) => {
        line = await budgetedCountyIn(dataFolder);
      },
    });
    if (!line) throw new Error('prepare did not run');
    const { page } = session;
    await page.getByRole('heading', { name: 'Import from the finance system', level: 1 }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Import', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    const status = page.locator('.import-summary');
    const importButton = page.getByRole('button', { name: /^Import \d+ rows?$/ });
    const select = (label: string) => page.getByLabel(label, { exact: true });

    // Not a CSV or XLSX: refused in the page, before anything is sent.
    await page.getByLabel(FILE_LABEL).setInputFiles({
      name: 'ledger.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from('not really a workbook'),
    });
    await page
      .locator('.import-file__problem', { hasText: '“ledger.xls” is an old-style Excel workbook' })
      .waitFor();

    // A file with one bad amount; the guess maps Fund and Vendor, and leaves the rest to the person.
    const bad = exportFile('ledger-bad.csv', ['500.00', '12.345', '1,250.00'], line);
    await page.getByLabel(FILE_LABEL).setInputFiles(bad);
    await page.getByText(/^ledger-bad\.csv · \d+ bytes$/).waitFor();
    await select('Date (required)').waitFor();
    expect(await select('Date (required)').inputValue()).toBe('');
    expect(await select('Amount (required)').inputValue()).toBe('');
    expect(await select('Funding stream (required)').inputValue()).toBe('Fund');
    expect(await select('Service category (required)').inputValue()).toBe('');
    expect(await select('Description').inputValue()).toBe('Vendor');
    const summary = page.getByRole('group', { name: 'The column mapping needs changes' });
    await summary.waitFor();
    expect(await summary.locator('li').count()).toBe(3);
    expect(await select('Date (required)').getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => status.textContent(), WAIT)
      .toBe('Fix the column mapping (step 2) to see how the rows read.');
    await expectNoSeriousFindings(page, 'mapping with problems');

    // By keyboard: each select takes the first letter of its column, as a closed select does.
    await select('Date (required)').focus();
    await page.keyboard.type('W');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-map-amount');
    await page.keyboard.type('H');
    await select('Service category (required)').focus();
    await page.keyboard.type('K');
    expect(await select('Date (required)').inputValue()).toBe('When');
    expect(await select('Amount (required)').inputValue()).toBe('How much');
    expect(await select('Service category (required)').inputValue()).toBe('Kind');
    await summary.waitFor({ state: 'detached' });

    await expect
      .poll(() => status.textContent(), WAIT)
      .toBe('3 rows, 2 pass, total $1,750.00. 1 problem to fix.');
    const errorRows = page.getByRole('region', { name: 'Problems to fix' }).locator('tbody tr');
    expect(await errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('th, td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['3', 'How much', '12.345']);
    expect(cells[3]).toContain('at most two decimals');
    await page.getByRole('heading', { name: '1 problem to fix in the file' }).waitFor();
    expect(await importButton.textContent()).toBe('Import 3 rows');
    expect(await importButton.isDisabled()).toBe(true);
    await page
      .getByText('Nothing is imported while any row has a problem.', { exact: false })
      .waitFor();
    await expectNoSeriousFindings(page, 'preview with a bad row');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-import.png'), fullPage: true });

    // The corrected file keeps the mapping chosen for the bad one, and passes.
    const good = exportFile('ledger-good.csv', ['500.00', '12.34', '1,250.00'], line);
    await page.getByLabel(FILE_LABEL).setInputFiles(good);
    await page.getByText('The columns are mapped as you chose for “ledger-bad.csv”.').waitFor();
    await expect.poll(() => status.textContent(), WAIT).toBe('3 rows, 3 pass, total $1,762.34.');
    expect(await select('Amount (required)').inputValue()).toBe('How much');
    const sample = page
      .getByRole('region', { name: 'The first rows as they would be stored' })
      .locator('tbody tr');
    expect(await sample.count()).toBe(3);
    expect(await sample.nth(1).textContent()).toContain('$12.34');
    expect(await page.getByRole('region', { name: 'Problems to fix' }).count()).toBe(0);
    expect(await importButton.isEnabled()).toBe(true);
    expect(await ledgerTotal(page)).toBe(0);

    await importButton.focus();
    await page.keyboard.press('Enter');
    const outcome = page.locator('.import-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe(
      'Imported 3 rows ($1,762.34). Undo is on the Ledger page.',
    );
    expect(await outcome.getByRole('link', { name: 'Ledger page' }).getAttribute('href')).toBe(
      '#/fiscal/ledger',
    );
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className), WAIT)
      .toContain('import-outcome');
    expect(await ledgerTotal(page)).toBe(3);
    // Reset: no file, no mapping, no Import button.
    expect(await page.getByLabel(FILE_LABEL).inputValue()).toBe('');
    expect(await importButton.count()).toBe(0);

    // The same file again, dropped this time: the county's saved mapping reads it, and it is refused.
    await dropFile(page, good);
    const duplicate = page.locator('.import-duplicate');
    await duplicate.waitFor();
    expect(await duplicate.locator('strong').textContent()).toBe(
      `These rows were already imported from “ledger-good.csv” on ${localIsoDate(new Date())} — importing again would count them twice.`,
    );
    expect(await select('Date (required)').inputValue()).toBe('When');
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.locator('.import-outcome').count()).toBe(0);
    await expectNoSeriousFindings(page, 'duplicate');

    // Cancel lets the file go and puts the keyboard back on the file input.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await duplicate.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), WAIT)
      .toBe('import-file');
    expect(await ledgerTotal(page)).toBe(3);
  });

  it("shows the service's refusal when the rows were imported elsewhere after the preview", async () => {
    let line: BudgetLine | undefined;
    const session = await sessions.open({
      route: '#/fiscal/import',
      prepare: async (dataFolder) => {
        line = await budgetedCountyIn(dataFolder);
      },
    });
    if (!line) throw new Error('prepare did not run');
    const { page } = session;
    const status = page.locator('.import-summary');
    const file = exportFile('export.csv', ['75.00', '(10.00)'], line, USUAL_HEADERS);
    await page.getByLabel(FILE_LABEL).setInputFiles(file);
    await expect
      .poll(() => status.textContent(), WAIT)
      .toBe('2 rows, 1 pass, total $75.00. 1 problem to fix.');
    // Corrected in place and picked again under the same name, through the chooser (which is
    // what makes the page forget the earlier pick). Opened by a click: Space proved unreliable
    // in headless Chromium.
    const fixed = exportFile('export.csv', ['75.00', '100.00'], line, USUAL_HEADERS);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByLabel(FILE_LABEL).click(),
    ]);
    await chooser.setFiles(fixed);
    await expect.poll(() => status.textContent(), WAIT).toBe('2 rows, 2 pass, total $175.00.');
    expect(await page.getByLabel('Date (required)', { exact: true }).inputValue()).toBe(
      'Posting Date',
    );

    expect(await importElsewhere(page, fixed)).toBe(true);
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    const refusal = page.locator('.error-summary', { hasText: 'Nothing was imported' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('were already imported from “export.csv”');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className), WAIT)
      .toBe('error-summary');
    // The page reads the file again and shows why.
    await page.locator('.import-duplicate').waitFor();
    expect(await page.getByRole('button', { name: 'Import 2 rows' }).isDisabled()).toBe(true);
    expect(await ledgerTotal(page)).toBe(2);
  });
});
