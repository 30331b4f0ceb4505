/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeSynthExtracts } from '../../scripts/synth-extracts';
import { typedInvoke } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { finishedRun, importedExtracts } from '../support/matching';
import { serviceOver } from '../support/workbench';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const COUNTY = 49;

interface Seeded {
  linkages: number;
  comparison: number;
}

/**
 * Two pairs of synthetic extracts, each matched: the first run's family pairs are served by
 * Linkages, the second's are the comparison group. Then outcomes: Welfare-to-Work engagement for
 * 15 Linkages and 12 comparison families in SFY 2024-25 Q1 (shown), and 3 Linkages entries to
 * foster care (a small cell, hidden).
 */
async function seed(dataFolder: string): Promise<Seeded> {
  const workbench = openDatabase(databaseFileIn(dataFolder));
  const extracts = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-evaluation-'));
  try {
    const service = serviceOver(workbench);
    const invoke = typedInvoke(service);
    await invoke('workspace.setCounty', { countyId: COUNTY });
    for (const [seedNumber, group] of [
      [4, 'linkages'],
      [5, 'comparison'],
    ] as const) {
      const folder = path.join(extracts, group);
      writeSynthExtracts(folder, {
        calworksPersons: 400,
        cwsPersons: 200,
        mutualPersons: 80,
        seed: seedNumber,
      });
      const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
      const runId = await finishedRun(
        service,
        await importedExtracts(service, read('calworks.csv'), read('cws.csv')),
      );
      await invoke('cocase.addFromRun', {
        countyId: COUNTY,
        runId,
        group,
        startDate: '2024-07-01',
      });
    }
    const families = await invoke('cocase.families', { countyId: COUNTY });
    const linkages = families.filter((f) => f.group === 'linkages');
    const comparison = families.filter((f) => f.group === 'comparison');
    const event = (f: (typeof families)[number], outcome: string, date: string) =>
      `${f.calworksCase},${f.cwsCase},${outcome},${date}`;
    const day = (i: number) => String((i % 28) + 1).padStart(2, '0');
    const lines = [
      'calworks_case,cws_case,outcome,date',
      ...linkages.slice(0, 15).map((f, i) => event(f, 'wtw-engagement', `2024-08-${day(i)}`)),
      ...comparison.slice(0, 12).map((f, i) => event(f, 'wtw-engagement', `2024-09-${day(i)}`)),
      ...linkages.slice(0, 3).map((f) => event(f, 'foster-care-entry', '2024-09-10')),
    ];
    await invoke('cocase.importOutcomes', {
      countyId: COUNTY,
      fileName: 'outcomes.csv',
      bytesBase64: Buffer.from(lines.join('\r\n')).toString('base64'),
    });
    return { linkages: linkages.length, comparison: comparison.length };
  } finally {
    workbench.close();
    fs.rmSync(extracts, { recursive: true, force: true });
  }
}

const percent = (numerator: number, denominator: number) =>
  `${((numerator / denominator) * 100).toFixed(1)}%`;

