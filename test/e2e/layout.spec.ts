/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDemoPackages } from '../../scripts/demo-packages';
import { loadContent } from '../../src/api/content';
import type { Invoke } from '../../src/api/contract';
import { createService, typedInvoke } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { resourcesFolder } from '../../src/server/paths';
import { SCREENSHOTS, sessionPerTest } from './harness';
import {
  NEEDS_DATA_THE_DEMO_LACKS,
  patternOf,
  ROUTE_PATTERNS,
  routeOfHref,
  STATIC_ROUTES,
  type RoutePattern,
} from './routes';

const sessions = sessionPerTest();
/** A page still loading after this long is a problem of its own, and is checked as it stands. */
const SETTLE_MS = 5_000;

interface Size {
  readonly width: number;
  readonly height: number;
  /** 2 for 200% zoom: the window's CSS pixels halve, its device pixels stay. */
  readonly scale?: number;
}

/**
 * What the demo lacks and some pages need, added through the API: a statewide roll-up of 58
 * county packages. (The demo's own match run has family pairs and pairs waiting for review.)
 */
async function addRollup(invoke: Invoke, inputs: string): Promise<void> {
  const rollup = await invoke('reports.createRollup', {
    name: 'Oversight committee, SFY 2025-26',
    sfyStartYear: 2025,
  });
  for (const file of await writeDemoPackages(path.join(inputs, 'packages'), 2025)) {
    const added = await invoke('reports.addPackage', {
      rollupId: rollup.id,
      fileName: path.basename(file),
      bytesBase64: fs.readFileSync(file).toString('base64'),
    });
    if (added.outcome !== 'accepted') throw new Error(`${file}: ${JSON.stringify(added)}`);
  }
}

/** The demo county's database with the roll-up, made once for the three sizes. */
let seeded = '';
let scratch = '';

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-layout-'));
  fs.copyFileSync(inject('demoDatabase'), databaseFileIn(scratch));
  const workbench = openDatabase(databaseFileIn(scratch));
  try {
    const service = createService({
      workbench,
      appVersion: 'e2e',
      actor: 'layout-e2e',
      dataFolder: scratch,
      content: loadContent(resourcesFolder),
    });
    await addRollup(typedInvoke(service), scratch);
    // One file holding every committed change, whatever else holds the database open.
    seeded = path.join(scratch, 'seeded.sqlite');
    workbench.sqlite.prepare('VACUUM INTO ?').run(seeded);
  } finally {
    workbench.close();
  }
}, 60_000);

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** API calls in flight, for a networkidle-like wait after each hash navigation. */
function callsInFlight(page: Page): () => number {
  // A set, not a counter: a call that began before the listeners were attached ends uncounted.
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) inFlight.add(request);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return () => inFlight.size;
}

/**
 * Waits for the page to show its content: an h1, no "Loading…" in main, and no API call in flight
 * for three checks in a row. Says what was still loading if it never settled.
 */
async function settle(page: Page, inFlight: () => number): Promise<string | undefined> {
  const heading = page.locator('main h1');
  try {
    await heading.waitFor({ state: 'visible', timeout: SETTLE_MS });
  } catch {
    return `no h1 within ${SETTLE_MS / 1000} s`;
  }
  let quiet = 0;
  let mainText = '';
  for (const end = Date.now() + SETTLE_MS; Date.now() < end && quiet < 3;) {
    await page.waitForTimeout(100);
    mainText = await page.locator('main').innerText();
    quiet = inFlight() === 0 && !/\bLoading\b/.test(mainText) ? quiet + 1 : 0;
  }
  // Charts and clipped text measure themselves after the data arrives: two frames more.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  if (quiet >= 3) return undefined;
  const loading = /[^\n]*\bLoading\b[^\n]*/.exec(mainText)?.[0];
  return loading
    ? `still shows “${loading.trim()}” after ${SETTLE_MS / 1000} s`
    : `API calls still in flight after ${SETTLE_MS / 1000} s`;
}

/**
 * The layout problems on the page as it is shown. `tables` adds the table checks: no table region
 * scrolls sideways, and every declared key column lies within the window and its region.
 */
