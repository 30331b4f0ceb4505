/**
 * Caseloads and identifiers on the shared server (issue 24): a coordinator puts a family on a CWS
 * worker's caseload; that worker sees its names, with a purpose, and the reveal is recorded; a CWS
 * worker without the family is refused; the analyst sees any; the privacy officer's report says
 * who saw what and why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seedMatchRun } from '../../support/matching';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';
import { serviceOver } from '../../support/workbench';

const COUNTY = 49;
let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

async function start() {
  server = await startSharedServer([
    { userName: 'cora', grants: [{ role: 'coordinator', countyId: COUNTY }] },
    { userName: 'wes', grants: [{ role: 'cws', countyId: COUNTY }] },
    { userName: 'wanda', grants: [{ role: 'cws', countyId: COUNTY }] },
    { userName: 'ana', grants: [{ role: 'analyst', countyId: COUNTY }] },
    { userName: 'sue', grants: [{ role: 'supervisor', countyId: COUNTY }] },
    { userName: 'cal', grants: [{ role: 'calworks', countyId: COUNTY }] },
    // A CWS worker of another county is not offered here.
    { userName: 'otto', grants: [{ role: 'cws', countyId: 1 }] },
  ]);
  // The county's data as the analyst's match made it, written by the server's own service.
  const local = serviceOver(server.workbench);
  const { runId } = await seedMatchRun(local);
  await local.invoke('cocase.addFromRun', { countyId: COUNTY, runId, startDate: '2025-07-01' });
  const signedIn = async (name: string) => {
    const client = server?.client();
    if (!client) throw new Error('no server');
    expect((await client.signIn(name)).status).toBe(200);
    return client;
  };
  return { runId, signedIn, local };
}

const FAMILY = { calworksCase: 'C-100', cwsCase: 'W-7' };

describe('caseloads and identifiers', () => {
  it('shows a family’s names to its own worker and the analyst, with a purpose, and records each', async () => {
    const { runId, signedIn } = await start();
    const cora = await signedIn('cora');
    const assigned = await cora.call('cocase.assignWorker', {
      countyId: COUNTY,
      program: 'cws',
      caseNumber: 'W-7',
      userName: 'wes',
    });
    expect(assigned.body).toEqual({ ok: true, value: { assigned: 1 } });

    const wes = await signedIn('wes');
    const mine = await wes.call('cocase.caseload', { countyId: COUNTY, mine: true });
    expect(mine.body.value).toMatchObject([{ ...FAMILY, program: 'cws', userName: 'wes' }]);
    const unsaid = await wes.call('matching.familyPersons', { runId, ...FAMILY });
    expect([unsaid.status, unsaid.body.error?.kind]).toEqual([400, 'ValidationError']);
    const curt = await wes.call('matching.familyPersons', { runId, ...FAMILY, purpose: ' ok ' });
    expect([curt.status, curt.body.error?.message]).toEqual([
      400,
      'Say in a few words why you need them (5 characters or more).',
    ]);
    const seen = await wes.call('matching.familyPersons', {
      runId,
      ...FAMILY,
      purpose: 'Joint case conference on Monday',
    });
    expect(seen.status).toBe(200);
    expect((seen.body.value as unknown[]).length).toBeGreaterThan(0);

    const wanda = await signedIn('wanda');
    const refused = await wanda.call('matching.familyPersons', {
      runId,
      ...FAMILY,
      purpose: 'Curious',
    });
    expect([refused.status, refused.body.error?.kind]).toEqual([403, 'Forbidden']);
    expect(refused.body.error?.message).toMatch(/not on your caseload/);
    expect(JSON.stringify(refused.body)).not.toMatch(/firstName|lastName/);

    const ana = await signedIn('ana');
    const analyst = await ana.call('matching.familyPersons', {
      runId,
      ...FAMILY,
      purpose: 'Checking the match before the report',
    });
    expect(analyst.status).toBe(200);

    const sue = await signedIn('sue');
    const report = await sue.call('system.identifierReveals', { countyId: COUNTY });
    expect(report.body.value).toMatchObject([
      { actor: 'ana', ...FAMILY, purpose: 'Checking the match before the report' },
      { actor: 'wes', ...FAMILY, purpose: 'Joint case conference on Monday' },
    ]);
  });

  it('lets only a coordinator or supervisor assign, and only a worker of that program', async () => {
    const { signedIn } = await start();
    const wes = await signedIn('wes');
    const self = await wes.call('cocase.assignWorker', {
      countyId: COUNTY,
      program: 'cws',
      caseNumber: 'W-7',
      userName: 'wes',
    });
    expect(self.status).toBe(403);
    const cora = await signedIn('cora');
    const analyst = await cora.call('cocase.assignWorker', {
      countyId: COUNTY,
      program: 'cws',
      caseNumber: 'W-7',
      userName: 'ana',
    });
    expect(analyst.body.error).toMatchObject({ kind: 'ValidationError' });
    expect(analyst.body.error?.message).toMatch(/not a CWS staff user/);
    const noCase = await cora.call('cocase.assignWorker', {
      countyId: COUNTY,
      program: 'cws',
      caseNumber: 'W-404',
      userName: 'wes',
    });
    expect(noCase.body.error?.message).toMatch(/No mutual family .* has CWS case W-404/);
  });

  it('offers the county’s CalWORKs and CWS staff to choose from, to those who assign', async () => {
    const { signedIn } = await start();
    const cora = await signedIn('cora');
    const workers = await cora.call('cocase.workers', { countyId: COUNTY });
    expect(workers.body.value).toEqual([
      { userName: 'cal', displayName: 'cal', programs: ['calworks'] },
      { userName: 'wanda', displayName: 'wanda', programs: ['cws'] },
      { userName: 'wes', displayName: 'wes', programs: ['cws'] },
    ]);
    const wes = await signedIn('wes');
    expect((await wes.call('cocase.workers', { countyId: COUNTY })).status).toBe(403);
  });

  it('narrows a worker’s worklists, and a family’s caseload, to what they asked for', async () => {
    const { signedIn, local } = await start();
    const cora = await signedIn('cora');
    const added = await cora.call('cocase.saveFamily', {
      countyId: COUNTY,
      familyId: null,
      version: null,
      calworksCase: 'C-200',
      cwsCase: 'W-8',
      tier: 'secondary',
      group: 'linkages',
      startDate: '2025-07-01',
      endDate: null,
      calworksWorker: '',
      cwsWorker: '',
    });
    expect(added.status).toBe(200);
    await cora.call('cocase.assignWorker', {
      countyId: COUNTY,
      program: 'cws',
      caseNumber: 'W-7',
      userName: 'wes',
    });
    const wes = await signedIn('wes');
    const lists = async (mine: boolean) => {
      const reply = await wes.call('cocase.worklists', {
        countyId: COUNTY,
        asOf: '2026-06-30',
        mine,
      });
      return reply.body.value as { withoutPlan: { familyId: number; cwsCase: string }[] };
    };
    const all = await lists(false);
    const mine = await lists(true);
    expect(all.withoutPlan.length).toBeGreaterThan(1);
    expect(mine.withoutPlan.map((row) => row.cwsCase)).toEqual(['W-7']);

    // One person's Workbench has no caseload of its own: "mine" is the county's lists there.
    const asOne = (await local.invoke('cocase.worklists', {
      countyId: COUNTY,
      asOf: '2026-06-30',
      mine: true,
    })) as typeof all;
    expect(asOne.withoutPlan).toEqual(all.withoutPlan);

    const wanda = await signedIn('wanda');
    const none = await wanda.call('cocase.worklists', { countyId: COUNTY, mine: true });
    expect(none.body.value).toMatchObject({ reviews: [], withoutPlan: [], openBarriers: [] });

    const familyId = mine.withoutPlan[0]?.familyId;
    const other = all.withoutPlan.find((row) => row.familyId !== familyId)?.familyId;
    const ofFamily = async (id: number | undefined) =>
      (await cora.call('cocase.caseload', { countyId: COUNTY, familyId: id })).body.value;
    expect(await ofFamily(familyId)).toMatchObject([{ program: 'cws', userName: 'wes' }]);
    expect(await ofFamily(other)).toEqual([]);
  });
});