describe('the evaluation dashboard in Chromium', () => {
  it('shows each indicator with its denominators, hides small cells, and charts the trend', async () => {
    let seeded: Seeded = { linkages: 0, comparison: 0 };
    const session = await sessions.open({
      route: '#/cocase/evaluation',
      prepare: async (dataFolder) => {
        seeded = await seed(dataFolder);
      },
    });
    const { page } = session;
    const { linkages: L, comparison: C } = seeded;
    // Enough families in each group for their denominators to be shown.
    expect(L).toBeGreaterThanOrEqual(15);
    expect(C).toBeGreaterThanOrEqual(12);
    await page.getByRole('heading', { name: 'Evaluation', level: 1 }).waitFor();
    // A fixed day, so the periods shown do not move with the calendar.
    await page.getByLabel('As of', { exact: true }).fill('2026-11-23');
    await expect
      .poll(() => page.getByTestId('evaluation-families').textContent())
      .toBe(
        `${L} families served by Linkages and ${C} families in the comparison group, as of Nov 23, 2026.`,
      );
    await page.getByText('Counts from 1 to 10 are hidden', { exact: false }).waitFor();

    // Welfare-to-Work engagement in SFY 2024-25 Q1: 15 of L against 12 of C.
    const cells = async (table: string, period: string | RegExp) =>
      page
        .getByRole('table', { name: table, exact: true })
        .getByRole('row', { name: period })
        .locator('td')
        .allTextContents();
    const difference = (15 / L - 12 / C) * 100;
    expect(await cells('Welfare-to-Work engagement', /^SFY 2024-25 Q1/)).toEqual([
      `15 / ${L}`,
      percent(15, L),
      `12 / ${C}`,
      percent(12, C),
      `${difference > 0 ? '+' : '−'}${Math.abs(difference).toFixed(1)} points, ${difference > 0 ? 'better' : 'worse'}`,
    ]);
    // Three Linkages entries to foster care: hidden, with no rate and no difference.
    const entries = await cells('Entry to foster care', /^SFY 2024-25 Q1/);
    expect(entries[0]).toBe(`<11 (from 1 to 10, hidden) / ${L}`);
    expect(entries[1]).toBe('—not shown');
    expect(entries[2]).toBe(`0 / ${C}`);
    expect(entries[4]).toMatch(/^—no difference/);
    // The quarter the page is in has its follow-up still open.
    expect(await page.getByText('follow-up still open').count()).toBeGreaterThan(0);

    // The trend chart, with its description; then by state fiscal year.
    // It opens on the first indicator with a rate to draw: no family had a substantiated referral.
    const chart = page.getByRole('img', {
      name: /^Line chart of Entry to foster care, by quarter from SFY 2024-25 Q1 /,
    });
    await chart.waitFor();
    await expect.poll(() => chart.locator('.recharts-line').count()).toBe(2);
    await page.getByLabel('Indicator', { exact: true }).selectOption({
      label: 'Recurrence of maltreatment within 12 months',
    });
    await page.getByText('Nothing to draw yet: no period has a rate for this indicator.').waitFor();
    await page
      .getByLabel('Indicator', { exact: true })
      .selectOption({ label: 'Welfare-to-Work engagement' });
    await page
      .getByRole('img', {
        // The latest quarter has no events: 0.0% for both.
        name: /^Line chart of Welfare-to-Work engagement, by quarter from SFY 2024-25 Q1 to SFY \d{4}-\d{2} Q\d: .* In SFY \d{4}-\d{2} Q\d: Linkages 0\.0%, comparison group 0\.0%\./,
      })
      .waitFor();
    await page.getByLabel('State fiscal years', { exact: true }).check();
    await page
      .getByRole('img', { name: /^Line chart of Welfare-to-Work engagement, by state fiscal year/ })
      .waitFor();
    const wtw = page.getByRole('table', { name: 'Welfare-to-Work engagement', exact: true });
    expect(await wtw.locator('tbody th').allTextContents()).toEqual([
      'SFY 2024-25',
      'SFY 2025-26',
      expect.stringMatching(/^SFY 2026-27/),
    ]);
    expect((await cells('Welfare-to-Work engagement', /^SFY 2024-25/)).slice(0, 3)).toEqual([
      `15 / ${L}`,
      percent(15, L),
      `12 / ${C}`,
    ]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'cocase-evaluation.png'),
      fullPage: true,
    });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // One program; an earlier as-of day re-asks the service.
    await page.getByRole('radio', { name: 'CalWORKs' }).check();
    await expect
      .poll(() => page.getByRole('table', { name: 'Entry to foster care' }).count())
      .toBe(0);
    await page.getByLabel('As of', { exact: true }).fill('2025-06-30');
    await expect
      .poll(() => page.getByTestId('evaluation-families').textContent())
      .toMatch(/as of Jun 30, 2025\.$/);
    expect(await wtw.locator('tbody th').allTextContents()).toEqual(['SFY 2024-25']);
    const rates = `Linkages ${percent(15, L)}, comparison group ${percent(12, C)}.`;
    const trend = page.getByRole('img', {
      name: /^Line chart of Welfare-to-Work engagement, in SFY 2024-25: /,
    });
    await trend.waitFor();
    expect(await trend.getAttribute('aria-label')).toContain(`In SFY 2024-25: ${rates}`);
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // The workbook of the day asked for.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the evaluation (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-linkages-evaluation-2025-06-30\.xlsx$/);

    await editLogicModel(page);
    // Saved: after a reload, the county's model, no longer the toolkit's.
    await page.reload();
    await page.getByRole('heading', { name: 'Logic model', level: 2 }).waitFor();
    // The heading shows before the model has loaded: wait on the statements themselves.
    await expect.poll(() => stageStatements(page, 'Activities')).toEqual(ACTIVITIES_SAVED);
    expect(await page.getByTestId('logic-model-default').count()).toBe(0);
  });
});

