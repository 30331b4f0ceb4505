/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusedId, inView } from './formErrors';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('a refused save is shown where the person is looking', () => {
  it('rollout plan: a task due before it starts', async () => {
    const session = await sessions.open({
      demo: true,
      route: '#/program/plan',
      viewport: { width: 1280, height: 720 },
    });
    const { page } = session;
    const title = 'Train the new intake clerks';
    await page.getByLabel('Task', { exact: true }).fill(title);
    await page.getByLabel('Start', { exact: true }).fill(inDays(10));
    await page.getByLabel('Due', { exact: true }).fill(inDays(5));
    await page.getByRole('button', { name: 'Add task' }).click();

    // The summary at the top of the form takes the keyboard, on screen, naming the field.
    const summary = page.locator('#task-problems');
    await summary.waitFor();
    await expect.poll(() => focusedId(page)).toBe('task-problems');
    expect(await inView(summary)).toBe(true);
    expect(await summary.getByRole('heading').textContent()).toBe('The task was not added');
    const items = await summary.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Due: “Train the new intake clerks” is due \(.+\) before it starts/);

    // From the summary to the field, whose own message is beside it and tied to it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('task-due');
    const due = page.getByLabel('Due', { exact: true });
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await due.getAttribute('aria-describedby')).toBe('task-due-error');
    expect(await page.locator('#task-due-error').textContent()).toContain('before it starts');
    expect(await inView(page.locator('#task-due-error'))).toBe(true);

    // Nothing was added, and nothing typed was lost.
    expect(await page.getByTestId('task-table').textContent()).not.toContain(title);
    expect(await page.getByLabel('Task', { exact: true }).inputValue()).toBe(title);
    expect({ where: 'refused task', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'refused task',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'form-errors-task.png') });

    // Fixed, the words go, and the task is added.
    await due.fill(inDays(20));
    expect(await page.locator('#task-due-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByText(`Added “${title}”.`).waitFor();
    expect(await page.locator('#task-problems').count()).toBe(0);
  });
});
