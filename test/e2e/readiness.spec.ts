/// <reference lib="dom" />
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickCounty, SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

const ITEMS = 50;

async function expectAxeClean(page: Page, where: string): Promise<void> {
  expect({ where, findings: await seriousAxeFindings(page) }).toEqual({ where, findings: [] });
}

/** Waits until every queued answer has reached the database (saves go one at a time). */
async function saved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('status').last().textContent(), { timeout: 20_000 })
    .toBe('All answers saved.');
}

/** Adds a respondent from the round page and answers every statement with the keys given. */
async function enterRespondent(page: Page, program: string, role: string, keys: string[]) {
  // Keyboard only: type-ahead picks the option in each select, Tab moves on, Enter submits.
  await page.getByLabel('Program', { exact: true }).focus();
  await page.keyboard.type(program);
  await page.keyboard.press('Tab');
  await page.keyboard.type(role);
  await page.keyboard.press('Tab'); // label
  await page.keyboard.press('Tab'); // "Add and enter answers"
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'Add and enter answers',
  );
  await page.keyboard.press('Enter');
  await page.getByText(`0 of ${ITEMS} answered`).waitFor();
  // Focus lands on the first statement without an answer: from here the keyboard does it all.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('fieldset')?.dataset.itemIndex))
    .toBe('0');
  for (const key of keys) await page.keyboard.press(key);
  await page.getByText(`${ITEMS} of ${ITEMS} answered`).waitFor();
  await saved(page);
}

describe('a readiness round in Chromium', () => {
  it('is opened, answered by keyboard, scored and charted', async () => {
    const session = await sessions.open({ route: '#/readiness' });
    const { page } = session;
    await pickCounty(page, 'Yolo');
    await page.getByRole('heading', { name: 'Yolo County rounds' }).waitFor();
    await expectAxeClean(page, 'rounds page');

    await page.getByLabel('Title').fill('Autumn 2026');
    await page.getByLabel('Held on').fill('2026-10-05');
    await page.getByLabel('Title').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Autumn 2026' }).waitFor();
    await expectAxeClean(page, 'round page');

    // CalWORKs manager: 4 on every statement. CWS line worker: 3 on all but the last, "don't know".
    await enterRespondent(page, 'CalWORKs', 'Manager', Array<string>(ITEMS).fill('4'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'readiness-entry.png') });
    // Focus stays on the answer just given to the last statement, not on another radio.
    expect(
      await page.evaluate(() => {
        const focused = document.activeElement as HTMLInputElement | null;
        return [focused?.name, focused?.value, focused?.checked];
      }),
    ).toEqual([expect.stringMatching(/-\d{2}$/), '4', true]);
    await expectAxeClean(page, 'answer entry');
    await page.getByRole('link', { name: 'Done: back to the round' }).click();
    // One respondent's answers are shown, but as provisional: no level, and why in words.
    await page.getByRole('link', { name: 'See results' }).click();
    await page.getByTestId('provisional').waitFor();
    expect(await page.getByTestId('provisional').textContent()).toMatch(
      /^Provisional: they rest on one respondent\./,
    );
    expect(await page.getByTestId('overall-score').textContent()).toBe('4.0');
    expect(await page.getByText('Ready to coordinate', { exact: true }).count()).toBe(0);
    await page.locator('.breadcrumb').getByRole('link', { name: 'Autumn 2026' }).click();
    await enterRespondent(page, 'CWS', 'Line staff', [...Array<string>(ITEMS - 1).fill('3'), '0']);
    // Focus stayed on the last statement: Up once and Delete clear statement 49; 3 answers it again.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    await page.getByText(`${ITEMS - 1} of ${ITEMS} answered`).waitFor();
    await page.keyboard.press('3');
    await page.getByText(`${ITEMS} of ${ITEMS} answered`).waitFor();
    await saved(page);

    await page.getByRole('link', { name: 'Done: back to the round' }).click();
    await expect
      .poll(() => page.getByText(`${ITEMS} of ${ITEMS}`, { exact: true }).count())
      .toBe(2);
    // Back to the first respondent: the sheet shows what was saved, not the empty first visit.
    await page.getByRole('link', { name: 'Enter answers of Respondent 1', exact: true }).click();
    await page.getByText(`${ITEMS} of ${ITEMS} answered`).waitFor();
    expect(
      await page.locator('fieldset[data-item-index="0"] input:checked').getAttribute('value'),
    ).toBe('4');
    await page.getByRole('link', { name: 'Done: back to the round' }).click();
    await page.getByRole('link', { name: 'See results' }).click();

    // Every domain pools 4s and 3s: 3.5, except the last, where the CWS "don't know" is left out:
    // (5 × 4 + 4 × 3) / 9 = 3.56. Overall = (9 × 3.5 + 3.56) / 10 = 3.506 → 3.5, "Ready to coordinate".
    await expect.poll(() => page.getByTestId('overall-score').textContent()).toBe('3.5');
    expect(await page.getByText('Ready to coordinate', { exact: true }).count()).toBe(1);
    expect(await page.getByTestId('provisional').count()).toBe(0);
    const rows = await page.getByTestId('domain-table').locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatch(/3\.5 \(10\)\s+4\.0 \(5\)\s+3\.0 \(5\)/);
    expect(rows[9]).toMatch(/3\.6 \(9\)\s+4\.0 \(5\)\s+3\.0 \(4\) †/);
    // The charts are drawn (one SVG bar per domain and program), with the table as alternative.
    expect(await page.locator('.chart .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(20);
    expect(await page.getByText('Recommendation', { exact: true }).count()).toBe(1);
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'readiness-results.png'),
      fullPage: true,
    });
    await expectAxeClean(page, 'results page');
    // 200% zoom: the page never scrolls sideways; the wide table scrolls in its own region.
    await page.setViewportSize({ width: 640, height: 400 });
    // Charts re-measure after the resize (ResizeObserver), so give them a moment.
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      )
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'readiness-results-200-percent.png') });
  });

  it('closes a round as read-only and reopens it only after confirming', async () => {
    const session = await sessions.open({ demo: true, route: '#/readiness' });
    const { page } = session;
    await page.getByRole('link', { name: 'Spring 2026 readiness', exact: true }).click();
    await page.getByText('Edit round details').click();
    await page.getByLabel('Title').fill('Spring 2026 readiness (final)');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spring 2026 readiness (final)' }).waitFor();
    await page.getByRole('button', { name: 'Close round' }).click();
    await page.getByText('Closed (read-only)').waitFor();
    expect(await page.getByRole('button', { name: 'Add and enter answers' }).count()).toBe(0);
    expect(await page.getByText('Edit round details').count()).toBe(0);

    await page.getByRole('button', { name: 'Reopen round' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reopen this round?' });
    await dialog.waitFor();
    await expectAxeClean(page, 'confirm dialog');
    // Escape cancels: still closed.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByText('Closed (read-only)').count()).toBe(1);
    // Focus starts on Cancel; Tab to the confirming button and press Enter.
    await page.getByRole('button', { name: 'Reopen round' }).click();
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Close round' }).waitFor();
  });
});

