/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAxeFindings } from './harness';

/** Whether the element is wholly inside the window as the person sees it now. */
export function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });
}

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * The refused form's summary (`#summaryId`) once it has the keyboard: on screen, its heading and
 * its problems in words; and axe finds nothing serious on the page as it is then.
 */
export async function refusal(
  page: Page,
  summaryId: string,
): Promise<{ title: string | null; problems: string[] }> {
  const summary = page.locator(`#${summaryId}`);
  await summary.waitFor();
  await expect.poll(() => focusedId(page)).toBe(summaryId);
  expect({ summaryId, inView: await inView(summary) }).toEqual({ summaryId, inView: true });
  expect({ summaryId, findings: await seriousAxeFindings(page) }).toEqual({
    summaryId,
    findings: [],
  });
  return {
    title: await summary.getByRole('heading').textContent(),
    problems: await summary.getByRole('listitem').allTextContents(),
  };
}