const ACTIVITIES_SAVED = [
  'Identify mutual families on both caseloads',
  'Hold joint case-planning meetings',
  'Coordinate the WtW plan with the CWS case plan',
  'Share case notes weekly',
  'Resolve barriers: sanction, housing, mental health, substance use, domestic violence, child care, transportation',
];

const isFocused = (locator: Locator) => locator.evaluate((e) => e === document.activeElement);

/** A stage of the logic model as read: its statements, in order. */
function stageStatements(page: Page, stage: string): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Logic model, from inputs to outcomes' })
    .getByRole('list', { name: stage, exact: true })
    .locator(':scope > li')
    .allTextContents();
}

/**
 * By keyboard: an activity added (refused while it has no words, the problem beside it), moved up
 * a place, an indicator attached to an outcome, saved, and read back in the flow.
 */
async function editLogicModel(page: Page): Promise<void> {
  await page.getByTestId('logic-model-default').waitFor();
  const edit = page.getByRole('button', { name: 'Edit the logic model' });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => isFocused(page.getByLabel('Inputs statement 1', { exact: true })))
    .toBe(true);

  await page.getByRole('button', { name: 'Add a statement to activities' }).focus();
  await page.keyboard.press('Enter');
  const added = page.getByLabel('Activities statement 5', { exact: true });
  await expect.poll(() => isFocused(added)).toBe(true);
  const outcome = page.getByRole('group', { name: 'Indicators that measure outcomes statement 4' });
  await outcome.getByRole('checkbox', { name: 'Welfare-to-Work engagement' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save the logic model' }).focus();
  await page.keyboard.press('Enter');
  const problems = page.getByRole('group', { name: 'The logic model was not saved' });
  await problems.waitFor();
  // The summary takes the keyboard; its button takes it on to the statement.
  await expect.poll(() => isFocused(problems)).toBe(true);
  await problems.getByRole('button').first().press('Enter');
  await expect.poll(() => isFocused(added)).toBe(true);
  expect(await added.getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator(`#${await added.getAttribute('id')}-error`).textContent()).toBe(
    'Write the statement.',
  );

  await page.keyboard.type('Share case notes weekly');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const moved = page.getByLabel('Activities statement 4', { exact: true });
  await expect.poll(() => moved.inputValue()).toBe('Share case notes weekly');
  await expect
    .poll(() =>
      isFocused(page.getByRole('button', { name: 'Move up Activities statement 4', exact: true })),
    )
    .toBe(true);
  expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

  await page.getByRole('button', { name: 'Save the logic model' }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: 'Saved the logic model: 17 statements.' })
    .waitFor();
  await expect.poll(() => isFocused(edit)).toBe(true);
  expect(await stageStatements(page, 'Activities')).toEqual(ACTIVITIES_SAVED);
  const outcomes = page.getByRole('list', { name: 'Outcomes', exact: true }).locator(':scope > li');
  expect(await outcomes.nth(3).getByRole('listitem').allTextContents()).toEqual([
    'Welfare-to-Work engagement',
    'Exit from aid with earnings',
    'Return to aid within 12 months of exit',
  ]);
  await page.locator('section.logic-model').screenshot({
    path: path.join(SCREENSHOTS, 'cocase-logic-model.png'),
  });

  // Cancel with changes asks first; once they are discarded, the keyboard is back on Edit.
  await page.keyboard.press('Enter');
  await page.getByLabel('Outputs statement 1', { exact: true }).fill('Changed my mind');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect.poll(() => isFocused(edit)).toBe(true);
  expect((await stageStatements(page, 'Outputs'))[0]).toBe(
    'Mutual families with a coordinated plan',
  );
}
