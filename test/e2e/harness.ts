/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { databaseFileIn } from '../../src/db/dataFolder';
import { runServe, type ServeRun } from '../support/serve';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = path.resolve('test-results');

export interface Session {
  readonly browser: BrowserContext;
  readonly page: Page;
  readonly url: string;
  readonly serve: ServeRun;
  readonly dataFolder: string;
  /** Console messages that report a Content-Security-Policy violation. */
  readonly policyViolations: string[];
  close(): Promise<void>;
}

/**
 * `npm run serve` on a fresh data folder (holding the demo county when asked), and Debian's Chromium on a fresh profile, showing the
 * printed address (at `route`, e.g. "#/fiscal").
 */
export async function openSession(
  options: {
    /**
     * The demo county: a copy of the database built once for the run, or 'flag' to have the
     * server load it itself at start (`--demo`), as a user would.
     */
    demo?: boolean | 'flag';
    route?: string;
    viewport?: { width: number; height: number };
    /** Device pixels per CSS pixel: 2 with a halved viewport is the browser zoomed to 200%. */
    deviceScaleFactor?: number;
    /** Fills the data folder before the server starts (e.g. a plan of thousands of tasks). */
    prepare?: (dataFolder: string) => Promise<void>;
  } = {},
): Promise<Session> {
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-data-'));
  // The demo county as `--demo` loads it, built once for the run (see demoDatabase.ts).
  if (options.demo === true) fs.copyFileSync(inject('demoDatabase'), databaseFileIn(dataFolder));
  await options.prepare?.(dataFolder);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-profile-'));
  const serve = runServe([
    '--data',
    dataFolder,
    '--port',
    '0',
    ...(options.demo === 'flag' ? ['--demo'] : []),
  ]);
  const url = await serve.ready;
  // A fresh --user-data-dir for every session: no state leaks from one test to the next.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const policyViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await page.goto(new URL(options.route ?? '', url).href);
  await page.locator('h1').waitFor();
  return {
    browser,
    page,
    url,
    serve,
    dataFolder,
    policyViolations,
    async close() {
      await browser.close();
      await serve.stop();
      fs.rmSync(dataFolder, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core in the page. It is evaluated through the DevTools protocol, which the page's CSP
 * does not govern, so the policy stays on while we check.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Picks a county by keyboard. Enter chooses the first county shown, so wait until the list has
 * loaded and filtered: Enter on a list still loading chooses nothing.
 */
export async function pickCounty(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Change county' }).fill(name);
  await page.getByRole('option', { name, exact: true }).waitFor();
  await page.keyboard.press('Enter');
  await page
    .getByTestId('current-county')
    .filter({ hasText: `${name} County` })
    .waitFor();
}

/** The county the header shows, e.g. "Sonoma County" or "No county chosen". */
export function countyShown(page: Page): Promise<string | null> {
  return page.getByTestId('current-county').textContent();
}

/**
 * One session per test, closed after it. A page that broke its own Content-Security-Policy would
 * fail quietly in a user's browser, so any violation fails the test here.
 */
export function sessionPerTest(): { open: typeof openSession } {
  let current: Session | undefined;
  afterEach(async () => {
    const session = current;
    current = undefined;
    if (session) {
      expect(session.policyViolations).toEqual([]);
      await session.close();
    }
  });
  return {
    open: async (options) => {
      current = await openSession(options);
      return current;
    },
  };
}