function layoutProblems(page: Page, tables: boolean): Promise<string[]> {
  return page.evaluate((tables) => {
    const problems: string[] = [];
    const px = (value: number) => `${Math.round(value)} px`;
    const nameOf = (element: Element): string => {
      const label =
        element.getAttribute('aria-label') ??
        element.querySelector('caption')?.textContent ??
        element.closest('[aria-label]')?.getAttribute('aria-label') ??
        element.closest('section')?.querySelector('h2, h3')?.textContent;
      return label ? `“${label.trim()}”` : `<${element.tagName.toLowerCase()}>`;
    };
    const root = document.documentElement;
    const windowWidth = root.clientWidth;
    if (root.scrollWidth > windowWidth) {
      // Name the elements where the overflow starts: past the window's edge, their parent not,
      // and not inside a region that scrolls (or clips) them itself.
      const clipped = (element: Element) => {
        for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== 'visible') return true;
        }
        return false;
      };
      const culprits = Array.from(document.querySelectorAll('main *'))
        .filter((element) => {
          const parent = element.parentElement;
          return (
            element.getBoundingClientRect().right > windowWidth + 1 &&
            parent !== null &&
            parent.getBoundingClientRect().right <= windowWidth + 1 &&
            !clipped(element)
          );
        })
        .slice(0, 3)
        .map((element) => {
          const rect = element.getBoundingClientRect();
          const name = element.className
            ? `${element.tagName.toLowerCase()}.${String(element.className).split(' ').join('.')}`
            : element.tagName.toLowerCase();
          return `${name} ${nameOf(element)} reaching ${px(rect.right)}`;
        });
      problems.push(
        `page scrolls sideways: document ${px(root.scrollWidth)} wide in a ${px(windowWidth)} window` +
          (culprits.length > 0 ? ` (from ${culprits.join('; ')})` : ''),
      );
    }
    if (!tables) return problems;
    for (const region of Array.from(document.querySelectorAll('main .table-scroll'))) {
      if (region.scrollWidth > region.clientWidth + 1) {
        problems.push(
          `table region ${nameOf(region)} scrolls sideways: content ${px(region.scrollWidth)} wide in ${px(region.clientWidth)}`,
        );
      }
    }
    const reported = new Set<string>();
    for (const cell of Array.from(
      document.querySelectorAll<HTMLElement>('main th[data-key-column]'),
    )) {
      const table = cell.closest('table');
      const key = `key column “${cell.dataset.keyColumn ?? ''}” (${JSON.stringify(cell.innerText.trim())}) of table ${table ? nameOf(table) : '?'}`;
      if (reported.has(key)) continue;
      const rect = cell.getBoundingClientRect();
      let problem: string | undefined;
      if (rect.width === 0 || rect.height === 0) {
        problem = `${key} is not shown (no size)`;
      } else {
        const outside: string[] = [];
        if (rect.left < -0.5 || rect.right > windowWidth + 0.5) {
          outside.push(`the window shows 0–${px(windowWidth)}`);
        }
        const region = cell.closest('.table-scroll');
        if (region) {
          const left = region.getBoundingClientRect().left + region.clientLeft;
          const right = left + region.clientWidth;
          if (rect.left < left - 0.5 || rect.right > right + 0.5) {
            outside.push(`its scrolling region ${nameOf(region)} shows ${px(left)}–${px(right)}`);
          }
        }
        if (outside.length > 0) {
          problem = `${key} is out of view at ${px(rect.left)}–${px(rect.right)}: ${outside.join('; ')}`;
        }
      }
      if (problem) {
        reported.add(key);
        problems.push(problem);
      }
    }
    return problems;
  }, tables);
}

function screenshotFile(size: Size, route: string): string {
  return path.join(
    SCREENSHOTS,
    'layout',
    `${size.width}x${size.height}`,
    `${route.replace(/\//g, '_')}.png`,
  );
}

/**
 * Visits the static routes, then one route per pattern found among the links in main, checking
 * each page and saving its screenshot. Returns every problem as "route @ size: problem".
 */
async function visitEveryRoute(page: Page, size: Size, tables: boolean): Promise<string[]> {
  const label = `${size.width}×${size.height}${size.scale ? ` at ${size.scale * 100}%` : ''}`;
  const inFlight = callsInFlight(page);
  const problems: string[] = [];
  const queued = new Set<RoutePattern>(STATIC_ROUTES);
  const queue: string[] = [...STATIC_ROUTES];
  const unmatched = new Map<string, string>();
  let keyColumns = 0;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const route = next;
    await page.goto(new URL(`#/${route}`, page.url()).href);
    const notSettled = await settle(page, inFlight);
    if (notSettled) problems.push(`${route} @ ${label}: ${notSettled}`);
    if (size.scale !== undefined) {
      const ratio = await page.evaluate(() => window.devicePixelRatio);
      if (ratio !== size.scale) problems.push(`${route} @ ${label}: device pixel ratio ${ratio}`);
    }
    keyColumns += await page.locator('main th[data-key-column]').count();
    for (const problem of await layoutProblems(page, tables)) {
      problems.push(`${route} @ ${label}: ${problem}`);
    }
    const file = screenshotFile(size, route);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true, scale: 'css' });

    const hrefs = await page
      .locator('main a[href^="#/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const linked = routeOfHref(href) ?? '';
      const pattern = patternOf(linked);
      if (pattern === undefined) {
        if (!unmatched.has(href)) unmatched.set(href, route);
      } else if (!queued.has(pattern)) {
        queued.add(pattern);
        queue.push(linked);
      }
    }
  }
  for (const [href, from] of unmatched) {
    problems.push(
      `${href} @ ${label}: linked from ${from}, matches no route pattern (add it to routes.ts)`,
    );
  }
  for (const pattern of ROUTE_PATTERNS) {
    if (!queued.has(pattern) && NEEDS_DATA_THE_DEMO_LACKS[pattern] === undefined) {
      problems.push(`${pattern} @ ${label}: never visited, no page in main links to one`);
    }
  }
  // The check must be able to fail: a renamed attribute would leave nothing to check.
  if (tables && keyColumns === 0) {
    problems.push(`every page @ ${label}: no th[data-key-column] anywhere, no key column checked`);
  }
  return problems;
}

/** One readable list, so a failure shows every problem at once. */
function report(problems: string[]): string {
  return problems.length === 0 ? 'none' : `\n${problems.map((p) => `  - ${p}`).join('\n')}\n`;
}

describe('every page of the demo county fits the window', () => {
  /** The demo county with a roll-up: the data folder gets the seeded copy. */
  const openSeeded = (viewport: Size) =>
    sessions.open({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.scale,
      prepare: async (dataFolder) => fs.copyFileSync(seeded, databaseFileIn(dataFolder)),
    });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ]) {
    it(`at ${size.width}×${size.height}: no sideways scrolling, every key column in view`, async () => {
      const { page } = await openSeeded(size);
      expect(report(await visitEveryRoute(page, size, true))).toBe('none');
    }, 180_000);
  }

  it('at 200% zoom of 1280×720 (640×360 CSS px): no page scrolls sideways (WCAG reflow)', async () => {
    const size = { width: 640, height: 360, scale: 2 };
    const { page } = await openSeeded(size);
    // A data table may scroll inside its own region here: only the page itself is checked.
    expect(report(await visitEveryRoute(page, size, false))).toBe('none');
  }, 180_000);
});
