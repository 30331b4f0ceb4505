/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  countyShown,
  pickCounty,
  SCREENSHOTS,
  seriousAxeFindings,
  sessionPerTest,
} from './harness';

const sessions = sessionPerTest();

const teamSeats = (page: Page) =>
  page.getByTestId('team-table').locator('tbody th').allTextContents();
const backupReasons = (page: Page) =>
  page
    .getByRole('table', { name: 'Backups, newest first' })
    .locator('tbody td:nth-child(2)')
    .allTextContents();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusInDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('dialog')?.open === true);

async function addSeat(page: Page, program: string, label: string): Promise<void> {
  await page.goto(new URL('#/program/team', page.url()).href);
  await page.getByRole('heading', { name: 'Add a team member' }).waitFor();
  await page.getByLabel('Role', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.type(program);
  await page.keyboard.press('Tab');
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await page.getByText(`Added “${label}”.`).waitFor();
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Backups' }).waitFor();
}

describe('backups on the Settings page in Chromium', () => {
  it('backs up, then restores the backup by keyboard and shows the data as it was', async () => {
    const session = await sessions.open({ route: '#/program/team' });
    const { page } = session;
    await pickCounty(page, 'Napa');
    await addSeat(page, 'CWS', 'CWS deputy director');

    await openSettings(page);
    // The list arrives after the heading: wait for it rather than count what has rendered so far.
    await page.getByText('No backups yet: the first daily one comes within the hour.').waitFor();
    expect(await page.getByTestId('next-backup').textContent()).toBe('Within the hour.');
    await page.getByRole('button', { name: 'Back up now' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('backup-status').textContent())
      .toMatch(/^Backed up at/);
    await expect.poll(() => backupReasons(page)).toEqual(['Made with “Back up now”']);
    // Any backup made today is today's: the next daily one is tomorrow's.
    await expect
      .poll(() => page.getByTestId('next-backup').textContent())
      .toMatch(/^Tomorrow, [A-Z][a-z]{2} \d{1,2}: /);

    // A change after the backup, which the restore must take away.
    await addSeat(page, 'Partner', 'SEIU steward');
    await expect.poll(() => teamSeats(page)).toEqual(['CWS deputy director', 'SEIU steward']);
    // And another county chosen: the restore brings Napa back, and the picker stops saying Sonoma.
    await pickCounty(page, 'Sonoma');
    const pickerStatus = page.locator('.county-picker').getByRole('status');
    await expect
      .poll(() => pickerStatus.textContent())
      .toBe('Sonoma County is now the current county.');

    await openSettings(page);
    const restore = page.getByRole('button', { name: /^Restore the backup of / });
    await restore.focus();
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: 'Restore this backup?' });
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/A backup of the current data is made first/);
    await expect.poll(() => focusInDialog(page)).toBe(true);
    // Escape cancels and puts the keyboard back on the row's button; nothing is restored.
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(page)).toMatch(/^Restore the backup of /);
    expect(await backupReasons(page)).toEqual(['Made with “Back up now”']);

    await page.keyboard.press('Enter');
    await ask.waitFor();
    expect(await focusedText(page)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Restore backup');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('backup-status').textContent())
      .toMatch(/^Restored the backup of .+\. The data from just before is kept as a backup/);
    await expect.poll(() => countyShown(page)).toBe('Napa County');
    expect(await pickerStatus.textContent()).toBe('');
    await expect
      .poll(() => backupReasons(page))
      .toEqual(['The data just before a restore', 'Made with “Back up now”']);
    expect(await seriousAxeFindings(page)).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-backups.png'), fullPage: true });

    // The team page's cached answer was from before the restore: it shows the backup's data now.
    await page.goto(new URL('#/program/team', page.url()).href);
    await expect.poll(() => teamSeats(page)).toEqual(['CWS deputy director']);
    expect(await page.getByRole('alert').textContent()).toBe('');
  });

  it('switches to the rollback journal when the person says the folder is a network drive', async () => {
    const session = await sessions.open({ route: '#/settings' });
    const { page } = session;
    await page.getByRole('heading', { name: 'Network drive' }).waitFor();
    const journal = page.getByTestId('storage-journal');
    await expect.poll(() => journal.textContent()).toMatch(/own disk: .*write-ahead log/);
    // By keyboard: Tab to the box, Space to tick it.
    await page.getByLabel(/on a network drive/).focus();
    await page.keyboard.press('Space');
    await page.getByText('Now using the rollback journal.').waitFor();
    await expect.poll(() => journal.textContent()).toMatch(/as set below.*rollback journal/);
    expect(await page.getByLabel(/on a network drive/).isChecked()).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-network-drive.png') });
  });
});
