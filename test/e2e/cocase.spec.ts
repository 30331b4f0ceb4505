/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeSynthExtracts } from '../../scripts/synth-extracts';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { finishedRun, importedExtracts } from '../support/matching';
import { serviceOver } from '../support/workbench';
import { pickCounty, SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

/** Sonoma's two extracts imported and matched through the service, before the server starts. */
async function matchedIn(dataFolder: string): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-extracts-'));
  try {
    writeSynthExtracts(folder, {
      calworksPersons: 600,
      cwsPersons: 300,
      mutualPersons: 120,
      seed: 5,
    });
    const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
    const workbench = openDatabase(databaseFileIn(dataFolder));
    try {
      const service = serviceOver(workbench);
      await finishedRun(
        service,
        await importedExtracts(service, read('calworks.csv'), read('cws.csv')),
      );
    } finally {
      workbench.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** A date input takes the date as typed digits in the browser's (US) order. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

const outcomesCsv = (name: string, ...lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(['calworks_case,cws_case,outcome,date', ...lines].join('\r\n')),
});

describe('mutual family records in Chromium', () => {
  it('adds a run’s families by keyboard, sorts and filters them, and imports outcomes all or nothing', async () => {
    const session = await sessions.open({ route: '#/cocase', prepare: matchedIn });
    const { page } = session;
    await page.getByRole('heading', { name: 'Mutual family records', level: 1 }).waitFor();
    await page.getByText('Choose your county at the top of the window').waitFor();
    await pickCounty(page, 'Sonoma');

    // Add the run's families, by keyboard, from 1 July 2025.
    const add = page.getByRole('region', { name: 'Add families from a match run' });
    const run = add.getByLabel('Match run');
    await run.waitFor();
    expect(await run.locator('option:checked').textContent()).toMatch(
      /^Run \d+, [A-Z][a-z]{2} \d{1,2}, \d{4}$/,
    );
    const linkages = add.getByRole('radio', { name: 'Served by Linkages' });
    expect(await linkages.isChecked()).toBe(true);
    await add.getByLabel('Start date').focus();
    await typeDate(page, '2025-07-01');
    await page.keyboard.press('Enter');
    const added = add.getByRole('status');
    await expect.poll(() => added.textContent()).toMatch(/^Added \d+ families; 0 were recorded/);
    const families = Number(/^Added (\d+)/.exec((await added.textContent()) ?? '')?.[1]);
    expect(families).toBeGreaterThan(20);

    // No start date: the field says so and takes the keyboard; nothing is sent.
    const start = add.getByLabel('Start date');
    await start.fill('');
    await add.getByRole('button', { name: 'Add the run’s families' }).press('Enter');
    await add.getByText('Enter the date these families start being counted.').waitFor();
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-families-start');
    await typeDate(page, '2025-08-01');

    // The same run again, as the comparison group: every pair is recorded already and kept as it was.
    await linkages.focus();
    await page.keyboard.press('ArrowDown');
    expect(
      await add
        .getByRole('radio', { name: 'Comparison group (matched, served as usual)' })
        .isChecked(),
    ).toBe(true);
    await add.getByRole('button', { name: 'Add the run’s families' }).press('Enter');
    await expect
      .poll(() => added.textContent())
      .toBe(`Added 0 families; ${families} were recorded already.`);

    // The records: virtualized, sortable by every column, filtered by case number, group and tier.
    const status = page.getByTestId('family-records-status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        `Showing ${families} of ${families} families: ${families} served by Linkages, 0 in the comparison group.`,
      );
    const table = page.getByRole('table', { name: 'Mutual family records' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(families + 1));
    const rows = table.locator('tbody tr:not(.spacer)');
    expect(await rows.count()).toBeLessThan(families);
    expect(await rows.first().locator('td').nth(3).textContent()).toBe('Jul 1, 2025');

    const cwsHeader = table.getByRole('columnheader', { name: 'CWS case' });
    await cwsHeader.getByRole('button').click();
    await cwsHeader.getByRole('button').click();
    expect(await cwsHeader.getAttribute('aria-sort')).toBe('descending');
    const cws = await rows.locator('td:nth-child(2)').allTextContents();
    expect(cws).toEqual([...cws].sort().reverse());
    const tierHeader = table.getByRole('columnheader', { name: 'Tier' });
    await tierHeader.getByRole('button').click();
    expect(await tierHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await cwsHeader.getAttribute('aria-sort')).toBeNull();

    const first = (await rows.first().locator('th').textContent()) ?? '';
    expect(first).toMatch(/^C-\d+$/);
    const filters = page.getByRole('search', { name: 'Filter the family records' });
    await filters.getByLabel('Case number contains').fill(first.toLowerCase());
    // The status reads "Showing N of N" before the filter applies too, so wait on the rows.
    await expect
      .poll(async () => [...new Set(await rows.locator('th').allTextContents())])
      .toEqual([first]);
    const matching = await rows.locator('th').allTextContents();
    expect(await status.textContent()).toBe(
      `Showing ${matching.length} of ${families} families: ${matching.length} served by Linkages, 0 in the comparison group.`,
    );
    await filters.getByLabel('Group').selectOption('Comparison');
    await expect
      .poll(() => status.textContent())
      .toBe(`Showing 0 of ${families} families: 0 served by Linkages, 0 in the comparison group.`);
    await page.getByText('No family records match these filters.').waitFor();
    await filters.getByLabel('Group').selectOption('All');
    await filters.getByLabel('Case number contains').fill('');
    await filters.getByLabel('Tier').selectOption('Tertiary');
    // The status reads "Showing N of N" before the filter applies too, so wait on the rows.
    await expect
      .poll(async () => [...new Set(await rows.locator('td:nth-child(3)').allTextContents())])
      .toEqual(['Tertiary']);
    expect(await status.textContent()).toMatch(new RegExp(`^Showing [1-9]\\d* of ${families} `));
    await filters.getByLabel('Tier').selectOption('All');

    // Outcomes: a bad file is refused whole, every problem by row and column.
    await table.getByRole('columnheader', { name: 'CalWORKs case' }).getByRole('button').click();
    const [a, b] = await rows.evaluateAll((trs) =>
      trs.slice(0, 2).map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')),
    );
    if (!a || !b) throw new Error('fewer than two families on screen');
    const outcomes = page.getByRole('region', { name: 'Import outcomes' });
    const file = outcomes.getByLabel('Outcomes file (CSV or Excel)');
    await file.setInputFiles(
      outcomesCsv(
        'outcomes-bad.csv',
        `${a[0]},${a[1]},foster-care-entry,2025-09-01`,
        `C-99999999,${b[1]},wtw-engagement,2025-08-20`,
        `${b[0]},${b[1]},promoted,2025-08-20`,
        `${b[0]},${b[1]},wtw-engagement,2025-06-30`,
      ),
    );
    await outcomes.getByRole('button', { name: 'Import', exact: true }).click();
    const refusal = outcomes.getByRole('group', {
      name: 'Nothing was imported from “outcomes-bad.csv”',
    });
    await refusal.waitFor();
    expect(await outcomes.getByRole('status').textContent()).toBe(
      'Nothing was imported from “outcomes-bad.csv”.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcomes-refusal');
    // Listed here once, not repeated in the app's alert.
    expect(await page.locator('.alert').count()).toBe(0);
    await outcomes.screenshot({ path: path.join(SCREENSHOTS, 'cocase-outcomes-refused.png') });
    const problems = await refusal.getByRole('listitem').allTextContents();
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'row 3 · cws_case',
      'row 4 · outcome',
      'row 5 · date',
    ]);
    expect(problems[2]).toBe(
      `row 5 · date: 2025-06-30 is before the family joined its group on 2025-07-01`,
    );
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // The good file: its first row was not written by the refused one, so nothing is counted twice.
    await file.setInputFiles(
      outcomesCsv(
        'outcomes.csv',
        `${a[0]},${a[1]},foster-care-entry,2025-09-01`,
        `${a[0]},${a[1]},Reunification,10/15/2025`,
        `${b[0]},${b[1]},wtw-engagement,2025-08-20`,
      ),
    );
    expect(await refusal.count()).toBe(0);
    await outcomes.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => outcomes.getByRole('status').textContent())
      .toBe('Imported 3 outcome events from “outcomes.csv”.');

    await page.screenshot({ path: path.join(SCREENSHOTS, 'cocase-records.png'), fullPage: true });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // A family by hand, by keyboard: case numbers typed, tier and group by arrow keys, its dates.
    const byHand = page.getByRole('region', { name: 'Record a family by hand' });
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    async function recordByHand(): Promise<void> {
      await byHand.getByLabel('CalWORKs case number').focus();
      await page.keyboard.type('C-HAND-1');
      await page.keyboard.press('Tab');
      await page.keyboard.type('W-HAND-1');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await typeDate(page, '2025-07-15');
      await byHand.getByLabel('Left on (optional)').focus();
      await typeDate(page, '2026-06-30');
      await page.keyboard.press('Enter');
    }
    await recordByHand();
    const byHandStatus = byHand.getByRole('status');
    await expect
      .poll(() => byHandStatus.textContent())
      .toBe('Recorded the family C-HAND-1 / W-HAND-1. Open the family’s page');
    expect(
      await byHand.getByRole('link', { name: 'Open the family’s page' }).getAttribute('href'),
    ).toMatch(/^#\/cocase\/families\/\d+$/);
    await expect.poll(focused).toBe('family-record-calworks');
    expect(await byHand.getByLabel('CalWORKs case number').inputValue()).toBe('');
    expect(await byHand.getByRole('radio', { name: 'Tertiary' }).isChecked()).toBe(false);
    await filters.getByLabel('Case number contains').fill('hand');
    const oneByHand = `Showing 1 of ${families + 1} families: 0 served by Linkages, 1 in the comparison group.`;
    await expect.poll(() => status.textContent()).toBe(oneByHand);
    expect(await rows.first().locator('th, td').allTextContents()).toEqual([
      'C-HAND-1',
      'W-HAND-1',
      'Tertiary',
      'Comparison',
      'Jul 15, 2025',
      'Jun 30, 2026',
      'none',
    ]);

    // The same pair again: refused at the CWS case number, named in the summary at the top of the
    // form, which takes the keyboard and leads on to the field; nothing added.
    await recordByHand();
    const duplicate = 'This county already records the family C-HAND-1 / W-HAND-1.';
    await byHand.getByText(duplicate, { exact: true }).waitFor();
    const cwsCase = byHand.getByLabel('CWS case number');
    expect(await cwsCase.getAttribute('aria-invalid')).toBe('true');
    expect(await cwsCase.getAttribute('aria-describedby')).toBe(
      'family-record-cws-hint family-record-cws-error',
    );
    expect(await page.locator('#family-record-cws-error').textContent()).toBe(duplicate);
    await expect.poll(focused).toBe('family-record-add-problems');
    await page
      .locator('#family-record-add-problems')
      .getByRole('button', { name: 'Go to CWS case number' })
      .press('Enter');
    await expect.poll(focused).toBe('family-record-cws');
    expect(await byHandStatus.textContent()).toBe('');
    expect(await page.locator('.alert').count()).toBe(0);
    expect(await status.textContent()).toBe(oneByHand);
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
  }, 60_000);
});
