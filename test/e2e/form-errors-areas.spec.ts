/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../src/db/dataFolder';
import { lookOfDataFile } from '../../src/db/encryption';
import { focusedId, inView, refusal } from './formErrors';
import { SCREENSHOTS, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const LAPTOP = { width: 1280, height: 720 };
const shot = (name: string) => ({ path: path.join(SCREENSHOTS, `form-errors-${name}.png`) });

/**
 * Per area, a save the service (or the form, in the service's shape) refuses: the summary at the
 * top of the submitted form is on screen at 1280×720 with the keyboard on it, names the problem
 * and the field, and nothing was saved. The task form and co-case have their own specs.
 */
describe('a refused save in each area is shown where the person is looking', () => {
  it('fiscal: a budget split that does not add up, and a ledger row without its stream', async () => {
    const session = await sessions.open({
      demo: true,
      route: '#/fiscal/budgets',
      viewport: LAPTOP,
    });
    const { page } = session;
    const lines = page.getByRole('heading', { name: /^Budget lines for / });
    const before = await lines.textContent();
    await page.getByLabel('Amount', { exact: true }).fill('$40,000.00');
    await page.getByLabel('Split by quarter').check();
    await page.getByLabel('Q1 (Jul–Sep)').fill('$15,000.00');
    await page.getByLabel('Q1 (Jul–Sep)').press('Enter');
    const budget = await refusal(page, 'budget-problems');
    expect(budget.title).toBe('The budget was not saved');
    expect(budget.problems).toHaveLength(1);
    expect(budget.problems[0]).toMatch(/^Amount per quarter: The quarters add up to \$45,000\.00/);
    expect(await page.getByLabel('Q1 (Jul–Sep)').getAttribute('aria-describedby')).toContain(
      'budget-quarters-error',
    );
    await page.screenshot(shot('budget'));
    expect(await lines.textContent()).toBe(before);
    // The summary leads on to the split's first quarter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('budget-q1');

    // The ledger's entry row keeps its cells, and follows the same rule.
    await page.goto(new URL('#/fiscal/ledger', page.url()).href);
    await page.getByLabel('Amount', { exact: true }).fill('12.00');
    await page.getByLabel('Amount', { exact: true }).press('Enter');
    const ledger = await refusal(page, 'ledger-entry-problems');
    expect(ledger.title).toBe('The row was not added');
    expect(ledger.problems[0]).toMatch(/^Stream: Choose the funding stream that paid\./);
    expect(await inView(page.locator('#ledger-stream-error'))).toBe(true);
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('12.00');
    // Nothing was said as added: the row's status line is still empty.
    expect(await page.locator('.ledger-entry__status').textContent()).toBe('');
    await page.screenshot(shot('ledger'));
  });

  it('readiness: a round without a title', async () => {
    const session = await sessions.open({ demo: true, route: '#/readiness', viewport: LAPTOP });
    const { page } = session;
    const rounds = page.getByRole('heading', { name: /County rounds$/ }).locator('..');
    await rounds.locator('tbody tr').first().waitFor();
    const before = await rounds.locator('tbody tr').count();
    await page.getByLabel('Title', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Open round' }).click();
    const round = await refusal(page, 'new-round-problems');
    expect(round.title).toBe('The round was not opened');
    expect(round.problems).toEqual(['Title: Give the round a title. Go to Title']);
    expect(new URL(page.url()).hash).toBe('#/readiness');
    expect(await rounds.locator('tbody tr').count()).toBe(before);
    await page.screenshot(shot('readiness'));
  });

  it('program: a team seat without a label, and a training session with nothing filled in', async () => {
    const session = await sessions.open({ demo: true, route: '#/program/team', viewport: LAPTOP });
    const { page } = session;
    const team = page.getByRole('heading', { name: /^Team members/ });
    const seats = await team.textContent();
    await page.getByRole('button', { name: 'Add member' }).click();
    const member = await refusal(page, 'member-problems');
    expect(member.title).toBe('The member was not added');
    expect(member.problems).toEqual([
      'Role label: Give the seat a label, e.g. “CWS deputy director”. Go to Role label',
    ]);
    expect(await team.textContent()).toBe(seats);
    await page.screenshot(shot('team'));

    await page.goto(new URL('#/program/training', page.url()).href);
    const sessionsHeading = page.getByRole('heading', { name: /^Sessions \(/ });
    const logged = await sessionsHeading.textContent();
    await page.getByLabel('Curriculum (optional)').fill('Linkages core curriculum, module 2');
    await page.getByRole('button', { name: 'Log session' }).click();
    const training = await refusal(page, 'training-problems');
    expect(training.title).toBe('The session was not logged');
    expect(training.problems.map((problem) => problem.split(':')[0])).toEqual([
      'Date',
      'Topic',
      'Hours',
    ]);
    expect(await sessionsHeading.textContent()).toBe(logged);
    expect(await page.getByLabel('Curriculum (optional)').inputValue()).toBe(
      'Linkages core curriculum, module 2',
    );
  });

  it('matching: a review threshold above the link threshold', async () => {
    // The demo has both extracts and a finished run: a second run starts from the same form.
    const session = await sessions.open({ demo: true, route: '#/matching', viewport: LAPTOP });
    const { page } = session;
    const runs = page.getByRole('link', { name: /^Run \d+ of / });
    await runs.first().waitFor();
    const runsBefore = await runs.count();
    await page.getByLabel('Review pairs from (0–1)').fill('0.95');
    await page.getByRole('button', { name: 'Run the match' }).click();
    const run = await refusal(page, 'run-problems');
    expect(run.title).toBe('The match did not run');
    expect(run.problems).toEqual([
      'Review pairs from: The review threshold must not be above the link threshold. Go to Review pairs from',
    ]);
    expect(new URL(page.url()).hash).toBe('#/matching');
    // No run was started.
    expect(await runs.count()).toBe(runsBefore);
    await page.screenshot(shot('matching'));
  });

  it('reports: a roll-up without a name', async () => {
    const session = await sessions.open({
      demo: true,
      route: '#/reports/rollups',
      viewport: LAPTOP,
    });
    const { page } = session;
    await page.getByText('No roll-up yet. Start one below.').waitFor();
    await page.getByRole('button', { name: 'Start the roll-up' }).click();
    const rollup = await refusal(page, 'new-rollup-problems');
    expect(rollup.title).toBe('The roll-up was not started');
    expect(rollup.problems).toEqual(['Name: Give the roll-up a name. Go to Name']);
    expect(await page.getByText('No roll-up yet. Start one below.').count()).toBe(1);
    await page.screenshot(shot('reports'));
  });

  it('settings: a new passphrase typed differently the second time', async () => {
    const session = await sessions.open({ route: '#/settings/encryption', viewport: LAPTOP });
    const { page } = session;
    const form = page.getByRole('form', { name: 'Encrypt the data' });
    await form.getByLabel('New passphrase', { exact: true }).fill('river stone lantern meadow');
    await form.getByLabel('New passphrase again').fill('river stone lantern meadows');
    await page.keyboard.press('Enter');
    const encrypt = await refusal(page, 'encrypt-problems');
    expect(encrypt.title).toBe('Encrypt the data: there is a problem');
    expect(encrypt.problems).toHaveLength(1);
    expect(encrypt.problems[0]).toMatch(/^New passphrase again: The two passphrases differ/);
    expect(lookOfDataFile(databaseFileIn(session.dataFolder))).toBe('plain');
    await page.screenshot(shot('settings'));
  });
});
