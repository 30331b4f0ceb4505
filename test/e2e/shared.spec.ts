/**
 * The county's staff on one shared server (issue 24), in Chromium at 1280×720: signing in and out
 * by keyboard, the oversight committee's view, and signing in with the county's identity provider.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGN_IN_REFUSED } from '../../src/server/shared/sharedAccess';
import { startOidcProvider, TEST_ACCOUNTS, type TestOidcProvider } from '../support/oidcProvider';
import { freePort } from '../support/sharedServer';
import { pickCounty, seriousAxeFindings } from './harness';
import {
  openPerson,
  openSharedServer,
  callFromPage,
  sharedShot,
  signedInAs,
  signInByKeyboard,
  type Person,
  type SharedServerRun,
} from './sharedHarness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function server(...args: Parameters<typeof openSharedServer>): Promise<SharedServerRun> {
  const run = await openSharedServer(...args);
  cleanups.push(() => run.close());
  return run;
}

async function person(url: string): Promise<Person> {
  const opened = await openPerson(url);
  cleanups.push(() => opened.close());
  return opened;
}

describe('the shared server in Chromium', () => {
  it('signs in by keyboard, refuses in one message at the form, and signs out', async () => {
    const { url } = await server((county) => [
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: county }] },
    ]);
    const { page } = await person(url);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Linkages Workbench' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await signInByKeyboard(page, 'cora', 'not the right password');
    const summary = page.getByRole('group', { name: 'You are not signed in' });
    await summary.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(SIGN_IN_REFUSED);
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await sharedShot(page, 'sign-in-refused', true);

    await signedInAs(page, 'cora');
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('link', { name: 'Fiscal' })
      .waitFor();
    await sharedShot(page, 'signed-in-coordinator', true);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Linkages Workbench' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Linkages Workbench' }).waitFor();
  });

  it('shows the oversight committee reports, not families', async () => {
    const { url, demoCounty } = await server(() => [
      { userName: 'olga', grants: [{ role: 'oversight', countyId: null }] },
    ]);
    const { page } = await person(url);
    await signInByKeyboard(page, 'olga');
    await page.getByRole('heading', { level: 1, name: 'Your roles' }).waitFor();
    const areas = page.getByRole('navigation', { name: 'Areas' }).getByRole('link');
    expect(await areas.allTextContents()).toEqual(['Overview', 'Reports', 'Settings', 'Glossary']);
    await page.goto(`${url}#/cocase`);
    await page
      .getByRole('heading', { level: 1, name: 'Co-case & evaluation is not part of your roles' })
      .waitFor();
    expect((await page.getByRole('alert').allTextContents()).join('')).toBe('');
    await sharedShot(page, 'oversight-not-families', true);

    // The county's report package: aggregates, read as a committee member would.
    await pickCounty(page, 'Sonoma');
    await page.goto(`${url}#/reports`);
    await page.getByRole('heading', { level: 2, name: 'Sonoma County' }).waitFor();
    await page.getByRole('button', { name: 'Download the report package' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await sharedShot(page, 'oversight-county-package', true);
    // Asked for by hand with her own session, the families themselves are refused.
    const asked = await callFromPage(page, 'cocase.worklists', { countyId: demoCounty });
    expect(asked.status).toBe(403);
    expect(JSON.stringify(asked.body)).not.toMatch(/calworksCase/);
  });

  it('signs in with the county’s identity provider', async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
    const provider: TestOidcProvider = await startOidcProvider(redirectUri);
    cleanups.push(() => provider.close());
    const secretFile = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-oidc-')),
      'secret',
    );
    fs.writeFileSync(secretFile, provider.workbench.clientSecret, { mode: 0o600 });
    const { url } = await server(
      (county) => [
        {
          userName: 'ana',
          grants: [{ role: 'coordinator', countyId: county }],
          oidc: { issuer: provider.issuer, subject: TEST_ACCOUNTS.ana.sub },
        },
      ],
      [
        '--oidc-issuer',
        provider.issuer,
        '--oidc-client-id',
        provider.workbench.clientId,
        '--oidc-client-secret-file',
        secretFile,
        '--oidc-redirect-uri',
        redirectUri,
      ],
      `127.0.0.1:${port}`,
    );
    const { page } = await person(url);
    await page.getByRole('link', { name: 'Sign in with your county account' }).click();
    await page.getByRole('heading', { name: 'County sign-in' }).waitFor();
    await page.getByRole('link', { name: `Sign in as ${TEST_ACCOUNTS.ana.name}` }).click();
    await page.getByRole('group', { name: 'Signed in' }).getByText('ana').waitFor();
    // Someone else, in their own browser, cancels at the provider.
    const other = await person(url);
    await other.page.getByRole('link', { name: 'Sign in with your county account' }).click();
    await other.page.getByRole('link', { name: 'Cancel' }).click();
    await other.page.getByText('The identity provider did not sign you in.').waitFor();
    await other.page
      .getByRole('heading', { level: 1, name: 'Sign in to Linkages Workbench' })
      .waitFor();
    await sharedShot(other.page, 'identity-provider-cancelled', true);
  });
});
