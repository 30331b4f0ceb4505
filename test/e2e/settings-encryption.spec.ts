/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../src/db/dataFolder';
import { lookOfDataFile } from '../../src/db/encryption';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();
const PASSPHRASE = 'river stone lantern meadow';

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      text: element?.textContent ?? '',
      testId: element?.getAttribute('data-testid'),
      id: element?.id,
    };
  });

describe('encryption at rest on the Settings page in Chromium', () => {
  it('is offered at first start, and encrypts from Settings with the passphrase typed twice', async () => {
    const session = await sessions.open();
    const { page } = session;
    const offer = page.getByRole('region', { name: 'Encrypt the county’s data?' });
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/A lost passphrase means lost data/);
    await offer.getByRole('link', { name: 'Set up encryption' }).click();
    // The link lands on the section, with the keyboard there.
    await expect.poll(async () => (await focused(page)).text).toBe('Encryption at rest');
    const status = page.getByTestId('encryption-status');
    await expect.poll(() => status.textContent()).toMatch(/are not encrypted/);

    const form = page.getByRole('form', { name: 'Encrypt the data' });
    await form.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
    await form.getByLabel('New passphrase again').fill('river stone lantern meadows');
    await page.keyboard.press('Enter');
    // Refused at this form: a summary that takes the keyboard, and the message beside the field.
    const problem = page.locator('#encrypt-problems');
    await expect.poll(async () => (await focused(page)).id).toBe('encrypt-problems');
    expect(await problem.textContent()).toMatch(/The two passphrases differ/);
    const again = form.getByLabel('New passphrase again');
    expect(await again.getAttribute('aria-invalid')).toBe('true');
    expect(await again.evaluate((input) => input.getAttribute('aria-describedby'))).toBe(
      'encrypt-confirmPassphrase-error',
    );
    expect(await form.locator('#encrypt-confirmPassphrase-error').textContent()).toMatch(
      /Type the same passphrase in both fields/,
    );
    // The summary's button puts the keyboard on the field, without leaving the page.
    await problem.getByRole('button', { name: 'Go to New passphrase again' }).press('Enter');
    expect(await again.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(new URL(page.url()).hash).toBe('#/settings/encryption');
    expect(lookOfDataFile(databaseFileIn(session.dataFolder))).toBe('plain');

    await again.fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    const outcome = page.getByTestId('encryption-outcome');
    // Rewriting the file under a key derived from the passphrase takes a few seconds here.
    await expect
      .poll(() => outcome.textContent(), { timeout: 30_000 })
      .toMatch(/^The data is now encrypted\./);
    expect((await focused(page)).testId).toBe('encryption-outcome');
    await expect.poll(() => status.textContent()).toMatch(/are encrypted: they open only with/);
    expect(lookOfDataFile(databaseFileIn(session.dataFolder))).toBe('encrypted');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // A wrong current passphrase is named at its field of the form that was sent.
    const change = page.getByRole('form', { name: 'Change the passphrase' });
    await change.getByLabel('Current passphrase').fill('not the passphrase at all');
    await change.getByLabel('New passphrase', { exact: true }).fill('another long passphrase');
    await change.getByLabel('New passphrase again').fill('another long passphrase');
    await change.getByRole('button', { name: 'Change the passphrase' }).press('Enter');
    await expect
      .poll(() => change.locator('#change-passphrase-current-error').textContent(), {
        timeout: 10_000,
      })
      .toBe('That is not the passphrase the data is encrypted with. Nothing was changed.');
    expect(await page.locator('#decrypt-problems').count()).toBe(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'settings-encryption.png'),
      fullPage: true,
    });

    // Overview no longer offers it.
    await page.goto(new URL('#/overview', page.url()).href);
    await page.locator('h1').waitFor();
    await page.getByRole('heading', { name: 'Readiness' }).waitFor();
    expect(await offer.count()).toBe(0);
  });

  it('remembers “Not now”', async () => {
    const session = await sessions.open();
    const { page } = session;
    const offer = page.getByRole('region', { name: 'Encrypt the county’s data?' });
    await offer.getByRole('button', { name: 'Not now' }).press('Enter');
    await offer.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const asked = page.waitForResponse((response) =>
      response.url().includes('api/system.encryption'),
    );
    await page.reload();
    await asked;
    await page.getByRole('heading', { name: 'Readiness' }).waitFor();
    expect(await offer.count()).toBe(0);
  });
});
