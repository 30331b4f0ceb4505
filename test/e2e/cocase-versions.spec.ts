/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { formatDate } from '../../src/renderer/components/format';
import { describe, expect, it } from 'vitest';
import { sfyStart } from '../../src/core/fiscalCalendar';
import { localIsoDate } from '../../src/core/isoDate';
import { typedInvoke } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { CURRENT_SFY, FISCAL_COUNTY } from '../support/fiscal';
import { serviceOver } from '../support/workbench';
import { sessionPerTest } from './harness';

const sessions = sessionPerTest();
const START = sfyStart({ startYear: CURRENT_SFY });
const TODAY = localIsoDate(new Date());
const FAMILY = 'Family C-100 / W-7';

/** Sonoma with one mutual family recorded by hand; its page's route. */
async function seedFamily(dataFolder: string): Promise<string> {
  const workbench = openDatabase(databaseFileIn(dataFolder));
  try {
    const invoke = typedInvoke(serviceOver(workbench));
    await invoke('workspace.setCounty', { countyId: FISCAL_COUNTY });
    const { familyId } = await invoke('cocase.saveFamily', {
      countyId: FISCAL_COUNTY,
      calworksCase: 'C-100',
      cwsCase: 'W-7',
      tier: 'tertiary',
      group: 'linkages',
      startDate: START,
    });
    return `#/cocase/families/${familyId}`;
  } finally {
    workbench.close();
  }
}

/** Saved: the form's status says so and no alert was raised (a refusal would raise one). */
async function saved(page: Page, status: Locator, message: string | RegExp): Promise<void> {
  await expect.poll(() => status.textContent()).toMatch(message);
  expect(await page.locator('.alert').allTextContents()).toEqual([]);
}

describe('record versions on the co-case pages in Chromium', () => {
  it('saves each form again after its own save, from the version that save returned', async () => {
    let route = '';
    const session = await sessions.open({
      route: '#/cocase',
      prepare: async (folder) => {
        route = await seedFamily(folder);
      },
    });
    const { page } = session;
    await page.goto(new URL(route, page.url()).href);
    await page.getByRole('heading', { level: 1, name: FAMILY }).waitFor();

    const plan = page.getByRole('region', { name: 'Coordinated plan' });
    const planNote = plan.getByLabel('Which activities (optional)');
    const savePlan = () => plan.getByRole('button', { name: 'Save the plan' }).click();
    const planSaved = `Saved the coordinated plan of ${formatDate(TODAY)}.`;
    await plan.getByLabel('Date the plan was coordinated (optional)').fill(TODAY);
    await savePlan();
    await saved(page, plan.getByRole('status'), planSaved);
    await planNote.fill('Job search around visits');
    await savePlan();
    await saved(page, plan.getByRole('status'), planSaved);

    // The record shares the family's version with the plan: both go on saving, in either order.
    for (const worker of ['Emergency response unit', 'Family maintenance unit']) {
      await page.getByRole('button', { name: 'Edit the family’s record' }).click();
      await page.getByLabel('CWS worker’s role or unit (optional)').fill(worker);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await saved(
        page,
        page.locator('p.family-form__status').first(),
        'Saved the changes to the family C-100 / W-7.',
      );
    }
    await planNote.fill('Job search and parenting classes around visits');
    await savePlan();
    await saved(page, plan.getByRole('status'), planSaved);
    expect(await page.getByTestId('family-facts').locator('dd').nth(7).textContent()).toBe(
      'Family maintenance unit',
    );

    const meetings = page.getByRole('region', { name: 'Joint meetings' });
    await page.locator('#meeting-date').fill(TODAY);
    await page.locator('#meeting-calworks').check();
    await meetings.getByRole('button', { name: 'Record the meeting' }).click();
    await saved(
      page,
      meetings.getByRole('status'),
      `Recorded the joint meeting of ${formatDate(TODAY)}.`,
    );
    for (const decisions of ['Refer to housing navigator', 'Child care authorized']) {
      await meetings
        .getByRole('button', { name: `Edit the meeting of ${formatDate(TODAY)}` })
        .click();
      await page.locator('#meeting-decisions').fill(decisions);
      await meetings.getByRole('button', { name: 'Save changes' }).click();
      await saved(
        page,
        meetings.getByRole('status'),
        `Saved the changes to the meeting of ${formatDate(TODAY)}.`,
      );
    }

    const barriers = page.getByRole('region', { name: 'Barriers' });
    const barrierStatus = barriers.getByRole('status');
    await page.locator('#barrier-kind').selectOption('housing');
    await barriers.getByRole('button', { name: 'Add the barrier' }).click();
    await saved(
      page,
      barrierStatus,
      `Recorded the barrier “Housing”, open since ${formatDate(TODAY)}.`,
    );
    await barriers
      .getByRole('button', { name: `Edit Housing opened ${formatDate(TODAY)}` })
      .click();
    await page.locator('#barrier-note').fill('Rent arrears');
    await barriers.getByRole('button', { name: 'Save changes' }).click();
    await saved(page, barrierStatus, 'Saved the changes to the barrier “Housing”.');
    await barriers
      .getByRole('button', { name: `Resolve Housing opened ${formatDate(TODAY)}` })
      .click();
    await page.locator('form.family-resolve button[type="submit"]').click();
    await saved(page, barrierStatus, `Resolved the barrier “Housing” on ${formatDate(TODAY)}.`);

    // The logic model: saved from the starting model, then from the county's own.
    await page.goto(new URL('#/cocase/evaluation', page.url()).href);
    const model = page.locator('section.logic-model');
    for (const text of ['Mutual families with a plan', 'Mutual families with a joint plan']) {
      await model.getByRole('button', { name: 'Edit the logic model' }).click();
      await page.getByLabel('Outputs statement 1', { exact: true }).fill(text);
      await model.getByRole('button', { name: 'Save the logic model' }).click();
      await saved(page, model.locator('p.logic-model__status'), /^Saved the logic model/);
    }
  }, 60_000);

  it('refuses a plan saved in a second window over the first one’s, and offers to reload', async () => {
    let route = '';
    const session = await sessions.open({
      route: '#/cocase',
      prepare: async (folder) => {
        route = await seedFamily(folder);
      },
    });
    const first = session.page;
    await first.goto(new URL(route, first.url()).href);
    const second = await session.browser.newPage();
    await second.goto(new URL(route, session.url).href);
    for (const page of [first, second]) {
      await page.getByRole('heading', { level: 1, name: FAMILY }).waitFor();
    }
    const planOf = (page: Page) => page.getByRole('region', { name: 'Coordinated plan' });

    await planOf(first).getByLabel('Date the plan was coordinated (optional)').fill(TODAY);
    await planOf(first).getByRole('button', { name: 'Save the plan' }).click();
    await saved(
      first,
      planOf(first).getByRole('status'),
      `Saved the coordinated plan of ${formatDate(TODAY)}.`,
    );

    await planOf(second).getByLabel('Which activities (optional)').fill('Overwrite');
    await planOf(second).getByRole('button', { name: 'Save the plan' }).click();
    const alert = second.locator('.alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/The family’s record was changed elsewhere/);
    expect(await planOf(second).getByRole('status').textContent()).toBe('');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await second.getByRole('heading', { level: 1, name: FAMILY }).waitFor();
    const reloaded = planOf(second);
    expect(await reloaded.getByLabel('Date the plan was coordinated (optional)').inputValue()).toBe(
      TODAY,
    );
    expect(await reloaded.getByLabel('Which activities (optional)').inputValue()).toBe('');
  }, 60_000);
});
