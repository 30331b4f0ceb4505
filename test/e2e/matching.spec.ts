/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
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
    // The demo's own run is there from the start, and each extract's template and sample too.
    await page.getByRole('link', { name: /^Run 1 of / }).waitFor();
    const cwsSection = page.getByRole('region', { name: 'CWS extract' });
    const [sample] = await Promise.all([
      page.waitForEvent('download'),
      cwsSection.getByRole('button', { name: 'Download a sample CWS extract' }).click(),
    ]);
    expect(sample.suggestedFilename()).toBe('cws-extract-sample.csv');
    expect(fs.readFileSync(await sample.path(), 'utf8')).toMatch(/^person_id,case_number,/);

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
    await page.getByRole('heading', { name: /^Match run \d+, / }).waitFor({ timeout: 90_000 });
    // The page leads with what a coordinator asks; the model's workings are one click away.
    expect(await page.getByTestId('run-lead').textContent()).toMatch(
      /^[\d,]+ people found on both caseloads, in [\d,]+ famil(y|ies) \([\d,]+ Tertiary, [\d,]+ Secondary\); [\d,]+ pairs? needs? a person to look\.$/,
    );
    expect(await page.getByRole('table', { name: 'Weights per field and level' }).isVisible()).toBe(
      false,
    );
    await page.getByText('How the model decided', { exact: true }).click();
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

    // Moving a threshold recounts the bands at once and the run's figures soon after.
    const status = page.getByRole('main').getByRole('status').first();
    const bands = page.getByRole('region', { name: 'Thresholds and bands' });
    const linkedRow = page
      .getByRole('table', { name: 'Pairs in each band' })
      .getByRole('row', { name: /^Linked/ });
    const accept = page.getByLabel('Link pairs at least this likely', { exact: true });
    const review = page.getByLabel('Review pairs from', { exact: true });
    const atRunThresholds = await status.textContent();
    const linkedBefore = await linkedRow.locator('td').nth(1).textContent();
    await accept.fill('0.9');
    await expect.poll(() => linkedRow.locator('td').nth(1).textContent()).not.toBe(linkedBefore);
    await expect.poll(() => status.textContent()).not.toBe(atRunThresholds);
    await review.fill('0.95');
    await expect
      .poll(() => bands.getByRole('alert').textContent())
      .toBe('The review threshold must not be above the link threshold.');
    await review.fill('0.5');
    await expect.poll(() => bands.getByRole('alert').count()).toBe(0);
    const slider = page.getByLabel('Link threshold in bits');
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => accept.inputValue()).not.toBe('0.9');
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    // Back to the run's own thresholds: the review queue uses them.
    await accept.fill('0.999999');
    await review.fill('0.01');
    await expect.poll(() => status.textContent()).toBe(atRunThresholds);

    // The family pairs: case numbers only, virtualized, sortable and filterable.
    const [, families = '', tertiary] =
      /in ([\d,]+) famil(?:y|ies) \(([\d,]+) Tertiary/.exec(atRunThresholds ?? '') ?? [];
    await page.getByRole('link', { name: /^Family pairs \([\d,]+\)$/ }).click();
    await page.getByRole('heading', { name: /^Mutual families of run \d+$/ }).waitFor();
    const familyStatus = page.getByTestId('families-status');
    await expect
      .poll(() => familyStatus.textContent())
      .toMatch(new RegExp(`^Showing ${families} of ${families} family pairs`));
    const familyTable = page.getByRole('table', { name: 'Mutual families' });
    const total = Number(families.replace(/,/g, ''));
    expect(await familyTable.getAttribute('aria-rowcount')).toBe(String(total + 1));
    const familyRows = familyTable.locator('tbody tr:not(.spacer)');
    expect(await familyRows.count()).toBeLessThan(Math.min(total, 60));
    expect(await familyRows.first().locator('th').textContent()).toMatch(/^C-\d{8}$/);
    const personsButton = familyTable.getByRole('button', { name: 'Persons linked' });
    await personsButton.click();
    await personsButton.click();
    const linked = (await familyRows.locator('td.number').allTextContents()).map(Number);
    expect(linked).toEqual([...linked].sort((a, b) => b - a));
    await page.getByLabel('Tier').selectOption('Tertiary');
    await expect
      .poll(() => familyStatus.textContent())
      .toBe(`Showing ${tertiary} of ${families} family pairs: ${tertiary} Tertiary, 0 Secondary.`);
    // Names only for the family asked for.
    expect(await page.getByText(/^[A-Z]+ [A-Z]+ \(A\d+\)$/).count()).toBe(0);
    await familyRows
      .first()
      .getByRole('button', { name: /^Show the names in / })
      .click();
    const names = page.getByRole('region', { name: /^Names in C-\d+ and W-\d+$/ });
    await expect
      .poll(() => names.getByRole('table').locator('tbody tr').count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'matching-families.png'),
      fullPage: true,
    });
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    await names.getByRole('button', { name: 'Hide the names' }).click();
    expect(await names.count()).toBe(0);
    await page.goBack();
    await page.getByRole('heading', { name: /^Match run \d+, / }).waitFor();

    // The workbook: with identifiers only after saying so, twice.
    await page.getByLabel('Include names, dates of birth and SSN last four (confidential)').check();
    await page.getByRole('button', { name: 'Download the run’s workbook' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: 'Export with identifiers' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Sonoma-match-run-\d+-CONFIDENTIAL\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.getWorksheet('Person links')?.getCell('A1').value).toMatch(/^CONFIDENTIAL/);
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
      .poll(() => page.getByTestId('run-decided').textContent())
      .toBe('Reviewers have decided 2 pairs to be the same person and 2 not.');

    // Purging the identifiers keeps the run's figures.
    await page.getByRole('link', { name: 'Mutual families' }).first().click();
    await page.getByRole('button', { name: 'Purge identifiers…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Purge identifiers' }).click();
    const purge = page.getByRole('region', { name: 'Identifiers' });
    await expect
      .poll(() => purge.getByRole('status').textContent())
      .toBe('Purged 14,092 persons of 4 extracts; 2 runs keep their results.');
    // Newest first: this test's run, then the demo's.
    await page
      .getByRole('link', { name: /^Run \d+ of / })
      .first()
      .click();
    await expect.poll(() => rates.locator('tbody tr').count()).toBe(3);
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    await session.close();
  }, 240_000);
});
