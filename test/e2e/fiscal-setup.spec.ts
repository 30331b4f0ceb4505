/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sfyLabel, stateFiscalYearOf } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { pickCounty, SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

async function expectAxeClean(page: Page, where: string): Promise<void> {
  expect({ where, findings: await seriousAxeFindings(page) }).toEqual({ where, findings: [] });
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** Every row of a table as the texts of its cells, header rows and totals included. */
const tableRows = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr, tfoot tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())),
    );

/** A budget line's cells: stream, category, amount with its split, Q1–Q4, actions. */
const line = (names: readonly [string, string], amount: string, quarters: string[]) => [
  ...names,
  amount,
  ...quarters.map((q) => `$${q}`),
  `Edit ${names.join(', ')}Delete ${names.join(', ')}`,
];
/** A stream's (or the year's) total: its label under the stream, no category, then its sums. */
const total = (of: string, amount: string, quarters: string[]) => [
  `Total, ${of}`,
  '',
  `$${amount}`,
  ...quarters.map((q) => `$${q}`),
  '',
];

const streamRow = (page: Page, name: string) =>
  page
    .getByTestId('streams-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

describe('fiscal set-up: funding streams, categories and budgets in Chromium', () => {
  it('adds and retires a stream by keyboard, then budgets lines with and without a quarterly split', async () => {
    // The stream is active this SFY and the next; the budget goes into this one.
    const current = stateFiscalYearOf(localIsoDate(new Date())).startYear;
    const thisSfy = sfyLabel({ startYear: current });
    const nextSfy = sfyLabel({ startYear: current + 1 });

    const session = await sessions.open({ route: '#/fiscal/reference' });
    const { page } = session;
    await pickCounty(page, 'Napa');
    await page.getByRole('heading', { name: 'Add a funding stream' }).waitFor();
    // The county starts with the shipped streams, every one in use every year.
    expect(await streamRow(page, 'Title IV-E').locator('td').allTextContents()).toEqual([
      'CWS',
      'Federal',
      'Yes',
      'No',
      'Every year',
      'In use',
      'Edit Title IV-ERetire Title IV-E',
    ]);

    // A county pilot, by keyboard: name, program and level by typing, Space on the checkboxes.
    await page.getByLabel('Stream name').focus();
    await page.keyboard.type('Napa respite pilot');
    await page.keyboard.press('Tab');
    await page.keyboard.type('County');
    await page.keyboard.press('Tab');
    await page.keyboard.type('County');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('stream-claimable');
    await page.keyboard.press('Space'); // not claimable
    await page.keyboard.press('Tab'); // general fund stays unchecked
    // Three SFYs before this one, then this one and the next.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`stream-sfy-${current}`);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // Enter in the name field submits the form.
    await page.getByLabel('Stream name').press('Enter');
    await page.getByText('Added the funding stream “Napa respite pilot”.').waitFor();
    await expect
      .poll(() => streamRow(page, 'Napa respite pilot').locator('td').allTextContents())
      .toEqual([
        'County',
        'County',
        'No',
        'No',
        `${thisSfy}, ${nextSfy}`,
        'In use',
        'Edit Napa respite pilotRetire Napa respite pilot',
      ]);

    // Edit loads the row and takes the keyboard there; Escape puts it back on Edit.
    await page.getByRole('button', { name: 'Edit Napa respite pilot' }).press('Enter');
    await page.getByRole('heading', { name: 'Edit “Napa respite pilot”' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('stream-name');
    expect(await page.getByLabel('Stream name').inputValue()).toBe('Napa respite pilot');
    expect(await page.getByLabel(nextSfy).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Add a funding stream' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Edit Napa respite pilot');

    // Retiring asks first and says what it means; Cancel keeps the stream in use.
    await page.getByRole('button', { name: 'Retire Napa respite pilot' }).click();
    const ask = page.getByRole('dialog', {
      name: 'Retire the funding stream “Napa respite pilot”?',
    });
    expect(await ask.textContent()).toContain(
      'It stays in past records and reports; it is hidden from new entries.',
    );
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await streamRow(page, 'Napa respite pilot').locator('td').nth(5).textContent()).toBe(
      'In use',
    );
    await page.getByRole('button', { name: 'Retire Napa respite pilot' }).click();
    await ask.getByRole('button', { name: 'Retire funding stream' }).click();
    await page.getByText('Retired “Napa respite pilot”: it is hidden from new entries.').waitFor();
    const retired = streamRow(page, 'Napa respite pilot');
    await expect.poll(() => retired.locator('td').nth(5).textContent()).toBe('Retired');
    expect(await retired.getAttribute('class')).toBe('is-retired');
    await retired.getByRole('button', { name: 'Restore Napa respite pilot' }).waitFor();

    // A category the county adds, then retires the same way.
    await page.getByLabel('Category name').focus();
    await page.keyboard.type('Respite care');
    await page.keyboard.press('Enter');
    await page.getByText('Added the service category “Respite care”.').waitFor();
    await page.getByRole('button', { name: 'Retire Respite care' }).click();
    await page
      .getByRole('dialog', { name: 'Retire the service category “Respite care”?' })
      .getByRole('button', { name: 'Retire service category' })
      .click();
    const respite = page
      .getByTestId('categories-table')
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: 'Respite care' }) });
    await expect.poll(() => respite.locator('td').first().textContent()).toBe('Retired');
    await expectAxeClean(page, 'funding streams and categories page');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-reference.png'), fullPage: true });

    // Budgets, from the fiscal pages' own navigation.
    await page
      .getByRole('navigation', { name: 'Fiscal pages' })
      .getByRole('link', { name: 'Budgets' })
      .click();
    await page.getByRole('heading', { name: 'Add a budget line' }).waitFor();
    expect(await page.getByLabel('State fiscal year').inputValue()).toBe(String(current));
    // The retired stream takes no new lines, so the form does not offer it.
    const streamOptions = await page
      .getByLabel('Funding stream')
      .locator('option')
      .allTextContents();
    expect(streamOptions).toContain('CalWORKs Housing Support Program');
    expect(streamOptions).not.toContain('Napa respite pilot');
    const categoryOptions = await page
      .getByLabel('Service category')
      .locator('option')
      .allTextContents();
    expect(categoryOptions).toContain('Housing');
    expect(categoryOptions).not.toContain('Respite care');

    // A split that does not add up: the service names the quarters and saves nothing.
    await page
      .getByLabel('Funding stream')
      .selectOption({ label: 'CalWORKs Housing Support Program' });
    await page.getByLabel('Service category').selectOption({ label: 'Housing' });
    await page.getByLabel('Amount', { exact: true }).fill('$40,000.00');
    await page.getByLabel('Split by quarter').check();
    // The split starts even, so only the quarters that differ need typing.
    expect(await page.getByLabel('Q4 (Apr–Jun)').inputValue()).toBe('$10,000.00');
    await page.getByLabel('Q1 (Jul–Sep)').fill('$15,000.00');
    await page.getByText('Quarters add up to $45,000.00 of $40,000.00: $5,000.00 over.').waitFor();
    await page.getByLabel('Q1 (Jul–Sep)').press('Enter');
    // Said at the top of the form, which takes the keyboard; its link leads to the first quarter.
    await expect.poll(() => focusedId(page)).toBe('budget-problems');
    expect(await page.locator('#budget-problems').textContent()).toContain(
      `The quarters add up to $45,000.00, not the $40,000.00 committed for ${thisSfy}.`,
    );
    await page.getByRole('button', { name: 'Go to Amount per quarter' }).press('Enter');
    expect(await focusedId(page)).toBe('budget-q1');
    expect(await page.getByText(`No budget lines for ${thisSfy} yet.`).count()).toBe(1);

    // Fixed: Q4 takes the $5,000 less.
    await page.getByLabel('Q4 (Apr–Jun)').fill('5000');
    await page.getByText('Quarters add up to $40,000.00 of $40,000.00: they match.').waitFor();
    await page.getByLabel('Q4 (Apr–Jun)').press('Enter');
    await page
      .getByText(`Added CalWORKs Housing Support Program, Housing: $40,000.00 to ${thisSfy}.`)
      .waitFor();

    // Two lines without a split: the cents left over go to the earliest quarter.
    for (const [stream, category, amount] of [
      ['CalWORKs Housing Support Program', 'Transportation', '1,000.01'],
      ['Title IV-E', 'Mental health treatment', '$2,000'],
    ] as const) {
      await page.getByLabel('Funding stream').selectOption({ label: stream });
      await page.getByLabel('Service category').selectOption({ label: category });
      await page.getByLabel('Amount', { exact: true }).fill(amount);
      await page.getByLabel('Amount', { exact: true }).press('Enter');
      await page.getByText(`Added ${stream}, ${category}`).waitFor();
    }
    const housing = ['CalWORKs Housing Support Program', 'Housing'] as const;
    const transport = ['CalWORKs Housing Support Program', 'Transportation'] as const;
    const mentalHealth = ['Title IV-E', 'Mental health treatment'] as const;
    await expect
      .poll(() => tableRows(page, 'budget-table'))
      .toEqual([
        line(housing, '$40,000.00 by quarter', ['15,000.00', '10,000.00', '10,000.00', '5,000.00']),
        line(transport, '$1,000.01 even split', ['250.01', '250.00', '250.00', '250.00']),
        total('CalWORKs Housing Support Program', '41,000.01', [
          '15,250.01',
          '10,250.00',
          '10,250.00',
          '5,250.00',
        ]),
        line(mentalHealth, '$2,000.00 even split', ['500.00', '500.00', '500.00', '500.00']),
        total('Title IV-E', '2,000.00', ['500.00', '500.00', '500.00', '500.00']),
        total(thisSfy, '43,000.01', ['15,750.01', '10,750.00', '10,750.00', '5,750.00']),
      ]);

    // Amount sorts the lines within each stream, and the streams by their totals.
    await page.getByRole('button', { name: 'Amount', exact: true }).click();
    await expect
      .poll(() => tableRows(page, 'budget-table').then((rows) => rows.map((r) => r[2])))
      .toEqual([
        '$2,000.00 even split',
        '$2,000.00',
        '$1,000.01 even split',
        '$40,000.00 by quarter',
        '$41,000.01',
        '$43,000.01',
      ]);
    await page.getByRole('button', { name: 'Funding stream', exact: true }).click();

    // Edit loads the line with its stream and category fixed; Escape puts the keyboard back.
    await page.getByRole('button', { name: `Edit ${transport.join(', ')}` }).press('Enter');
    await page
      .getByRole('heading', { name: `Edit the ${thisSfy} budget for ${transport.join(', ')}` })
      .waitFor();
    await expect.poll(() => focusedId(page)).toBe('budget-amount');
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('$1,000.01');
    expect(await page.getByLabel('Funding stream').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Add a budget line' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe(`Edit ${transport.join(', ')}`);

    // The same stream and category again changes that line rather than adding one.
    await page.getByLabel('Funding stream').selectOption({ label: 'Title IV-E' });
    await page.getByLabel('Service category').selectOption({ label: 'Mental health treatment' });
    await page.getByText(`${thisSfy} already has $2,000.00 for this stream and category`).waitFor();
    await page.getByLabel('Amount', { exact: true }).fill('2400');
    await page.getByRole('button', { name: 'Replace line' }).click();
    await page
      .getByText(`Saved the ${thisSfy} budget for Title IV-E, Mental health treatment: $2,400.00.`)
      .waitFor();
    await expect
      .poll(() => tableRows(page, 'budget-table').then((rows) => rows.at(-1)))
      .toEqual(total(thisSfy, '43,400.01', ['15,850.01', '10,850.00', '10,850.00', '5,850.00']));
    expect(await tableRows(page, 'budget-table')).toHaveLength(6);
    // The quarters' refusal went with the save that fixed it: nothing is left in the app's alert.
    expect(await page.locator('.alert').count()).toBe(0);
    expect(await page.locator('#budget-problems').count()).toBe(0);
    await expectAxeClean(page, 'budgets page');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'fiscal-budgets.png'), fullPage: true });

    // Delete asks first, naming the line; the totals follow.
    await page.getByRole('button', { name: 'Delete Title IV-E, Mental health treatment' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this budget line?' });
    expect(await confirm.textContent()).toContain(
      `The ${thisSfy} budget of $2,400.00 for Title IV-E, Mental health treatment will be removed.`,
    );
    await confirm.getByRole('button', { name: 'Delete line' }).click();
    await page.getByText(`Deleted the ${thisSfy} budget for Title IV-E`).waitFor();
    await expect
      .poll(() => tableRows(page, 'budget-table').then((rows) => rows.at(-1)))
      .toEqual(total(thisSfy, '41,000.01', ['15,250.01', '10,250.00', '10,250.00', '5,250.00']));
  });
});
