/// <reference lib="dom" />
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

describe('the program model in Chromium', () => {
  it('starts from the readiness recommendation and keeps a status change with its reason', async () => {
    const session = await sessions.open({ demo: true, route: '#/program' });
    const { page } = session;
    await page.getByRole('heading', { name: 'From the readiness recommendation' }).waitFor();
    const accept = page.getByRole('button', { name: /^Add these \d+ components to the model$/ });
    const proposed = Number(/\d+/.exec((await accept.textContent()) ?? '')?.[0]);
    expect(proposed).toBeGreaterThan(0);
    expect({ where: 'before', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'before',
      findings: [],
    });
    await accept.click();
    await page.getByText('Everything it recommends is in the model.').waitFor();
    expect(await page.locator('.component-card').count()).toBe(proposed);

    // Keyboard: the first card's status, a reason, then Save.
    const card = page.locator('.component-card').first();
    const name =
      (await card.locator('h3').textContent())?.replace(/(Considering|Planned)$/, '').trim() ?? '';
    await card.getByText(`Change ${name}`, { exact: false }).click();
    await card.getByLabel('Status').focus();
    await page.keyboard.type('Installing');
    await card.getByLabel('Why the status changes').focus();
    await page.keyboard.type('Team formed in October.');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.status-badge').textContent()).toBe('Installing');
    await card.getByText(`History of ${name}`, { exact: false }).click();
    const history = await card.locator('details li').allTextContents();
    expect(history).toHaveLength(2);
    expect(history[1]).toMatch(/Installing — Team formed in October\./);
    expect({ where: 'after', findings: await seriousAxeFindings(page) }).toEqual({
      where: 'after',
      findings: [],
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'program-model.png'), fullPage: true });
  });
});
