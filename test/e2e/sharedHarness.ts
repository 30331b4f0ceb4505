/**
 * The shared server for e2e tests: the demo county's database with users added, `npm run serve --
 * --shared` on it as a county would run it, and one Chromium profile per person.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { runServe, type ServeRun } from '../support/serve';
import { addTestUsers, type TestUser } from '../support/sharedServer';
import { CHROMIUM_ARGS, SCREENSHOTS } from './harness';

export const E2E_PASSWORD = 'four staff share one county';

export interface SharedServerRun {
  readonly url: string;
  readonly serve: ServeRun;
  /** The demo county's id, for the users' grants. */
  readonly demoCounty: number;
  close(): Promise<void>;
}

/** `users` are given the demo county's id, to grant roles in it. */
export async function openSharedServer(
  users: (demoCounty: number) => readonly TestUser[],
  extraArgs: readonly string[] = [],
  listen = '127.0.0.1:0',
): Promise<SharedServerRun> {
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-shared-'));
  fs.copyFileSync(inject('demoDatabase'), databaseFileIn(dataFolder));
  const workbench = openDatabase(databaseFileIn(dataFolder));
  const chosen = workbench.sqlite
    .prepare(`SELECT value_json FROM workspace_setting WHERE key = 'currentCountyId'`)
    .get() as { value_json: string } | undefined;
  const demoCounty = Number(JSON.parse(chosen?.value_json ?? '0'));
  // A shared server with nobody to administer it does not start (cli.ts).
  const everyone = [
    { userName: 'admin', grants: [{ role: 'administrator', countyId: null }] } as const,
    ...users(demoCounty),
  ];
  await addTestUsers(workbench, everyone, E2E_PASSWORD);
  workbench.close();
  const serve = runServe(['--shared', '--data', dataFolder, '--listen', listen, ...extraArgs]);
  const url = await serve.ready;
  return {
    url,
    serve,
    demoCounty,
    async close() {
      await serve.stop();
      fs.rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}

export interface Person {
  readonly browser: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** One person's Chromium, on a fresh profile, at the shared server's address. */
export async function openPerson(
  url: string,
  viewport = { width: 1280, height: 720 },
): Promise<Person> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-e2e-profile-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(url);
  await page.locator('h1').waitFor();
  return {
    browser,
    page,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in on the sign-in page by keyboard, as a person would. */
export async function signInByKeyboard(page: Page, userName: string, password = E2E_PASSWORD) {
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

/** Signs in by keyboard and waits until the page names who is signed in. */
export async function signedInAs(page: Page, userName: string, password = E2E_PASSWORD) {
  await signInByKeyboard(page, userName, password);
  await page.getByRole('group', { name: 'Signed in' }).getByText(userName).waitFor();
}

/** A call made from the person's own page, with their session, as a script on it would. */
export function callFromPage(
  page: Page,
  method: string,
  input: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ([name, body]) => {
      const answer = await fetch(`api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: answer.status, body: (await answer.json()) as unknown };
    },
    [method, input] as const,
  );
}

/** A screenshot under test-results/shared/: the whole page, or what the window shows. */
export function sharedShot(page: Page, name: string, fullPage = false) {
  fs.mkdirSync(path.join(SCREENSHOTS, 'shared'), { recursive: true });
  return page.screenshot({ path: path.join(SCREENSHOTS, 'shared', `${name}.png`), fullPage });
}
