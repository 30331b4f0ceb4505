/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSynthExtracts } from '../../scripts/synth-extracts';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

describe('mutual families in Chromium', () => {
  it('imports two extracts, runs the match, reviews five pairs by keyboard, shows the rates', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-extracts-'));
    writeSynthExtracts(folder, {
      calworksPersons: 3000,
      cwsPersons: 1500,
      mutualPersons: 600,
      seed: 4,
    });
    const session = await sessions.open({ demo: true, route: '#/matching' });
    const { page } = session;
    await page.getByRole('heading', { name: 'Mutual families', level: 1 }).waitFor();

    for (const [side, label, persons] of [
      ['calworks', 'CalWORKs extract', '3,000'],
      ['cws', 'CWS extract', '1,500'],
    ] as const) {
      const section = page.getByRole('region', { name: label });
      await section
        .getByLabel(`${label} file (CSV or Excel)`)
        .setInputFiles(path.join(folder, `${side}.csv`));
      // The columns were recognized from the headers.
      await expect
        .poll(() => section.getByLabel('Date of birth (required)').inputValue())
        .toBe('dob');
      await section.getByRole('button', { name: `Import the ${label}` }).click();
      await expect
        .poll(() => section.getByRole('status').textContent(), { timeout: 60_000 })
        .toBe(`Imported ${persons} persons from “${side}.csv”.`);
    }
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    // A wide review band, so there are pairs to review.
    await page.getByLabel('Link pairs at least this likely (0–1)').fill('0.999999');
    await page.getByLabel('Review pairs from (0–1)').fill('0.01');
    await page.getByRole('button', { name: 'Run the match' }).click();
    await page.getByRole('heading', { name: /^Match run \d+$/ }).waitFor({ timeout: 90_000 });
    const rates = page.getByRole('table', { name: 'Match rates, in the statewide table’s shape' });
    await expect.poll(() => rates.locator('tbody tr').count()).toBe(3);
    expect(await rates.locator('tbody th').allTextContents()).toEqual([
      'All CalWORKs children',
      'All CWS children with a referral',
      'CWS children with an open case',
    ]);
    // The model's diagnostics: a row per field level (5 + 5 + 5 + 3 + 3 + 2), and the histogram's table.
    const weights = page.getByRole('table', { name: 'Weights per field and level' });
    expect(await weights.locator('tbody tr').count()).toBe(23);
    await page.getByText('The score histogram as a table').click();
    expect(
      await page
        .getByRole('table', { name: 'Pairs by match weight (1-bit bins)' })
        .locator('tbody tr')
        .count(),
    ).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'matching-run.png'), fullPage: true });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    const reviewLink = page.getByRole('link', { name: /^Review uncertain pairs \((\d+)\)$/ });
    const waiting = Number(/\((\d+)\)/.exec((await reviewLink.textContent()) ?? '')?.[1]);
    expect(waiting).toBeGreaterThanOrEqual(5);

    // Blind review by keyboard: match, not a match, skip, match, not a match.
    await reviewLink.click();
    await page.getByRole('heading', { name: 'Review uncertain pairs' }).waitFor();
    await page.getByRole('table', { name: 'CalWORKs and CWS records side by side' }).waitFor();
    expect(await page.getByText(/%/).count()).toBe(0);
    for (const key of ['y', 'n', 's', 'y', 'n']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toMatch(/2 decided as matches · 2 as non-matches/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'matching-review.png'), fullPage: true });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });

    await page.goBack();
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toMatch(/Reviewers decided 2 matches and 2 non-matches\./);

    // Purging the identifiers keeps the run's figures.
    await page.getByRole('link', { name: 'Mutual families' }).first().click();
    await page.getByRole('button', { name: 'Purge identifiers…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Purge identifiers' }).click();
    const purge = page.getByRole('region', { name: 'Identifiers' });
    await expect
      .poll(() => purge.getByRole('status').textContent())
      .toBe('Purged 4,500 persons of 2 extracts; 1 run keeps its results.');
    await page.getByRole('link', { name: /^Run \d+ of / }).click();
    await expect.poll(() => rates.locator('tbody tr').count()).toBe(3);
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    await session.close();
  }, 240_000);
});
