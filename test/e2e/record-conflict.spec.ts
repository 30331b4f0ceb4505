/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

/** Opens a task in the edit form and reads its owner there. */
async function ownerOf(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: `Edit ${title}` }).click();
  await page.getByRole('heading', { name: `Change “${title}”` }).waitFor();
  return page.getByLabel('Owner (role)').inputValue();
}

describe('two windows on one record', () => {
  it('refuses the second save of a plan task, overwrites nothing, and offers to reload', async () => {
    const session = await sessions.open({ demo: true, route: '#/program/plan' });
    const first = session.page;
    // A second window of the same person: its own tab, with the address the server printed.
    const second = await session.browser.newPage();
    await second.setViewportSize({ width: 1280, height: 720 });
    await second.goto(new URL('#/program/plan', session.url).href);
    const edit = first.getByRole('button', { name: /^Edit / }).first();
    await edit.waitFor();
    const title = ((await edit.getAttribute('aria-label')) ?? (await edit.textContent()) ?? '')
      .replace(/^Edit /, '')
      .trim();
    expect(title).not.toBe('');

    // Both windows open the task for editing; the second has its copy from before the first saves.
    await second.getByRole('button', { name: `Edit ${title}` }).click();
    await second.getByRole('heading', { name: `Change “${title}”` }).waitFor();
    await first.getByRole('button', { name: `Edit ${title}` }).click();
    await first.getByLabel('Owner (role)').fill('CalWORKs deputy director');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await first.getByText(`Saved “${title}”.`).waitFor();

    await second.getByLabel('Task', { exact: true }).fill(`${title} (renamed)`);
    await second.getByRole('button', { name: 'Save changes' }).click();
    const alert = second.getByRole('alert').locator('.alert', { hasText: 'changed elsewhere' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /The task was changed elsewhere at .* \(changed: owner role\) after you opened it.*Your changes were not saved/,
    );
    // The refusal is where the eye is: in view, with the keyboard on Reload.
    const reload = alert.getByRole('button', { name: 'Reload' });
    await expect
      .poll(() => second.evaluate(() => document.activeElement?.textContent))
      .toBe('Reload');
    const box = await alert.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
    expect(await seriousAxeFindings(second)).toEqual([]);
    await second.screenshot({ path: path.join(SCREENSHOTS, 'record-conflict.png') });

    // Nothing was overwritten: the first window's change stands, the rename was not made.
    await first.reload();
    expect(await ownerOf(first, title)).toBe('CalWORKs deputy director');
    expect(await first.getByRole('button', { name: `Edit ${title} (renamed)` }).count()).toBe(0);

    // Reload brings the second window the task as it is now, and a save from there goes through.
    await reload.click();
    expect(await ownerOf(second, title)).toBe('CalWORKs deputy director');
    await second.getByLabel('Task', { exact: true }).fill(`${title} (renamed)`);
    await second.getByRole('button', { name: 'Save changes' }).click();
    await second.getByText(`Saved “${title} (renamed)”.`).waitFor();
  });
});