describe('answer entry when a save is refused', () => {
  it('says so, and shows the answer that is stored rather than the one refused', async () => {
    const session = await sessions.open({ demo: true, route: '#/readiness' });
    const { page } = session;
    await page.getByRole('link', { name: 'Spring 2026 readiness', exact: true }).click();
    await page.getByRole('link', { name: 'Enter answers of Respondent 1', exact: true }).click();
    await page.getByText(`${ITEMS} of ${ITEMS} answered`).waitFor();
    const first = page.locator('fieldset[data-item-index="0"]');
    const stored = await first.locator('input:checked').getAttribute('value');
    // Someone closes the round in another window while this one is open.
    await page.evaluate(async () => {
      const round = Number(/round\/(\d+)/.exec(location.hash)?.[1]);
      await fetch('api/readiness.setRoundStatus', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-linkages-token': sessionStorage.getItem('linkages.token') ?? '',
        },
        body: JSON.stringify({ roundId: round, status: 'closed' }),
      });
    });
    await first.locator('input').first().focus();
    await page.keyboard.press(stored === '1' ? '2' : '1');
    await expect
      .poll(() => page.getByRole('status').last().textContent())
      .toBe('1 answer was not saved: the sheet now shows what is stored.');
    expect(await page.getByRole('alert').textContent()).toMatch(
      /is closed\. Reopen it to change it/,
    );
    expect(await first.locator('input:checked').getAttribute('value')).toBe(stored);
  });
});

