/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../src/db/openDatabase';
import { AREAS } from '../../src/renderer/areas';
import { countyShown, SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

const shippedSchemaVersion = (
  JSON.parse(
    fs.readFileSync(path.join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: unknown[];
  }
).entries.length;

describe('the Workbench shell in Chromium', () => {
  it('picks a county with the keyboard, and the choice survives a reload', async () => {
    const session = await sessions.open();
    const { page } = session;
    await expect.poll(() => countyShown(page)).toBe('No county chosen');

    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // county combobox
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
    expect(focused).toMatch(/role="combobox"/);
    await page.keyboard.type('san');
    // The arrows move through the counties shown: wait until the list has loaded.
    await page.getByRole('option', { name: 'San Benito', exact: true }).waitFor();
    await page.keyboard.press('ArrowDown'); // San Benito → San Bernardino
    await page.keyboard.press('ArrowDown'); // → San Diego
    await page.keyboard.press('Enter');
    await expect.poll(() => countyShown(page)).toBe('San Diego County');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/San Diego County is now/);

    await page.reload();
    await expect.poll(() => countyShown(page)).toBe('San Diego County');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'San Diego County overview',
    );
  });

  it('skips to the page content from the keyboard without leaving the page', async () => {
    const session = await sessions.open({ route: '#/fiscal' });
    const { page } = session;
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Fiscal summary');
    expect(new URL(page.url()).hash).toBe('#/fiscal');
  });

  it('closes the county list with Escape without changing the county', async () => {
    const session = await sessions.open();
    const { page } = session;
    const picker = page.getByRole('combobox', { name: 'Change county' });
    await picker.fill('yo');
    await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('true');
    // Names starting with the text come first, then names containing it.
    expect(await page.getByRole('option').allTextContents()).toEqual(['Yolo', 'Inyo', 'Siskiyou']);
    await page.keyboard.press('Escape');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    expect(await countyShown(page)).toBe('No county chosen');
  });

  it('says an address is no page instead of showing another page', async () => {
    const session = await sessions.open();
    const { page } = session;
    const heading = page.getByRole('heading', { level: 1 });
    for (const [hash, back] of [
      ['#/nonsense', null],
      ['#/overview/old', null],
      ['#/fiscal/nope', 'Back to the fiscal summary'],
      ['#/program/plan/7', 'Back to the program model'],
      ['#/readiness/round/abc', 'Back to readiness rounds'],
    ] as const) {
      await page.evaluate((to) => {
        window.location.hash = to;
      }, hash);
      await expect.poll(() => heading.textContent()).toBe('Page not found');
      expect(await page.locator('main').textContent()).toContain(`There is no page at ${hash}.`);
      if (back) await page.getByRole('link', { name: back }).waitFor();
      // An address naming no area marks none as current.
      if (hash === '#/nonsense') {
        expect(await page.locator('nav [aria-current="page"]').count()).toBe(0);
      }
    }
    await page.getByRole('link', { name: 'Go to the Overview' }).click();
    await expect.poll(() => heading.textContent()).toBe('Overview');
  });

  it('says what each page is for, and keeps a glossary one click from every page', async () => {
    const session = await sessions.open({ route: '#/fiscal/ledger' });
    const { page } = session;
    const help = page.locator('details.page-help');
    await help.waitFor();
    // Closed until asked, under the heading.
    expect(await help.getAttribute('open')).toBeNull();
    await page.getByText('What this page is for', { exact: true }).click();
    expect(await help.locator('p').textContent()).toMatch(/^Every spending entry/);
    await help.getByRole('link', { name: 'glossary' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe('Glossary');
    // The menu marks the glossary, not the Overview, as the current page.
    expect(await page.locator('nav [aria-current="page"]').allTextContents()).toEqual(['Glossary']);
    expect(await page.locator('.glossary dt').allTextContents()).toEqual(
      expect.arrayContaining(['Leverage ratio', 'SFY (state fiscal year)', 'Suppressed cell']),
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    // From any page, the menu reaches it too.
    await page.getByRole('link', { name: 'Fiscal', exact: true }).click();
    await expect.poll(() => heading.textContent()).not.toBe('Glossary');
    await page.getByRole('link', { name: 'Glossary', exact: true }).click();
    await expect.poll(() => heading.textContent()).toBe('Glossary');
  });

  it('shows the schema version and data folder on Settings', async () => {
    const session = await sessions.open();
    const { page } = session;
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect
      .poll(() => page.getByTestId('schema-version').textContent())
      .toBe(String(shippedSchemaVersion));
    expect(await page.getByText(session.dataFolder, { exact: true }).count()).toBe(1);
    expect(
      await page.getByRole('heading', { level: 1 }).evaluate((h) => h === document.activeElement),
    ).toBe(true);
  });

  it('has no serious or critical accessibility violation on any page', async () => {
    const session = await sessions.open({ demo: true });
    const { page } = session;
    for (const area of AREAS) {
      await page.goto(new URL(`#/${area.id}`, page.url()).href);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      expect({ area: area.id, findings: await seriousAxeFindings(page) }).toEqual({
        area: area.id,
        findings: [],
      });
    }
    // And with the county list open.
    await page.getByRole('combobox', { name: 'Change county' }).fill('s');
    expect(await seriousAxeFindings(page)).toEqual([]);
    // And with nothing matching: the message sits outside the (hidden) listbox.
    await page.getByRole('combobox', { name: 'Change county' }).fill('zzz');
    await expect.poll(() => page.getByText('No county matches “zzz”.').count()).toBe(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    // The check itself must be able to fail: plant an image without a text alternative.
    await page.evaluate(() =>
      document.querySelector('main')?.append(document.createElement('img')),
    );
    expect((await seriousAxeFindings(page)).map((finding) => finding.id)).toContain('image-alt');
  });

  it('loads the demo county with --demo and saves screenshots at 1280×800 and 200% zoom', async () => {
    const session = await sessions.open({ demo: 'flag' });
    const { page } = session;
    await expect.poll(() => countyShown(page)).toBe('Sonoma County');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-1280x800.png') });

    // 200% zoom of a 1280×800 window leaves 640×400 CSS pixels: nothing may need sideways scrolling.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(new URL('#/settings', page.url()).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'shell-200-percent.png'),
      fullPage: true,
    });
  });

  it('shows a refused call in the alert region in words a person can act on', async () => {
    const session = await sessions.open();
    const { page } = session;
    await expect.poll(() => countyShown(page)).toBe('No county chosen');
    // A second tab opened without the printed address has no token.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/missing the Workbench token/);
  });
});
