/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fiscalPeriodOf, stateFiscalYearOf } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { budgetedCounty, type BudgetLine } from '../support/fiscal';
import { ledgerTotal } from './fiscalHarness';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const COUNTY = 49;
// The page opens on today's SFY; the ledger takes rows only in a year with a budget.
const SFY = stateFiscalYearOf(localIsoDate(new Date())).startYear;
const label = `SFY ${SFY}-${String((SFY + 1) % 100).padStart(2, '0')}`;

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the fiscal ledger in Chromium', () => {
  it('takes rows by keyboard, edits, deletes with care, undoes and refuses a bad amount', async () => {
    let line: BudgetLine | undefined;
    const session = await sessions.open({
      route: '#/fiscal/ledger',
      prepare: async (dataFolder) => {
        const workbench = openDatabase(databaseFileIn(dataFolder));
        const county = await budgetedCounty(workbench);
        line = county.line;
        for (const [date, amount, description] of [
          [`${SFY}-07-15`, '$500.00', 'Seeded: July'],
          [`${SFY}-09-01`, '250', 'Seeded: September'],
        ] as const) {
          await county.invoke('fiscal.saveEntry', {
            countyId: COUNTY,
            date,
            streamId: county.line.streamId,
            categoryId: county.line.categoryId,
            amount,
            description,
          });
        }
        workbench.close();
      },
    });
    if (!line) throw new Error('prepare did not run');
    const { page } = session;
    const table = page.getByTestId('ledger-table');
    const count = page.getByTestId('ledger-count');
    const status = page.locator('.ledger-entry__status');
    await page.getByRole('heading', { name: 'Add expenses and refunds' }).waitFor();
    await expect.poll(() => count.textContent()).toBe('2 rows');

    // First row, keyboard only: typed into each field, Tab between them, Enter saves.
    const day = `${SFY}-08-14`;
    await page.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.press('Control+A'); // today's date is there to start with
    await page.keyboard.type(day);
    expect(await page.locator('#ledger-date-period').textContent()).toBe(`${label} Q1`);
    await page.keyboard.press('Tab');
    await page.keyboard.type(line.stream);
    await page.keyboard.press('Tab');
    await page.keyboard.type(line.category);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1,200.00');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Leveraged
    await page.keyboard.press('Tab');
    await page.keyboard.type('County'); // Spared program
    await page.keyboard.press('Tab');
    await page.keyboard.type('Parenting class, spring cohort');
    await page.keyboard.press('Tab');
    await page.keyboard.type('C-1001');
    await page.keyboard.press('Enter');
    await status.getByText(`Saved $1,200.00 on ${day} (row 2 of the ledger)`).waitFor();
    expect(await activeId(page)).toBe('ledger-amount');
    await expect.poll(() => count.textContent()).toBe('3 rows');

    // Second row: date, stream, category and leverage carry over; only amount and the rest typed.
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(day);
    expect(await page.getByLabel('Stream', { exact: true }).inputValue()).toBe(
      String(line.streamId),
    );
    expect(await page.getByLabel('Category', { exact: true }).inputValue()).toBe(
      String(line.categoryId),
    );
    expect(await page.getByLabel('Leveraged', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Spared program').inputValue()).toBe('county');
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Refund reason').count()).toBe(0);
    await page.keyboard.type('(45.50)');
    // A refund asks why; the field comes after the case number.
    await page.getByLabel('Refund reason').waitFor();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('ledger-refund-reason');
    await page.keyboard.type('Vendor credited a missed session');
    await page.keyboard.press('Enter');
    await status.getByText(`Saved -$45.50 on ${day} (row 3 of the ledger)`).waitFor();
    await expect.poll(() => count.textContent()).toBe('4 rows');
    const row = (name: string) => table.locator('tbody tr', { hasText: name });
    expect(await row('Vendor credited').textContent()).toContain('-$45.50 refund');
    expect(await row('Vendor credited').textContent()).toContain('Q1');

    // A bad amount: the service's words above the row (the keyboard there, one Tab and Enter from
    // the field) and next to the field, nothing written.
    await page.keyboard.type('12.345');
    await page.keyboard.press('Enter');
    const refusal = page.locator('#ledger-amount-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      '"12.345" is not an amount of money: amounts have at most two decimals (whole cents).',
    );
    await expect.poll(() => activeId(page)).toBe('ledger-entry-problems');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('ledger-amount');
    expect(await page.getByLabel('Amount', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await ledgerTotal(page)).toBe(4);
    await page.getByLabel('Amount', { exact: true }).fill('');

    // Leverage and case number wait in the column chooser, which says so (shown, they stay shown:
    // checked after a reload at the end).
    const chooser = page.locator('.column-chooser');
    expect(await chooser.locator('summary').textContent()).toBe('Columns (3 hidden)');
    expect(await table.locator('thead').textContent()).not.toContain('Leveraged');
    await chooser.locator('summary').click();
    await chooser.getByRole('checkbox', { name: 'Leveraged column' }).check();
    await chooser.getByRole('checkbox', { name: 'Case number column' }).check();
    expect(await chooser.locator('summary').textContent()).toBe('Columns (1 hidden)');
    expect(await row('Parenting class').textContent()).toContain('Yes, spared County');
    expect(await row('Parenting class').textContent()).toContain('C-1001');

    // Edit: the row comes into the entry row; Enter saves the change, Escape cancels another.
    await page.getByRole('button', { name: `Edit the row of ${day}, $1,200.00` }).click();
    await page.getByRole('heading', { name: `Change the row of ${day}, $1,200.00` }).waitFor();
    expect(await activeId(page)).toBe('ledger-amount');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1,300.00');
    await page.keyboard.press('Enter');
    await status.getByText(`Saved changes: $1,300.00 on ${day} (row 2 of the ledger)`).waitFor();
    await page.getByRole('heading', { name: 'Add expenses and refunds' }).waitFor();
    await row('Parenting class').getByRole('cell', { name: '$1,300.00', exact: true }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Edit the row of ${day}, $1,300.00`);
    await page.getByRole('button', { name: `Edit the row of ${SFY}-07-15, $500.00` }).click();
    await page.getByRole('heading', { name: `Change the row of ${SFY}-07-15, $500.00` }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Add expenses and refunds' }).waitFor();
    // The new row is back as it was before the edit.
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(day);
    expect(await row('Seeded: July').textContent()).toContain('$500.00');

    // Delete asks first; undo brings the row back.
    await page.getByRole('button', { name: `Delete the row of ${day}, -$45.50` }).click();
    const ask = page.getByRole('dialog', { name: 'Delete this ledger row?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Delete row' }).click();
    await page.getByText(`Deleted the row of ${day}, -$45.50.`).waitFor();
    await expect.poll(() => count.textContent()).toBe('3 rows');
    expect(await row('Vendor credited').count()).toBe(0);
    await page.getByRole('button', { name: `Undo deleting “-$45.50 on ${day}”` }).click();
    await page.getByText(`Undone: deleting “-$45.50 on ${day}”.`).waitFor();
    await expect.poll(() => count.textContent()).toBe('4 rows');
    await row('Vendor credited').waitFor();

    // Sorting by amount, largest first, puts the edited row on top.
    await page.getByRole('button', { name: 'Amount', exact: true }).click();
    await page.getByRole('button', { name: 'Amount', exact: true }).click();
    expect(await table.locator('th', { hasText: 'Amount' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await expect
      .poll(() => table.locator('tbody tr[aria-rowindex="2"]').textContent())
      .toContain('$1,300.00');

    expect({ where: 'ledger', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'ledger',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-ledger.png'), fullPage: true });

    // The columns shown from the chooser are still shown after a reload.
    await page.reload();
    await row('Parenting class').getByText('C-1001').waitFor();
    expect(await chooser.locator('summary').textContent()).toBe('Columns (1 hidden)');
  });
});

const BULK = 20_000;

describe('a ledger of 20,000 rows in Chromium', () => {
  it('renders only the rows in view, fetched by page, and loads the last row at the bottom', async () => {
    const session = await sessions.open({
      route: '#/fiscal/ledger',
      prepare: async (dataFolder) => {
        const workbench = openDatabase(databaseFileIn(dataFolder));
        const { line } = await budgetedCounty(workbench);
        const insert = workbench.sqlite.prepare(
          `INSERT INTO ledger_entry (county_id, date, sfy_start_year, quarter, stream_id,
             category_id, paying_program, amount_cents, description)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        const start = Date.UTC(SFY, 6, 1);
        // Dates rise with the row number through the year, so by date the last row is the last.
        workbench.sqlite.transaction(() => {
          for (let i = 0; i < BULK; i++) {
            const day = Math.floor((i * 365) / BULK);
            const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
            const { quarter } = fiscalPeriodOf(date);
            insert.run(
              COUNTY,
              date,
              SFY,
              quarter,
              line.streamId,
              line.categoryId,
              'calworks',
              100 + i,
              `Bulk row ${i + 1}`,
            );
          }
        })();
        workbench.close();
      },
    });
    const { page } = session;
    const table = page.getByTestId('ledger-table');
    await expect
      .poll(() => page.getByTestId('ledger-count').textContent(), { timeout: 30_000 })
      .toBe('20,000 rows');
    await table.locator('tbody tr', { hasText: 'Bulk row 1' }).first().waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe(String(BULK + 1));
    const rendered = table.locator('tbody tr[aria-rowindex]');
    expect(await rendered.count()).toBeLessThan(80);
    // One fixed height per row: the scroll bar is true without measuring a million rows.
    const heights = await rendered.evaluateAll((rows) =>
      rows.map((r) => Math.round(r.getBoundingClientRect().height)),
    );
    expect(new Set(heights).size).toBe(1);

    await page.getByRole('region', { name: 'Ledger rows' }).evaluate((region) => {
      region.scrollTop = region.scrollHeight;
    });
    const last = table.locator(`tr[aria-rowindex="${BULK + 1}"]`);
    await last.getByText(`Bulk row ${BULK}`, { exact: true }).waitFor({ timeout: 15_000 });
    expect(await rendered.count()).toBeLessThan(80);

    expect({ where: '20000', findings: await seriousAxeFindings(page) }).toEqual({
      where: '20000',
      findings: [],
    });
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'fiscal-ledger-20000.png'),
      fullPage: true,
    });
  });
});