describe('answer entry and record versions', () => {
  it('saves details and answers of one respondent from one page, and refuses an older copy', async () => {
    const session = await sessions.open({ demo: true, route: '#/readiness' });
    const { page } = session;
    await page.getByRole('link', { name: 'Spring 2026 readiness', exact: true }).click();
    await page.getByRole('link', { name: 'Enter answers of Respondent 1', exact: true }).click();
    await page.getByText(`${ITEMS} of ${ITEMS} answered`).waitFor();
    const statement = (index: number) => page.locator(`fieldset[data-item-index="${index}"]`);
    async function answer(index: number): Promise<void> {
      const stored = await statement(index).locator('input:checked').getAttribute('value');
      await statement(index).locator('input').first().focus();
      await page.keyboard.press(stored === '1' ? '2' : '1');
    }
    async function relabel(label: string): Promise<void> {
      await page.getByText('Edit respondent details').click();
      await page.getByLabel('Label (optional, not a name)').fill(label);
      await page.getByRole('button', { name: 'Save details' }).click();
      await page.getByRole('heading', { level: 1, name: `Answers of ${label}` }).waitFor();
    }

    // Details, answers, details again: each save is made from the version the one before stored.
    await relabel('Unit 3');
    await answer(0);
    await saved(page);
    await answer(1);
    await saved(page);
    await relabel('Unit 3 north');
    await answer(2);
    await saved(page);
    expect(await page.locator('.alert').count()).toBe(0);

    // Another window changes the respondent: this page's next answer is refused, not saved.
    await page.evaluate(async () => {
      const respondentId = Number(/respondent\/(\d+)/.exec(location.hash)?.[1]);
      const call = async (method: string, input: unknown) => {
        const response = await fetch(`api/${method}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-linkages-token': sessionStorage.getItem('linkages.token') ?? '',
          },
          body: JSON.stringify(input),
        });
        return ((await response.json()) as { value: never }).value;
      };
      const stored: { respondent: { version: number; program: string; roleLevel: string } } =
        await call('readiness.getAnswers', { respondentId });
      await call('readiness.updateRespondent', {
        respondentId,
        version: stored.respondent.version,
        program: stored.respondent.program,
        roleLevel: stored.respondent.roleLevel,
        label: 'Unit 9',
      });
    });
    const before = await statement(3).locator('input:checked').getAttribute('value');
    await answer(3);
    await expect
      .poll(() => page.getByRole('status').last().textContent())
      .toBe('1 answer was not saved: the sheet now shows what is stored.');
    const alert = page
      .locator('.alert')
      .filter({ hasText: 'The respondent was changed elsewhere' });
    expect(await alert.textContent()).toContain('(changed: label)');
    expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    expect(await statement(3).locator('input:checked').getAttribute('value')).toBe(before);
  });
});

describe('readiness workbooks in Chromium', () => {
  it('downloads the readiness workbook with the figures the page shows', async () => {
    const session = await sessions.open({ demo: true, route: '#/readiness' });
    const { page } = session;
    await page.getByRole('link', { name: 'Results of Spring 2026 readiness' }).click();
    const shown = await page.getByTestId('overall-score').textContent();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download readiness workbook' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Sonoma-Spring-2026-readiness.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const overall = workbook.getWorksheet('Summary')?.getCell('B6').value;
    expect(typeof overall).toBe('number');
    expect((overall as number).toFixed(1)).toBe(shown);
    expect(workbook.getWorksheet('Responses')?.rowCount).toBe(1 + 17);
  });

  it('imports a filled template, and lists every problem of a bad one', async () => {
    const session = await sessions.open({ route: '#/readiness' });
    const { page } = session;
    await pickCounty(page, 'Napa');
    await page.getByLabel('Title').fill('Imported round');
    await page.getByLabel('Title').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Imported round' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the response workbook template' }).click(),
    ]);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(await download.path());
    const sheet = template.getWorksheet('Responses');
    const columns = (sheet?.getRow(1).cellCount ?? 0) - 3;
    if (!sheet) throw new Error('the template has no Responses sheet');
    sheet.getRow(2).values = ['CalWORKs', 'Manager', '', ...Array<number>(columns).fill(4)];
    sheet.getRow(3).values = ['CWS', 'Line staff', 'Unit 2', ...Array<number>(columns).fill(3)];
    const good = path.join(session.dataFolder, 'filled.xlsx');
    await template.xlsx.writeFile(good);
    sheet.getRow(4).values = ['Probation', 'Line staff', '', 9];
    const bad = path.join(session.dataFolder, 'bad.xlsx');
    await template.xlsx.writeFile(bad);

    await page.getByLabel('Filled template (.xlsx)').setInputFiles(bad);
    await page.getByRole('button', { name: 'Import responses' }).click();
    await page.getByRole('heading', { name: 'Problems in the file (2)' }).waitFor();
    expect(await page.locator('.problems li').allTextContents()).toEqual([
      'Responses!A4: Program must be CalWORKs, CWS, Partner.',
      expect.stringMatching(/^Responses!D4: "9" is not an answer/),
    ]);
    expect(await page.getByText('Respondents (0)').count()).toBe(1);
    await expectAxeClean(page, 'import problems');

    await page.getByLabel('Filled template (.xlsx)').setInputFiles(good);
    await page.getByRole('button', { name: 'Import responses' }).click();
    await page.getByText('Imported 2 respondents from filled.xlsx.').waitFor();
    await page.getByText('Respondents (2)').waitFor();
  });
});
