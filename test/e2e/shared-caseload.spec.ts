/**
 * Caseloads and the privacy officer's report on the shared server (issue 24), in Chromium at
 * 1280×720: a coordinator puts a family on a CWS worker's caseload from its page; the worker's
 * worklists start at their caseload; the analyst reveals a family's names with a reason, and the
 * supervisor's "Who saw identifiers" report lists it, by case numbers, without the names.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './harness';
import {
  openPerson,
  openSharedServer,
  sharedShot,
  signedInAs,
  type Person,
  type SharedServerRun,
} from './sharedHarness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function signedIn(run: SharedServerRun, userName: string): Promise<Page> {
  const person: Person = await openPerson(run.url);
  cleanups.push(() => person.close());
  await signedInAs(person.page, userName);
  return person.page;
}

const LISTS = ['worklist-reviews', 'worklist-without-plan', 'worklist-barriers'];

async function openWorklists(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/cocase/worklists`);
  await page.getByRole('heading', { level: 1, name: 'Co-case worklists' }).waitFor();
  await page.locator('section[aria-labelledby="worklist-barriers-heading"]').waitFor();
}

/** The rows every worklist holds in all, from their headings' counts ("Title (12)"). */
async function worklistTotal(page: Page): Promise<number> {
  let total = 0;
  for (const id of LISTS) {
    const heading = await page.locator(`#${id}-heading`).textContent();
    total += Number(/\(([\d,]+)\)$/.exec(heading ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
  }
  return total;
}

/** The CWS case numbers of the rows the worklists show. */
async function worklistCwsCases(page: Page): Promise<string[]> {
  const cases: string[] = [];
  for (const id of LISTS) {
    const rows = page.locator(`section[aria-labelledby="${id}-heading"] tbody tr:not(.spacer)`);
    for (const row of await rows.all()) {
      cases.push(((await row.locator('td').first().textContent()) ?? '').trim());
    }
  }
  return [...new Set(cases)];
}

describe('caseloads and who saw identifiers on the shared server in Chromium', () => {
  it('assigns a family to a CWS worker, whose worklists start at their caseload, and reports a reveal', async () => {
    const run = await openSharedServer((county) => [
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: county }] },
      { userName: 'wes', grants: [{ role: 'cws', countyId: county }] },
      { userName: 'ana', grants: [{ role: 'analyst', countyId: county }] },
      { userName: 'sue', grants: [{ role: 'supervisor', countyId: county }] },
    ]);
    cleanups.push(() => run.close());

    // The coordinator opens a family the worklists name, and puts it on Wes's CWS caseload.
    const cora = await signedIn(run, 'cora');
    await openWorklists(cora, run.url);
    const firstRow = cora.locator('.worklist-table tbody tr:not(.spacer)').first();
    const cwsCase = ((await firstRow.locator('td').first().textContent()) ?? '').trim();
    expect(cwsCase).toMatch(/^W-/);
    await firstRow.locator('th a').click();
    await cora.getByRole('heading', { level: 2, name: 'Workers' }).waitFor();
    const workers = cora.getByTestId('family-workers-table');
    expect(await workers.locator('tbody tr').nth(1).textContent()).toContain('none assigned');
    await cora.getByRole('button', { name: 'Assign the CWS worker' }).click();
    await cora.getByLabel('CWS worker', { exact: true }).selectOption('wes');
    await sharedShot(cora, 'family-worker-assign');
    await cora.getByRole('button', { name: 'Assign the worker' }).click();
    await cora.getByText(`with CWS case ${cwsCase} on wes’s caseload.`).waitFor();
    await expect.poll(() => workers.locator('tbody tr').nth(1).textContent()).toContain('wes');
    expect(await workers.locator('tbody tr').nth(1).textContent()).toContain('by cora');
    // The free-text units are the laptop's: not edited on the shared server.
    await cora.getByRole('button', { name: 'Edit the family’s record' }).click();
    await cora.getByLabel('CalWORKs case number').waitFor();
    expect(await cora.getByLabel(/worker’s role or unit/).count()).toBe(0);
    await cora.getByRole('button', { name: 'Cancel' }).click();
    await cora.getByRole('button', { name: 'Take off caseload of the CWS worker' }).waitFor();
    await cora.getByRole('heading', { level: 2, name: 'Workers' }).scrollIntoViewIfNeeded();
    await sharedShot(cora, 'family-workers');
    expect(await seriousAxeFindings(cora)).toEqual([]);

    // The worker's worklists start at their caseload: that family's rows only.
    const wes = await signedIn(run, 'wes');
    await openWorklists(wes, run.url);
    expect(await wes.getByLabel('My caseload').isChecked()).toBe(true);
    const mine = await worklistTotal(wes);
    expect(mine).toBeGreaterThan(0);
    expect(await worklistCwsCases(wes)).toEqual([cwsCase]);
    await sharedShot(wes, 'worklists-my-caseload', true);
    expect(await seriousAxeFindings(wes)).toEqual([]);
    await wes.getByLabel('All mutual families').check();
    await expect.poll(() => worklistTotal(wes)).toBeGreaterThan(mine);
    expect((await worklistCwsCases(wes)).length).toBeGreaterThan(1);

    // Taken off the caseload, after saying so: the worker's lists say what to do.
    await cora.getByRole('button', { name: 'Take off caseload of the CWS worker' }).click();
    const dialog = cora.getByRole('dialog', { name: 'Take the family off wes’s caseload?' });
    await dialog.getByRole('button', { name: 'Take off the caseload' }).click();
    await expect
      .poll(() => workers.locator('tbody tr').nth(1).textContent())
      .toContain('none assigned');
    await wes.reload();
    await wes.getByRole('heading', { level: 1, name: 'Co-case worklists' }).waitFor();
    // The choice made this session is kept.
    expect(await wes.getByLabel('All mutual families').isChecked()).toBe(true);
    await wes.getByLabel('My caseload').check();
    await wes.getByTestId('worklist-caseload-empty').waitFor();
    expect(await wes.getByTestId('worklist-caseload-empty').textContent()).toContain(
      'Ask your coordinator or supervisor to assign families to you',
    );
    await sharedShot(wes, 'worklists-caseload-empty');
    expect(await seriousAxeFindings(wes)).toEqual([]);

    // The analyst reveals one family's names, saying why.
    const ana = await signedIn(run, 'ana');
    await ana.goto(`${run.url}#/matching`);
    await ana.locator('a[href^="#/matching/runs/"]').first().click();
    await ana.locator('a[href$="/families"]').first().click();
    const show = ana.getByRole('button', { name: /^Show the names in / }).first();
    const label = (await show.getAttribute('aria-label')) ?? '';
    const [, revealedCalworks, revealedCws] = /in (\S+) and (\S+)$/.exec(label) ?? [];
    await show.click();
    await ana
      .getByLabel('Why do you need these names?')
      .fill('Checking the match before the report');
    await ana.getByRole('button', { name: 'Show the names', exact: true }).click();
    const names = ana.getByRole('region', { name: /^Names in / }).getByRole('table');
    await names.locator('tbody tr').first().waitFor();
    // A person's name as the analyst sees it ("JANE DOE (A123)"): the report must not show it.
    const shown = (await names.locator('tbody th').first().textContent()) ?? '';
    const aName = shown.replace(/\s*\(.*$/, '').trim();
    expect(aName).toMatch(/^[A-Z]+ [A-Z]+/);

    // The supervisor reads who saw them, by case numbers and without anyone's names.
    const sue = await signedIn(run, 'sue');
    await sue.goto(`${run.url}#/settings`);
    await sue.getByRole('link', { name: 'Who saw identifiers' }).click();
    await sue.getByRole('heading', { level: 1, name: 'Who saw identifiers' }).waitFor();
    const report = sue.getByTestId('reveals-table');
    await report.waitFor();
    const row = report.locator('tbody tr').first();
    expect(await row.textContent()).toContain('ana');
    expect(await row.textContent()).toContain('One family’s names');
    expect(await row.textContent()).toContain(`${revealedCalworks} / ${revealedCws}`);
    expect(await row.textContent()).toContain('Checking the match before the report');
    expect(await sue.locator('main').textContent()).not.toContain(aName);
    await sue.getByLabel('User, case number or purpose contains').fill('nobody-such');
    await sue.getByText('No reveal matches these filters.').waitFor();
    await sue.getByLabel('User, case number or purpose contains').fill('');
    await report.waitFor();
    await sharedShot(sue, 'identifier-reveals', true);
    expect(await seriousAxeFindings(sue)).toEqual([]);
  });
});
