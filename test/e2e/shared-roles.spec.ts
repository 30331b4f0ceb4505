/**
 * Every page as every role on the shared server (issue 24): the UI hides or disables what a role
 * cannot do, so no page a person can reach makes a call the service refuses them. Each role's
 * person signs in in their own Chromium and visits every page; any API answer 403 is a page asking
 * for something the role may not have, and fails the test with the page and the method.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERY_COUNTY_ROLES } from '../../src/core/system/roleGrants';
import { ROLES, type Role } from '../../src/core/system/roles';
import { pickCounty } from './harness';
import { STATIC_ROUTES } from './routes';
import {
  callFromPage,
  openPerson,
  openSharedServer,
  signedInAs,
  type SharedServerRun,
} from './sharedHarness';

const SETTLE_MS = 5_000;
/** Every role: those held in a county, and those held for every county. */
const EVERY_COUNTY = EVERY_COUNTY_ROLES;
const IN_COUNTY: readonly Role[] = ROLES.filter((role) => !EVERY_COUNTY.includes(role));

let run: SharedServerRun | undefined;
let records: string[] = [];
beforeAll(async () => {
  run = await openSharedServer((county) => [
    ...IN_COUNTY.map((role) => ({ userName: `${role}-1`, grants: [{ role, countyId: county }] })),
    ...EVERY_COUNTY.filter((role) => role !== 'administrator').map((role) => ({
      userName: `${role}-1`,
      grants: [{ role, countyId: null }],
    })),
  ]);
  // The record pages' addresses, read once as the county's coordinator: every role visits them.
  const coordinator = await openPerson(run.url);
  try {
    await signedInAs(coordinator.page, 'coordinator-1');
    records = await recordRoutes(coordinator.page, run.demoCounty);
    expect(records.filter((route) => route.includes('undefined'))).toEqual([]);
  } finally {
    await coordinator.close();
  }
}, 120_000);
afterAll(async () => {
  await run?.close();
});

/** Waits for an h1 and then for no API call in flight three checks in a row. */
async function settle(page: Page, inFlight: Set<Request>): Promise<void> {
  await page.locator('main h1').waitFor({ timeout: SETTLE_MS });
  let quiet = 0;
  for (const end = Date.now() + SETTLE_MS; Date.now() < end && quiet < 3;) {
    await page.waitForTimeout(100);
    quiet = inFlight.size === 0 ? quiet + 1 : 0;
  }
}

/** The record pages' addresses, from the county's own first records (read as its coordinator). */
async function recordRoutes(page: Page, countyId: number): Promise<string[]> {
  const first = async (method: string) => {
    const { body } = await callFromPage(page, method, { countyId });
    return (body as { value: { id?: number; familyId?: number; runId?: number }[] }).value[0];
  };
  const family = (await first('cocase.families'))?.familyId;
  const runId = (await first('matching.runs'))?.runId;
  const round = (await first('readiness.listRounds'))?.id;
  return [
    `cocase/families/${family}`,
    `matching/runs/${runId}`,
    `matching/runs/${runId}/families`,
    `matching/runs/${runId}/review`,
    `readiness/round/${round}`,
    `readiness/round/${round}/results`,
  ];
}

describe('every page as every role on the shared server', () => {
  it.each([...IN_COUNTY, ...EVERY_COUNTY])(
    'asks the service only for what the %s may have',
    async (role) => {
      if (!run) throw new Error('no server');
      const userName = role === 'administrator' ? 'admin' : `${role}-1`;
      const person = await openPerson(run.url);
      try {
        const { page } = person;
        const inFlight = new Set<Request>();
        const refused: string[] = [];
        let route = 'sign-in';
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/api/')) inFlight.add(request);
        });
        page.on('requestfinished', (request) => inFlight.delete(request));
        page.on('requestfailed', (request) => inFlight.delete(request));
        page.on('response', (response) => {
          const { pathname } = new URL(response.url());
          if (response.status() === 403 && pathname.startsWith('/api/')) {
            refused.push(`#/${route}: ${pathname.slice('/api/'.length)}`);
          }
        });
        await signedInAs(page, userName);
        if (EVERY_COUNTY.includes(role)) await pickCounty(page, 'Sonoma');
        for (route of [...STATIC_ROUTES, ...records]) {
          await page.goto(`${run.url}#/${route}`);
          await settle(page, inFlight);
        }
        expect(refused).toEqual([]);
      } finally {
        await person.close();
      }
    },
    180_000,
  );
});
