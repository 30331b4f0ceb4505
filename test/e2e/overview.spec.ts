/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pickCounty, SCREENSHOTS, seriousAxeFindings, sessionPerTest } from './harness';

const sessions = sessionPerTest();

const stepStates = (page: Page) =>
  page
    .locator('.getting-started__steps li')
    .evaluateAll((items) =>
      items.map((li) => `${li.querySelector('a')?.textContent ?? ''}: ${li.dataset.done ?? ''}`),
    );

const countyHeadings = (page: Page) =>
  page.locator('main h2:not(#encryption-offer-heading)').allTextContents();

describe('the Overview says where the county stands', () => {
  it('leads a county with nothing yet with its first steps, each ticking itself as its data appears', async () => {
    const session = await sessions.open({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await pickCounty(page, 'Sonoma');
    const started = page.getByRole('heading', { name: 'Getting started' });
    await started.waitFor();
    // The steps come before anything else the page says about the county (after the first
    // start's offer to encrypt, which is about the file).
    expect(await countyHeadings(page)).toEqual(['Getting started', 'All areas']);
    expect(await page.getByText('0 of 7 steps done', { exact: false }).count()).toBe(1);
    expect((await stepStates(page)).every((s) => s.endsWith(': false'))).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Open a readiness round from its step's link, then come back: the step is done.
    await page.getByRole('link', { name: 'Open a readiness round' }).click();
    await page.getByLabel('Title').fill('Winter readiness');
    await page.getByLabel('Held on').fill('2026-12-01');
    await page.getByLabel('Title').press('Enter');
    await page.getByRole('heading', { level: 1, name: /Winter readiness/ }).waitFor();
    await page.goto(new URL('#/overview', page.url()).href);
    await expect.poll(() => stepStates(page)).toContain('Open a readiness round: true');
    expect(await page.getByText('1 of 7 steps done', { exact: false }).count()).toBe(1);
    // Once started, what needs attention leads, and the open round is in it.
    expect((await countyHeadings(page))[0]).toBe('Needs attention now');
    expect(await page.getByText('“Winter readiness”', { exact: false }).count()).toBe(1);
  });

  it('lists what needs someone in the demo county first, each linked to its page', async () => {
    const session = await sessions.open({ demo: true, viewport: { width: 1280, height: 720 } });
    const { page } = session;
    const now = page.getByRole('region', { name: 'Needs attention now' });
    await now.waitFor();
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual([
      'Needs attention now',
      'Coming up',
      'Where things stand',
    ]);
    // Every card used to say "Ready"; no line of the standing does.
    expect(await page.getByText('Ready', { exact: true }).count()).toBe(0);

    const overdue = now
      .getByRole('listitem')
      .filter({ hasText: /rollout tasks? (is|are) overdue/ });
    expect(await overdue.count()).toBe(1);
    // The first line sits inside the window without scrolling.
    const top = await now
      .getByRole('listitem')
      .first()
      .evaluate((li) => li.getBoundingClientRect().bottom);
    expect(top).toBeLessThan(720);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview-demo-1280x720.png') });
    expect(await seriousAxeFindings(page)).toEqual([]);

    await overdue.getByRole('link', { name: 'Rollout plan' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/program/plan');
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
});
