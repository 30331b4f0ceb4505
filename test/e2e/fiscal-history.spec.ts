/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Invoke } from '../../src/api/contract';
import { sfyLabel, stateFiscalYearOf } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase, type Workbench } from '../../src/db/openDatabase';
import { budgetedCounty, type BudgetLine } from '../support/fiscal';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const COUNTY = 49;
// The ledger takes rows only in a year with a budget; the page opens on today's SFY.
const SFY = stateFiscalYearOf(localIsoDate(new Date())).startYear;
const DAY = `${SFY}-08-14`;

/** County 49 with a budget line in this SFY and a $1,200.00 row on DAY in it. */
async function countyWithRow(
  workbench: Workbench,
): Promise<{ invoke: Invoke; line: BudgetLine; rowId: number; rowVersion: number }> {
  const { invoke, line } = await budgetedCounty(workbench);
  const row = await invoke('fiscal.saveEntry', {
    countyId: COUNTY,
    date: DAY,
    streamId: line.streamId,
    categoryId: line.categoryId,
    amount: '1,200.00',
    description: 'Parenting class, spring cohort',
  });
  return { invoke, line, rowId: row.id, rowVersion: row.version };
}

describe('fiscal history in Chromium', () => {
  it("shows a ledger row's changes in a dialog, field by field, and gives focus back", async () => {
    let line: BudgetLine | undefined;
    const session = await sessions.open({
      route: '#/fiscal/ledger',
      prepare: async (dataFolder) => {
        const workbench = openDatabase(databaseFileIn(dataFolder));
        line = (await countyWithRow(workbench)).line;
        workbench.close();
      },
    });
    if (!line) throw new Error('prepare did not run');
    const { page } = session;
    const status = page.locator('.ledger-entry__status');

    // The amount changed on the Ledger page, as a coordinator would.
    await page.getByRole('button', { name: `Edit the row of ${DAY}, $1,200.00` }).click();
    await page.getByRole('heading', { name: `Change the row of ${DAY}, $1,200.00` }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1,300.00');
    await page.keyboard.press('Enter');
    await status.getByText(`Saved changes: $1,300.00 on ${DAY}`).waitFor();

    const opener = page.getByRole('button', { name: `History of the row of ${DAY}, $1,300.00` });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: `History of the row of ${DAY}, $1,300.00` });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    const events = dialog.locator('tbody tr');
    await expect.poll(() => events.count()).toBe(2);
    // Newest first: the change, then the row as it was added, with names rather than ids.
    const changed = events.nth(0);
    expect(await changed.textContent()).toContain(`The change to “$1,300.00 on ${DAY}”`);
    expect(await changed.getByRole('listitem').allTextContents()).toEqual([
      'Amount: $1,200.00 → $1,300.00',
    ]);
    const added = await events.nth(1).getByRole('listitem').allTextContents();
    expect(added).toContain('Amount: $1,200.00');
    expect(added).toContain(`Stream: ${line.stream}`);
    expect(added).toContain(`Category: ${line.category}`);
    expect(added).toContain('Description: Parenting class, spring cohort');
    expect(await dialog.getByRole('status').textContent()).toBe('Showing 2 changes, newest first.');
    expect(await dialog.getByRole('button', { name: 'No older changes' }).isDisabled()).toBe(true);

    expect({ where: 'row history', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'row history',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-history.png'), fullPage: true });

    // Escape closes it; focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`History of the row of ${DAY}, $1,300.00`);
  });

  it('lists the county history with deletions in words, a kind filter, paging and undo', async () => {
    const session = await sessions.open({
      route: '#/fiscal/history',
      prepare: async (dataFolder) => {
        const workbench = openDatabase(databaseFileIn(dataFolder));
        const { invoke, line, rowId, rowVersion } = await countyWithRow(workbench);
        // Older events to page through: 50 make a page, so two rows more need "Load older".
        for (let i = 0; i < 50; i++) {
          const row = await invoke('fiscal.saveEntry', {
            countyId: COUNTY,
            date: `${SFY}-09-01`,
            streamId: line.streamId,
            categoryId: line.categoryId,
            amount: String(10 + i),
          });
          if (i === 49) await invoke('fiscal.deleteEntry', { countyId: COUNTY, id: row.id });
        }
        await invoke('fiscal.saveEntry', {
          countyId: COUNTY,
          id: rowId,
          version: rowVersion,
          date: DAY,
          streamId: line.streamId,
          categoryId: line.categoryId,
          amount: '1,300.00',
          description: 'Parenting class, spring cohort',
        });
        workbench.close();
      },
    });
    const { page } = session;
    const table = page.getByRole('table', { name: 'Fiscal changes' });
    const events = table.locator('tbody tr');
    await page.getByRole('heading', { name: 'Fiscal history' }).waitFor();
    await expect.poll(() => events.count()).toBe(50);

    const newest = events.nth(0);
    expect(await newest.textContent()).toContain('Ledger row');
    expect(await newest.getByRole('listitem').allTextContents()).toEqual([
      'Amount: $1,200.00 → $1,300.00',
    ]);
    const deleted = events.nth(1);
    expect(await deleted.textContent()).toContain(`Deleting “$59.00 on ${SFY}-09-01”`);
    expect(await deleted.getByRole('listitem').first().textContent()).toMatch(/\(deleted\)$/);
    expect(await deleted.locator('del').count()).toBeGreaterThan(0);

    // 1 budget line + 1 row + 50 rows + 1 deletion + 1 change = 54 events.
    await page.getByRole('button', { name: 'Load older changes' }).click();
    await expect.poll(() => events.count()).toBe(54);
    await page.getByRole('button', { name: 'No older changes' }).waitFor();

    await page.getByLabel('Kind of record').selectOption({ label: 'Budget lines' });
    await expect.poll(() => events.count()).toBe(1);
    // One kind shown: its name leaves the table, the event still says what it is.
    expect(await events.nth(0).textContent()).toContain(
      `Adding “${sfyLabel({ startYear: SFY })} budget line”`,
    );
    expect(await events.nth(0).getByRole('listitem').allTextContents()).toContain(
      'Amount: $50,000.00',
    );
    await page.getByLabel('Kind of record').selectOption({ label: 'All kinds' });

    await page.getByRole('button', { name: `Undo the change to “$1,300.00 on ${DAY}”` }).click();
    await page.getByText(`Undone: the change to “$1,300.00 on ${DAY}”.`).waitFor();
    await expect
      .poll(() => events.nth(0).getByRole('listitem').allTextContents())
      .toEqual(['Amount: $1,300.00 → $1,200.00']);

    expect({ where: 'county history', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'county history',
      findings: [],
    });
    await page.screenshot({
      // The window only: 54 events make a page too long to look at whole.
      path: path.join(SCREENSHOTS, 'fiscal-history-county.png'),
    });
  });
});
