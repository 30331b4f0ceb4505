/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CWS_CSV } from '../support/matching';
import { refusal } from './formErrors';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

describe('saved extract layouts in Chromium', () => {
  it('saves a mapping as a layout, offers it, exports it, imports it back and deletes it', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-layouts-'));
    const extract = path.join(folder, 'cws-cares.csv');
    fs.writeFileSync(extract, CWS_CSV);
    const session = await sessions.open({
      demo: true,
      route: '#/matching',
      viewport: { width: 1280, height: 720 },
    });
    const { page } = session;
    const section = page.getByRole('region', { name: 'CWS extract' });
    await section.getByLabel('CWS extract file (CSV or Excel)').setInputFiles(extract);
    await expect
      .poll(() => section.getByLabel('Date of birth (required)').inputValue())
      .toBe('dob');

    // A name is asked for, at the form.
    await section.getByRole('button', { name: 'Save this mapping as a layout…' }).click();
    await section.getByRole('button', { name: 'Save the layout' }).click();
    await expect
      .poll(() => section.locator('.field-error').first().textContent())
      .toBe('Give the layout a name.');
    await section.getByLabel('Layout name').fill('CWS-CARES');
    await section.getByRole('button', { name: 'Save the layout' }).click();
    await expect
      .poll(() => section.getByLabel('Layout', { exact: true }).inputValue())
      .not.toBe('0');
    expect(
      await section.getByLabel('Layout', { exact: true }).locator('option').allTextContents(),
    ).toEqual(['— the mapping proposed for this file —', 'CWS-CARES']);
    await section.getByLabel('Layout', { exact: true }).scrollIntoViewIfNeeded();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'matching-layout-choice.png') });

    // A name the county uses for a CWS layout already is refused at the form, in view.
    await section.getByRole('button', { name: 'Save this mapping as a layout…' }).click();
    await section.getByLabel('Layout name').fill('cws-cares');
    await section.getByRole('button', { name: 'Save the layout' }).click();
    const refused = await refusal(page, 'layout-cws-problems');
    expect(refused.title).toBe('The layout was not saved');
    expect(refused.problems.join(' ')).toContain(
      'already has a CWS extract layout named “CWS-CARES”',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'matching-layout-refused.png') });
    await section.getByRole('button', { name: 'Cancel' }).click();

    // Exported as a file of column names, and imported back under the next free name.
    await section.getByText('Layouts of the CWS extract').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Export “CWS-CARES”' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('CWS-CARES.layout.json');
    const saved = path.join(folder, download.suggestedFilename());
    await download.saveAs(saved);
    expect(JSON.parse(fs.readFileSync(saved, 'utf8'))).toMatchObject({
      format: 'linkages-extract-layout',
      version: 1,
      side: 'cws',
      name: 'CWS-CARES',
      mapping: { personId: 'person_id', dob: 'dob' },
    });
    await section.getByLabel('Import a layout file (.json)').setInputFiles(saved);
    await section.getByText('Imported the layout “CWS-CARES (2)”.').waitFor();
    await section.getByRole('button', { name: 'Delete “CWS-CARES (2)”' }).waitFor();
    expect({ findings: await seriousAxeFindings(page) }).toEqual({ findings: [] });
    await section.getByRole('button', { name: 'Delete “CWS-CARES (2)”' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'matching-layouts.png') });

    // Deleted after asking.
    await section.getByRole('button', { name: 'Delete “CWS-CARES (2)”' }).click();
    await page.getByRole('button', { name: 'Delete the layout' }).click();
    await section.getByText('Deleted the layout “CWS-CARES (2)”.').waitFor();
    await expect.poll(() => section.getByRole('button', { name: /^Delete “/ }).count()).toBe(1);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
