/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { formatDate } from '../../src/renderer/components/format';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendarDays';
import { sfyStart } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { addMutualFamilies } from '../../src/db/cocase/repository';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { budgetedCounty, CURRENT_SFY, FISCAL_COUNTY } from '../support/fiscal';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const CALWORKS = 'C-00000042';
const CWS = 'W-00000007';
/** The families joined on 1 July of this SFY: every date below falls on or after it. */
const START = sfyStart({ startYear: CURRENT_SFY });
const TODAY = localIsoDate(new Date());

/**
 * Sonoma with a budget line, two mutual families recorded straight into the database (case
 * numbers only), and one ledger row naming the first family's CWS case, waiting to be linked.
 */
async function seed(dataFolder: string): Promise<void> {
  const workbench = openDatabase(databaseFileIn(dataFolder));
  try {
    const { invoke, line } = await budgetedCounty(workbench);
    const family = (calworksCase: string, cwsCase: string) => ({
      countyId: FISCAL_COUNTY,
      calworksCase,
      cwsCase,
      tier: 'tertiary' as const,
      group: 'linkages' as const,
      startDate: START,
    });
    addMutualFamilies(workbench, FISCAL_COUNTY, 'e2e', [
      family(CALWORKS, CWS),
      family('C-00000043', 'W-00000008'),
    ]);
    await invoke('fiscal.saveEntry', {
      countyId: FISCAL_COUNTY,
      streamId: line.streamId,
      categoryId: line.categoryId,
      date: START,
      amount: '$42.10',
      payingProgram: 'calworks',
      leveraged: false,
      savedProgram: null,
      description: 'Bus passes',
      familyReference: CWS,
      refundReason: '',
    });
  } finally {
    workbench.close();
  }
}

/** A date input takes the date as typed digits in the browser's (US) order. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Tab (or Shift+Tab) until the keyboard is on the element the selector names. */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let step = 0; step < 60; step++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

/** The CalWORKs case numbers a worklist's rows show (empty when the list is). */
async function worklist(page: Page, id: string): Promise<string[]> {
  const section = page.locator(`section[aria-labelledby="${id}-heading"]`);
  await section.waitFor();
  return section.locator('tbody th').allTextContents();
}

