/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickCounty, SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

async function expectAxeClean(page: Page, where: string): Promise<void> {
  expect({ where, findings: await seriousAxeFindings(page) }).toEqual({ where, findings: [] });
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const rowHeaders = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody th').allTextContents();
const totalsRows = (page: Page) =>
  page
    .getByTestId('training-totals')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')),
    );

describe('the implementation team and the joint training log in Chromium', () => {
  it('adds, edits and deletes team members and sessions by keyboard, with totals per SFY', async () => {
    // No demo: the totals below are exactly what this test logs.
    const session = await sessions.open({ route: '#/program/team' });
    const { page } = session;
    await pickCounty(page, 'Napa');
    await page.getByRole('heading', { name: 'Add a team member' }).waitFor();

    // A co-chair: choose the program by typing, label the seat, Enter submits.
    await page.getByLabel('Role', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('CWS');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CWS deputy director');
    await page.keyboard.press('Enter');
    await page.getByText('Added “CWS deputy director”.').waitFor();

    // A union representative with contact notes, submitted from the button.
    await page.getByLabel('Role', { exact: true }).focus();
    await page.keyboard.type('Union');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Partner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('SEIU steward');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Through the labor-management committee.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Added “SEIU steward”.').waitFor();
    await expect
      .poll(() => rowHeaders(page, 'team-table'))
      .toEqual(['CWS deputy director', 'SEIU steward']);
    await expectAxeClean(page, 'team page');

    // Edit moves the keyboard into the form with the row loaded; Cancel puts it back on Edit.
    await page.getByRole('button', { name: 'Edit CWS deputy director' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Edit “CWS deputy director”' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('member-role');
    expect(await page.getByLabel('Role label').inputValue()).toBe('CWS deputy director');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Add a team member' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Edit CWS deputy director');

    await page.getByRole('button', { name: 'Delete SEIU steward' }).click();
    const ask = page.getByRole('dialog', { name: 'Delete this team member?' });
    expect(await ask.textContent()).toMatch(/“SEIU steward” \(Partner, Union representative\)/);
    await ask.getByRole('button', { name: 'Delete member' }).click();
    await page.getByText('Deleted “SEIU steward”.').waitFor();
    await expect.poll(() => rowHeaders(page, 'team-table')).toEqual(['CWS deputy director']);

    // The training log, reached from the program model page.
    await page.locator('.breadcrumb').getByRole('link', { name: 'Program model' }).click();
    await page.getByRole('link', { name: 'Joint training log' }).click();
    await page.getByRole('heading', { name: 'Log a training session' }).waitFor();
    // June 30 and July 1 fall in different state fiscal years.
    for (const [date, topic, hours, calworks, cws, partner] of [
      ['2026-06-30', 'Coordinated case plans', '1.5', '10', '8', '2'],
      ['2026-07-01', 'Joint case conferences', '2.25', '4', '', '1'],
    ] as const) {
      // A date field's Tab walks its month, day and year parts: fill it, type the rest.
      await page.getByLabel('Date').fill(date);
      await page.getByLabel('Topic').focus();
      await page.keyboard.type(topic);
      await page.keyboard.press('Tab'); // curriculum stays empty
      await page.keyboard.press('Tab');
      await page.keyboard.type(hours);
      for (const attendees of [calworks, cws, partner]) {
        await page.keyboard.press('Tab');
        await page.keyboard.type(attendees);
      }
      await page.keyboard.press('Enter');
      await page.getByText(`Logged “${topic}”`).waitFor();
    }
    await expect
      .poll(() => totalsRows(page))
      .toEqual([
        // 1.5 h × (10, 8, 2) = 15, 12, 3 attendee-hours.
        ['SFY 2025-26', '1', '1.5', '10', '8', '2', '20', '15', '12', '3', '30'],
        // 2.25 h × (4, 0, 1) = 9, 0, 2.25.
        ['SFY 2026-27', '1', '2.25', '4', '0', '1', '5', '9', '0', '2.25', '11.25'],
      ]);

    // Edit the July session: two hours instead of two and a quarter.
    await page.getByRole('button', { name: 'Edit Joint case conferences' }).click();
    await expect.poll(() => focusedId(page)).toBe('training-date');
    // Exact: the table's column chooser has a checkbox named "Hours column".
    await page.getByLabel('Hours', { exact: true }).fill('2');
    await page.getByLabel('Hours', { exact: true }).press('Enter');
    await page.getByText('Saved changes to “Joint case conferences”').waitFor();
    await expect
      .poll(() => totalsRows(page))
      .toContainEqual(['SFY 2026-27', '1', '2', '4', '0', '1', '5', '8', '0', '2', '10']);
    // Edited again: the row now carries the version the first edit stored, so this is no conflict.
    await page.getByRole('button', { name: 'Edit Joint case conferences' }).click();
    await expect.poll(() => focusedId(page)).toBe('training-date');
    await page.getByLabel('Hours', { exact: true }).fill('1.75');
    await page.getByLabel('Hours', { exact: true }).press('Enter');
    await page.getByText('Saved changes to “Joint case conferences”').waitFor();
    await expect
      .poll(() => totalsRows(page))
      .toContainEqual(['SFY 2026-27', '1', '1.75', '4', '0', '1', '5', '7', '0', '1.75', '8.75']);
    expect(await page.locator('.alert').count()).toBe(0);
    await expectAxeClean(page, 'training page');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'program-training.png'), fullPage: true });

    // Delete asks first, naming the session; Cancel keeps it.
    await page.getByRole('button', { name: 'Delete Coordinated case plans' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this training session?' });
    expect(await confirm.textContent()).toMatch(/“Coordinated case plans” on Jun 30, 2026/);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await rowHeaders(page, 'training-table')).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete Coordinated case plans' }).click();
    await confirm.getByRole('button', { name: 'Delete session' }).click();
    await expect.poll(() => rowHeaders(page, 'training-table')).toEqual(['Joint case conferences']);
    await expect
      .poll(() => totalsRows(page).then((rows) => rows.map((r) => r[0])))
      .toEqual(['SFY 2026-27']);
  });
});
