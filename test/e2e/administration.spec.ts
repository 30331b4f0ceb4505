/**
 * The Administration page on the shared server (issue 24), in Chromium at 1280×720: the
 * administrator adds a user, gives another a new password (refused by the policy first), and
 * changes the session limits; then the new user signs in with the first password.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousAxeFindings } from './harness';
import { openPerson, openSharedServer, signedInAs, type Person } from './sharedHarness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function person(url: string): Promise<Person> {
  const opened = await openPerson(url);
  cleanups.push(() => opened.close());
  return opened;
}

describe('the Administration page', () => {
  it('adds a user, resets a password and changes the session limits', async () => {
    const run = await openSharedServer((county) => [
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: county }] },
    ]);
    cleanups.push(() => run.close());
    const { page } = await person(run.url);
    await signedInAs(page, 'admin');
    await page.goto(`${run.url}#/settings/administration`);
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const users = page.getByTestId('users-table');
    await users.getByRole('row', { name: /cora/ }).waitFor();
    expect(await users.getByRole('row', { name: /cora/ }).textContent()).toContain(
      'Coordinator in',
    );
    const status = page.getByTestId('administration-status');

    // Add a user with a role in a county.
    await page.getByLabel('User name', { exact: true }).fill('fay');
    await page.getByLabel('Display name').fill('Fay Lin');
    await page.getByLabel('First password').fill('a first passphrase for her');
    // Without a role the form refuses, the message above the roles and read with them.
    await page.getByRole('button', { name: 'Add user' }).click();
    const roles = page.locator('fieldset#add-user-grants');
    await expect.poll(() => roles.getAttribute('aria-describedby')).toBe('add-user-grants-error');
    expect(await page.locator('#add-user-grants-error').textContent()).toBe(
      'Give the user at least one role.',
    );
    await page.getByRole('button', { name: 'Add a role' }).click();
    expect(await roles.getAttribute('aria-describedby')).toBeNull();
    await page.getByLabel('Role 1', { exact: true }).selectOption({ label: 'Fiscal staff' });
    await page.getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => status.textContent()).toBe('Added fay. They can sign in now.');
    await users.getByRole('row', { name: /Fay Lin/ }).waitFor();
    expect(await users.getByRole('row', { name: /Fay Lin/ }).textContent()).toContain(
      'Fiscal staff in',
    );

    // A new password for cora: the policy first, at the form, then accepted.
    await page.getByRole('button', { name: 'Reset password of cora' }).click();
    await page.getByRole('heading', { name: 'A new password for cora' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Set password', exact: true }).click();
    const refused = page.getByRole('group', { name: 'The password was not changed' });
    await refused.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
      .toBe('reset-problems');
    await page.getByLabel('New password', { exact: true }).fill('a fresh passphrase for them');
    await page.getByRole('button', { name: 'Set password', exact: true }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('cora has a new password and was signed out everywhere.');

    // Session limits: out of bounds beside the field, then saved.
    await page.getByLabel('Idle minutes').fill('2');
    await page.getByRole('button', { name: 'Save session limits' }).click();
    await page.getByRole('group', { name: 'The session limits were not changed' }).waitFor();
    await page.getByLabel('Idle minutes').fill('15');
    await page.getByLabel('Hours in all').fill('8');
    await page.getByRole('button', { name: 'Save session limits' }).click();
    await expect
      .poll(() => status.textContent())
      .toBe('Saved: signed out after 15 idle minutes or 8 hours in all.');

    expect(await seriousAxeFindings(page)).toEqual([]);
    // Nothing scrolls sideways at 1280×720.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
    await page.getByRole('heading', { level: 1, name: 'Administration' }).scrollIntoViewIfNeeded();
    fs.mkdirSync(path.join(SCREENSHOTS, 'shared'), { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shared', 'administration.png') });
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'shared', 'administration-full.png'),
      fullPage: true,
    });

    // The user added signs in with the first password.
    const fay = await person(run.url);
    await signedInAs(fay.page, 'fay', 'a first passphrase for her');
  });
});
