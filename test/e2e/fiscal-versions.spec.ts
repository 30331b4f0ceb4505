/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stateFiscalYearOf } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { budgetedCounty, FISCAL_COUNTY } from '../support/fiscal';
import { pickCounty, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const SFY = stateFiscalYearOf(localIsoDate(new Date())).startYear;
const DAY = `${SFY}-08-14`;

/** A county with a budget line this SFY and one $1,200.00 row on DAY in it. */
async function countyWithRow(dataFolder: string): Promise<void> {
  const workbench = openDatabase(databaseFileIn(dataFolder));
  try {
    const { invoke, line } = await budgetedCounty(workbench);
    await invoke('fiscal.saveEntry', {
      countyId: FISCAL_COUNTY,
      date: DAY,
      streamId: line.streamId,
      categoryId: line.categoryId,
      amount: '1,200.00',
      description: 'Parenting class',
    });
  } finally {
    workbench.close();
  }
}

/** The alert a refused save leaves, with its Reload button. */
const staleAlert = (page: Page) =>
  page.getByRole('alert').locator('.alert', { hasText: 'changed elsewhere' });

describe('fiscal record versions in Chromium', () => {
  it('saves a stream twice from one window, and refuses the copy another window still holds', async () => {
    const session = await sessions.open({ route: '#/fiscal/reference' });
    const first = session.page;
    await pickCounty(first, 'Napa');
    const second = await session.browser.newPage();
    await second.goto(new URL('#/fiscal/reference', session.url).href);
    await second.locator('h1').waitFor();
    await pickCounty(second, 'Napa');
    await second.getByRole('button', { name: 'Edit Title IV-E' }).click();
    await second.getByRole('heading', { name: 'Edit “Title IV-E”' }).waitFor();

    // Two saves in a row from the first window: each edit starts from the version just saved.
    for (const [from, to] of [
      ['Title IV-E', 'Title IV-E (foster care)'],
      ['Title IV-E (foster care)', 'Title IV-E foster care'],
    ] as const) {
      await first.getByRole('button', { name: `Edit ${from}`, exact: true }).click();
      await first.getByLabel('Stream name').fill(to);
      await first.getByLabel('Stream name').press('Enter');
      await first.getByText(`Saved changes to “${to}”.`).waitFor();
    }

    // The second window's copy is two versions old: refused, and the name stands.
    await second.getByLabel('Stream name').fill('IV-E');
    await second.getByLabel('Stream name').press('Enter');
    const alert = staleAlert(second);
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /The funding stream was changed elsewhere at .* \(changed: name\) after you opened it/,
    );
    await alert.getByRole('button', { name: 'Reload' }).click();
    await second.getByRole('button', { name: 'Edit Title IV-E foster care' }).waitFor();
    expect(await second.getByRole('button', { name: 'Edit IV-E', exact: true }).count()).toBe(0);
  });

  it('replaces a budget line twice from the add form, and edits it twice', async () => {
    const session = await sessions.open({ route: '#/fiscal/budgets' });
    const { page } = session;
    await pickCounty(page, 'Napa');
    await page.getByRole('heading', { name: 'Add a budget line' }).waitFor();
    const choose = async () => {
      await page.getByLabel('Funding stream').selectOption({ label: 'Title IV-E' });
      await page.getByLabel('Service category').selectOption({ label: 'Housing' });
    };
    await choose();
    await page.getByLabel('Amount', { exact: true }).fill('1000');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByText('Added Title IV-E, Housing: $1,000.00').waitFor();
    // The form stays the add form; each replace is made from the line as the last one left it.
    for (const amount of ['1,100.00', '1,200.00']) {
      await choose();
      await page.getByLabel('Amount', { exact: true }).fill(amount);
      await page.getByRole('button', { name: 'Replace line' }).click();
      await page.getByText(`Title IV-E, Housing: $${amount}.`).waitFor();
    }
    for (const amount of ['1,300.00', '1,400.00']) {
      await page.getByRole('button', { name: 'Edit Title IV-E, Housing' }).click();
      await page
        .getByRole('heading', { name: /^Edit the .* budget for Title IV-E, Housing$/ })
        .waitFor();
      await page.getByLabel('Amount', { exact: true }).fill(amount);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText(`Title IV-E, Housing: $${amount}.`).waitFor();
    }
    expect(await staleAlert(page).count()).toBe(0);
  });

  it('changes a ledger row twice in a row', async () => {
    const session = await sessions.open({ route: '#/fiscal/ledger', prepare: countyWithRow });
    const { page } = session;
    const status = page.locator('.ledger-entry__status');
    for (const [from, to] of [
      ['1,200.00', '1,300.00'],
      ['1,300.00', '1,400.00'],
    ] as const) {
      await page.getByRole('button', { name: `Edit the row of ${DAY}, $${from}` }).click();
      await page.getByRole('heading', { name: `Change the row of ${DAY}, $${from}` }).waitFor();
      await page.getByLabel('Amount', { exact: true }).fill(to);
      await page.getByLabel('Amount', { exact: true }).press('Enter');
      await status.getByText(`Saved changes: $${to} on ${DAY}`).waitFor();
    }
    expect(await staleAlert(page).count()).toBe(0);
  });
});