async function openWorklists(page: Page): Promise<void> {
  await page.goto(new URL('#/cocase/worklists', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Co-case worklists' }).waitFor();
  await page.locator('section[aria-labelledby="worklist-without-plan-heading"]').waitFor();
}

describe('a mutual family’s co-case page in Chromium', () => {
  it('records a meeting, the plan, a barrier, a service and outcome events by keyboard, and the worklists follow', async () => {
    const session = await sessions.open({ route: '#/cocase/worklists', prepare: seed });
    const { page } = session;
    // Both families joined on 1 July with no coordinated plan and no joint review set.
    await openWorklists(page);
    expect(await worklist(page, 'worklist-reviews')).toEqual([]);
    expect(await worklist(page, 'worklist-without-plan')).toEqual([CALWORKS, 'C-00000043']);
    await page.goto(new URL('#/cocase', page.url()).href);

    // From the records, the family's CalWORKs case number leads to its page.
    await page.getByRole('link', { name: CALWORKS, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Family ${CALWORKS} / ${CWS}` }).waitFor();
    const facts = page.getByTestId('family-facts');
    expect(await facts.locator('dd').allTextContents()).toEqual([
      CALWORKS,
      CWS,
      'Tertiary',
      'Linkages',
      formatDate(START),
      'open',
      'not recorded',
      'not recorded',
    ]);
    expect(await page.getByRole('link', { name: 'Mutual family records' }).count()).toBe(2);

    // A joint meeting, by keyboard. A review due before the meeting is refused at its field,
    // and nothing typed is lost.
    const meetings = page.getByRole('region', { name: 'Joint meetings' });
    await meetings.getByLabel('Date of the meeting').focus();
    await typeDate(page, TODAY);
    await tabTo(page, '#meeting-calworks');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('parent, child care provider');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Job search hours set around visits');
    await tabTo(page, '#meeting-next-review');
    await typeDate(page, addDays(TODAY, -1));
    await tabTo(page, '#meeting-others', true);
    await page.keyboard.press('Enter');
    const refused = 'The next joint review cannot be due before the meeting.';
    await meetings.getByText(refused, { exact: true }).waitFor();
    const summary = meetings.getByRole('group', { name: 'The meeting was not recorded' });
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      `Next joint review due: ${refused} Go to Next joint review due`,
    ]);
    const nextReview = meetings.getByLabel('Next joint review due (optional)');
    expect(await nextReview.getAttribute('aria-invalid')).toBe('true');
    expect(await nextReview.getAttribute('aria-describedby')).toBe('meeting-next-review-error');
    // The keyboard is on the summary; its button takes it to the field.
    await expect.poll(() => focused(page)).toBe('meeting-problems');
    await summary.getByRole('button', { name: 'Go to Next joint review due' }).press('Enter');
    await expect.poll(() => focused(page)).toBe('meeting-next-review');
    expect(await meetings.getByLabel('CWS worker attended').isChecked()).toBe(true);
    expect(await meetings.getByLabel('Decisions (optional)').inputValue()).toBe(
      'Job search hours set around visits',
    );

    // Due within the worklist's 14 days.
    const reviewDue = addDays(TODAY, 10);
    await typeDate(page, reviewDue);
    await tabTo(page, '#meeting-others', true);
    await page.keyboard.press('Enter');
    const meetingStatus = meetings.getByRole('status');
    await expect
      .poll(() => meetingStatus.textContent())
      .toBe(`Recorded the joint meeting of ${formatDate(TODAY)}.`);
    await expect.poll(() => focused(page)).toBe('meeting-date');
    expect(await meetings.getByLabel('Date of the meeting').inputValue()).toBe(TODAY);
    expect(await meetings.getByLabel('Others attended (optional)').inputValue()).toBe('');
    expect(await meetings.getByLabel('CalWORKs worker attended').isChecked()).toBe(false);
    const meetingRows = page.getByRole('table', { name: 'Joint meetings, newest first' });
    expect(
      await meetingRows.locator('tbody tr').first().locator('th, td').allTextContents(),
    ).toEqual([
      formatDate(TODAY),
      'Yes',
      'Yes',
      'parent, child care provider',
      'Job search hours set around visits',
      reviewDue,
      `Edit the meeting of ${formatDate(TODAY)}`,
    ]);

    // Edit loads the meeting into the form; Cancel puts the form back and the keyboard on Edit.
    await tabTo(page, '[data-testid="family-meetings-table"] button', true);
    await page.keyboard.press('Enter');
    await meetings
      .getByRole('heading', { name: `Change the meeting of ${formatDate(TODAY)}` })
      .waitFor();
    await expect.poll(() => focused(page)).toBe('meeting-date');
    expect(await meetings.getByLabel('Decisions (optional)').inputValue()).toBe(
      'Job search hours set around visits',
    );
    expect(await meetings.getByRole('button', { name: 'Save changes' }).count()).toBe(1);
    await tabTo(page, 'form[aria-labelledby="meeting-form-heading"] button[type="button"]');
    await page.keyboard.press('Enter');
    await meetings.getByRole('heading', { name: 'Record a joint meeting' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(`Edit the meeting of ${formatDate(TODAY)}`);

    // The coordinated plan: its date, WtW activities aligned (Yes), and which ones.
    const plan = page.getByRole('region', { name: 'Coordinated plan' });
    await plan.getByLabel('Date the plan was coordinated (optional)').focus();
    await typeDate(page, TODAY);
    await tabTo(page, '#family-plan-aligned-unknown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Job search around visits');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => plan.getByRole('status').textContent())
      .toBe(`Saved the coordinated plan of ${formatDate(TODAY)}.`);
    expect(await plan.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await plan.getByLabel('Which activities (optional)').inputValue()).toBe(
      'Job search around visits',
    );

    // A barrier, opened today; then resolved today through the row's Resolve.
    const barriers = page.getByRole('region', { name: 'Barriers' });
    await tabTo(page, '#barrier-kind');
    await page.keyboard.type('Hou');
    expect(await barriers.getByLabel('Barrier', { exact: true }).inputValue()).toBe('housing');
    await tabTo(page, '#barrier-note');
    await page.keyboard.type('Rent arrears');
    await page.keyboard.press('Enter');
    const barrierStatus = barriers.getByRole('status');
    await expect
      .poll(() => barrierStatus.textContent())
      .toBe(`Recorded the barrier “Housing”, open since ${formatDate(TODAY)}.`);
    const barrierRow = page.getByRole('table', { name: /^Barriers/ }).locator('tbody tr');
    expect(await barrierRow.locator('th, td').allTextContents()).toEqual([
      'Housing',
      formatDate(TODAY),
      'open',
      '0 days',
      'Rent arrears',
      `Resolve Housing opened ${formatDate(TODAY)}Edit Housing opened ${formatDate(TODAY)}`,
    ]);
    await tabTo(page, '[id^="barrier-resolve-"]', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('barrier-resolve-date');
    await tabTo(page, 'form.family-resolve button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => barrierStatus.textContent())
      .toBe(`Resolved the barrier “Housing” on ${formatDate(TODAY)}.`);
    expect(await barrierRow.locator('td').nth(1).textContent()).toBe(formatDate(TODAY));
    await expect.poll(() => focused(page)).toMatch(/^barrier-edit-\d+$/);

    // The seeded ledger row becomes the family's service, with the row's figures.
    const services = page.getByRole('region', { name: 'Services' });
    await tabTo(page, '#service-ledger-row');
    expect(await services.getByLabel('Ledger row').locator('option:checked').textContent()).toMatch(
      new RegExp(`^${formatDate(START)} · .+ · .+ · \\$42\\.10 · Bus passes$`),
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('Monthly passes');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => services.getByRole('status').textContent())
      .toMatch(
        new RegExp(
          `^Linked ledger row \\d+ as a service of \\$42\\.10 on ${formatDate(START)}\\.$`,
        ),
      );
    await services.getByText('No ledger row for this family is waiting to be linked.').waitFor();
    expect(await page.getByTestId('family-services-total').textContent()).toBe('$42.10');
    const serviceRows = page.getByTestId('family-services-table').locator('tbody tr');
    expect(await serviceRows.locator('td').nth(3).textContent()).toMatch(/^Ledger row \d+$/);

    // And one by hand, today: the first category and stream offered, $125.00.
    await tabTo(page, '#service-category');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('125.00');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => services.getByRole('status').textContent())
      .toBe(`Added a service of $125.00 on ${formatDate(TODAY)}.`);
    await expect.poll(() => focused(page)).toBe('service-date');
    expect(await page.getByTestId('family-services-total').textContent()).toBe('$167.10');
    expect(await serviceRows.first().locator('td').nth(3).textContent()).toBe('Entered by hand');

    // Outcome events by hand, by the import's rules: a reunification needs an earlier entry.
    const outcomes = page.getByRole('region', { name: 'Outcomes' });
    const outcomeStatus = outcomes.locator('p.family-form__status');
    const recordOutcome = async (letters: string) => {
      await page.locator('#outcome-kind').focus();
      await page.keyboard.type(letters);
      await tabTo(page, 'form[aria-labelledby="outcome-form-heading"] button[type="submit"]');
      await page.keyboard.press('Enter');
    };
    await recordOutcome('Reunification');
    await expect
      .poll(() => outcomes.locator('#outcome-date-error').textContent())
      .toMatch(/needs an earlier entry to foster care/);
    await recordOutcome('Entry to');
    await expect
      .poll(() => outcomeStatus.textContent())
      .toBe(`Recorded Entry to foster care on ${formatDate(TODAY)}.`);
    await recordOutcome('Reunification');
    await expect
      .poll(() => outcomeStatus.textContent())
      .toBe(`Recorded Reunification on ${formatDate(TODAY)}.`);
    // The entry cannot go while the reunification needs it; the refusal stays in view.
    await outcomes
      .getByRole('button', { name: `Remove Entry to foster care on ${formatDate(TODAY)}` })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Remove outcome' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => outcomes.getByRole('alert').textContent())
      .toMatch(/needs this entry to foster care; remove it first/);
    expect(await outcomes.locator('tbody tr').count()).toBe(2);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'cocase-family.png'), fullPage: true });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // The worklists follow: the meeting's review is due, the plan took the family off the list
    // of families without one, and its resolved barrier is not open.
    await openWorklists(page);
    await expect.poll(() => worklist(page, 'worklist-reviews')).toEqual([CALWORKS]);
    expect(await worklist(page, 'worklist-without-plan')).toEqual(['C-00000043']);
    expect(await page.getByTestId('worklist-barriers-empty').count()).toBe(1);
    const review = page.locator('section[aria-labelledby="worklist-reviews-heading"] tbody tr', {
      has: page.getByRole('link', { name: CALWORKS }),
    });
    expect(await review.locator('td').allTextContents()).toContain(formatDate(reviewDue));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cocase-worklists.png'), fullPage: true });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
  }, 30_000);
});
