/// <reference lib="dom" />
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { largePlan, saveLargePlan } from '../support/largePlan';
import { serviceOver } from '../support/workbench';
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
    // The demo's model came from its first round; the latest proposes more.
    const before = await page.locator('.component-card').count();
    await accept.click();
    await page.getByText('Everything it recommends is in the model.').waitFor();
    expect(await page.locator('.component-card').count()).toBe(before + proposed);

    // Keyboard: a newly added card's status, a reason, then Save.
    const added = page
      .locator('.component-card')
      .filter({ has: page.locator('.status-badge', { hasText: /^Considering$/ }) })
      .first();
    const name =
      (await added.locator('h3').textContent())?.replace(/Considering$/, '').trim() ?? '';
    const card = page.locator('.component-card').filter({ hasText: `Change ${name}` });
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

    // A second save from the same card is made from what the first stored: no conflict.
    const facts = card.locator('.facts-line');
    await card.getByLabel('Target families').fill('40');
    await card.getByLabel('Target families').press('Enter');
    await expect.poll(() => facts.textContent()).toMatch(/Target families: 40$/);
    expect(await page.locator('.alert').count()).toBe(0);

    // Another window changes the component's notes; this card's next save is refused, not saved
    // over it, and Reload shows the component as it is now.
    const componentId = (await card.getByLabel('Status').getAttribute('id'))?.replace(
      /^component-|-status$/g,
      '',
    );
    await page.evaluate(async (id) => {
      const call = async (method: string, input: unknown) => {
        const response = await fetch(`api/${method}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-linkages-token': sessionStorage.getItem('linkages.token') ?? '',
          },
          body: JSON.stringify(input),
        });
        return ((await response.json()) as { value: never }).value;
      };
      const workspace: { county: { id: number } } = await call('workspace.get', {});
      const countyId = workspace.county.id;
      const model: { components: Record<string, unknown>[] } = await call('program.getModel', {
        countyId,
      });
      const stored = model.components.find((c) => c.componentId === id) ?? {};
      await call('program.setComponent', {
        countyId,
        componentId: id,
        version: stored.version,
        status: stored.status,
        leadProgram: stored.leadProgram,
        startDate: stored.startDate,
        targetPopulation: stored.targetPopulation,
        notes: 'Changed in another window.',
      });
    }, componentId);
    await card.getByLabel('Target families').fill('55');
    await card.getByLabel('Target families').press('Enter');
    const alert = page.locator('.alert').filter({ hasText: 'was changed elsewhere' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/\(changed: notes\).*Your changes were not saved/);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() => card.locator('.notes').first().textContent())
      .toBe('Changed in another window.');
    expect(await facts.textContent()).toMatch(/Target families: 40$/);
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
  it('adds tasks by keyboard, shows them on the timeline and due soon, edits, undoes, deletes with care, exports', async () => {
    const session = await sessions.open({ demo: true, route: '#/program/plan' });
    const { page } = session;
    await page.getByRole('heading', { name: 'Add a task' }).waitFor();
    const first = 'Sign the county counsel memo';
    const second = 'Brief the supervisors on the memo';

    // Typed, not filled: the keyboard enters every field, and Enter adds the task.
    await page.getByLabel('Task', { exact: true }).focus();
    await page.keyboard.type(first);
    await page.getByLabel('Start', { exact: true }).focus();
    await typeDate(page, inDays(1));
    await page.getByLabel('Due', { exact: true }).focus();
    await typeDate(page, inDays(20));
    await page.keyboard.press('Enter');
    await page.getByText(`Added “${first}”.`).waitFor();
    await page.getByTestId('timeline').getByText(first).waitFor();
    await page.getByTestId('due-in-the-next-30-days').getByText(first, { exact: false }).waitFor();

    await page.getByLabel('Task', { exact: true }).fill(second);
    await page.getByLabel('Start', { exact: true }).fill(inDays(10));
    await page.getByLabel('Due', { exact: true }).fill(inDays(25));
    // The searchable picker: type part of the name, Enter takes the first match.
    await page.getByLabel('Find a task').fill(first.slice(0, 12));
    await page.getByLabel('Find a task').press('Enter');
    expect(await page.getByRole('checkbox', { name: first }).isChecked()).toBe(true);
    await page.getByLabel('Task', { exact: true }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'These dates break a dependency' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(new RegExp(`starts .*, before “${first}”`));
    // The dialog takes focus (on Cancel) once it is modal; from there the keyboard confirms.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Save anyway
    await page.getByText(`Added “${second}”.`).waitFor();
    await page.getByRole('heading', { name: 'Dates that break a dependency' }).waitFor();

    // Edit: move the first task's due date; undo puts it back.
    const dueOf = (title: string) =>
      page.getByTestId('task-table').locator('tr', { hasText: title }).locator('td.date').nth(1);
    const due = await dueOf(first).textContent();
    await page.getByRole('button', { name: `Edit ${first}` }).click();
    await page.getByRole('heading', { name: `Change “${first}”` }).waitFor();
    await page.getByLabel('Due', { exact: true }).fill(inDays(5));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Saved “${first}”.`).waitFor();
    await expect.poll(() => dueOf(first).textContent()).not.toBe(due);
    await page.getByRole('button', { name: `Undo the change to “${first}”` }).click();
    await page.getByText(`Undone: the change to “${first}”.`).waitFor();
    await expect.poll(() => dueOf(first).textContent()).toBe(due);

    expect({ where: 'plan', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'plan',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rollout-plan.png'), fullPage: true });

    await page.getByRole('button', { name: `Delete ${first}` }).click();
    await page
      .getByRole('dialog', { name: 'Delete this task?' })
      .getByRole('button', { name: 'Delete task' })
      .click();
    const ask = page.getByRole('dialog', { name: 'Other tasks depend on it' });
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(new RegExp(`“${second}” depends on “${first}”`));
    await ask.getByRole('button', { name: 'Delete anyway' }).click();
    await page.getByText(`Deleted “${first}”.`).waitFor();
    expect(await page.getByTestId('task-table').getByText(first, { exact: true }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download program workbook' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Sonoma-program-model-and-plan.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const titles: unknown[] = [];
    workbook
      .getWorksheet('Plan')
      ?.getColumn(1)
      .eachCell((cell) => titles.push(cell.value));
    expect(titles).toContain(second);
    expect(titles).not.toContain(first);
  });
});

/** A date input takes the date as typed digits in the browser's (US) order. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

describe('a plan of 5,000 tasks in Chromium', () => {
  it('renders only the rows in view, scrolls to the end and filters', async () => {
    const session = await sessions.open({
      route: '#/program/plan',
      prepare: async (dataFolder) => {
        const workbench = openDatabase(databaseFileIn(dataFolder));
        const invoke = typedInvoke(serviceOver(workbench));
        await invoke('workspace.setCounty', { countyId: 49 });
        await saveLargePlan(invoke, largePlan(5000, 49));
        workbench.close();
      },
    });
    const { page } = session;
    const table = page.getByTestId('task-table');
    await page.getByRole('heading', { name: 'Tasks (5000)' }).waitFor({ timeout: 30_000 });
    await table.locator('tbody th').first().waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe('5001');
    // Virtualized: a screenful of rows (plus overscan) in the page, not 5,000.
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
    expect(await page.getByTestId('timeline').locator('li').count()).toBeLessThan(60);

    // Sorted by due date, the last row is the last task; scrolling brings it into the page.
    await page.getByRole('region', { name: 'Tasks of the rollout plan' }).evaluate((region) => {
      region.scrollTop = region.scrollHeight;
    });
    await table.locator('tr[aria-rowindex="5001"]').waitFor();
    await page.getByRole('region', { name: 'Timeline of the rollout plan' }).evaluate((region) => {
      region.scrollTop = region.scrollHeight;
    });
    await page.getByTestId('timeline').locator('li[aria-posinset="5000"]').waitFor();
    // Rows scrolled far down stay inside their regions: the page is no taller than its content.
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight - document.body.scrollHeight),
    ).toBeLessThan(50);

    await page.getByLabel('Title or owner contains').fill('part 4999');
    await page.getByText('1 shown').waitFor();
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      'Set up an implementation team — part 4999',
    ]);
    expect({ where: '5000', findings: await seriousAxeFindings(page) }).toEqual({
      where: '5000',
      findings: [],
    });
    await page.getByLabel('Title or owner contains').fill('');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'rollout-plan-5000.png'),
      fullPage: true,
    });
  });
});
