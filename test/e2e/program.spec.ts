/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

describe('the program model in Chromium', () => {
  it('starts from the readiness recommendation and keeps a status change with its reason', async () => {
    const session = await sessions.open({ demo: true, route: '#/program' });
    const { page } = session;
    await page.getByRole('heading', { name: 'From the readiness recommendation' }).waitFor();
    const accept = page.getByRole('button', { name: /^Add these \d+ components to the model$/ });
    const proposed = Number(/\d+/.exec((await accept.textContent()) ?? '')?.[0]);
    expect(proposed).toBeGreaterThan(0);
    expect({ where: 'before', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'before',
      findings: [],
    });
    await accept.click();
    await page.getByText('Everything it recommends is in the model.').waitFor();
    expect(await page.locator('.component-card').count()).toBe(proposed);

    // Keyboard: the first card's status, a reason, then Save.
    const card = page.locator('.component-card').first();
    const name =
      (await card.locator('h3').textContent())?.replace(/(Considering|Planned)$/, '').trim() ?? '';
    await card.getByText(`Change ${name}`, { exact: false }).click();
    await card.getByLabel('Status').focus();
    await page.keyboard.type('Installing');
    await card.getByLabel('Why the status changes').focus();
    await page.keyboard.type('Team formed in October.');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.status-badge').textContent()).toBe('Installing');
    await card.getByText(`History of ${name}`, { exact: false }).click();
    const history = await card.locator('details li').allTextContents();
    expect(history).toHaveLength(2);
    expect(history[1]).toMatch(/Installing — Team formed in October\./);
    expect({ where: 'after', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'after',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'program-model.png'), fullPage: true });
  });
});

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('the rollout plan in Chromium', () => {
  it('adds tasks by keyboard, asks before breaking a dependency, lists what is due, deletes with care', async () => {
    const session = await sessions.open({ demo: true, route: '#/program/plan' });
    const { page } = session;
    await page.getByRole('heading', { name: 'Add a task' }).waitFor();

    await page.getByLabel('Task', { exact: true }).fill('Sign the information-sharing MOU');
    await page.getByLabel('Start').fill(inDays(1));
    await page.getByLabel('Due', { exact: true }).fill(inDays(20));
    await page.getByLabel('Task', { exact: true }).press('Enter');
    await page.getByText('Added “Sign the information-sharing MOU”.').waitFor();

    await page.getByLabel('Task', { exact: true }).fill('Joint training on the MOU');
    await page.getByLabel('Start').fill(inDays(10));
    await page.getByLabel('Due', { exact: true }).fill(inDays(25));
    await page.getByLabel('Depends on').selectOption({ label: 'Sign the information-sharing MOU' });
    await page.getByLabel('Task', { exact: true }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'These dates break a dependency' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(
      /starts .*, before “Sign the information-sharing MOU”/,
    );
    // The dialog takes focus (on Cancel) once it is modal; from there the keyboard confirms.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Save anyway
    await page.getByText('Added “Joint training on the MOU”.').waitFor();

    await expect
      .poll(() => page.getByTestId('task-table').locator('tbody th').allTextContents())
      .toEqual(['Sign the information-sharing MOU', 'Joint training on the MOU']);
    await expect
      .poll(() => page.getByTestId('due-in-the-next-30-days').locator('li').count())
      .toBe(2);
    await page.getByRole('heading', { name: 'Dates that break a dependency' }).waitFor();
    expect({ where: 'plan', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'plan',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rollout-plan.png'), fullPage: true });

    await page.getByRole('button', { name: 'Delete Sign the information-sharing MOU' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this task?' })
      .getByRole('button', { name: 'Delete task' })
      .click();
    const second = page.getByRole('dialog', { name: 'Other tasks depend on it' });
    await second.waitFor();
    expect(await second.textContent()).toMatch(
      /“Joint training on the MOU” depends on “Sign the information-sharing MOU”/,
    );
    await second.getByRole('button', { name: 'Delete anyway' }).click();
    await expect
      .poll(() => page.getByTestId('task-table').locator('tbody th').allTextContents())
      .toEqual(['Joint training on the MOU']);
  });
});
