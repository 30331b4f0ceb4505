/**
 * The permission matrix, generated from the contract: every method called as every role, in the
 * county the role is held in and in another (issue 24). What each method declares is the
 * expectation; nothing here lists methods by hand except the statewide records.
 */
import { SERVER_WIDE_ROLES } from '../../../src/core/system/roleGrants';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../../src/api/contract';
import type { Service } from '../../../src/api/service';
import { typedInvoke } from '../../../src/api/service';
import { locatorOf, type Caller } from '../../../src/api/system/access';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase, type Workbench } from '../../../src/db/openDatabase';
import { ROLES, type Role } from '../../../src/core/system/roles';
import { loadDemoRecords, readDemoDataset } from '../../../src/demo/demoCounty';
import { resourcesFolder } from '../../../src/server/paths';
import { refusal, serviceOver } from '../../support/workbench';

const METHODS = Object.keys(contract) as Method[];

/** Record ids that name no county's record: roll-ups gather many counties' packages. */
const STATEWIDE_IDS = new Set(['rollupId', 'packageId']);

let folder: string;
let workbench: Workbench;
let service: Service;
let demoCounty: number;
let otherCounty: number;
/** A record of the demo county for each locating field. */
const ids: Record<string, number | string> = {};

function caller(grants: Caller['grants']): Caller {
  return { userId: 7, actor: 'matrix test', grants };
}

beforeAll(async () => {
  // One database for every test here (the support helper closes its own after each test).
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-matrix-'));
  workbench = openDatabase(databaseFileIn(folder));
  service = serviceOver(workbench);
  const invoke = typedInvoke(service);
  await loadDemoRecords(invoke, readDemoDataset(resourcesFolder));
  const county = (await invoke('workspace.get', {})).county;
  if (!county) throw new Error('the demo chose no county');
  demoCounty = county.id;
  otherCounty = (await invoke('counties.list', {})).find((c) => c.id !== demoCounty)?.id ?? 0;
  ids.countyId = demoCounty;
  const [round] = await invoke('readiness.listRounds', { countyId: demoCounty });
  if (!round) throw new Error('the demo has no readiness round');
  ids.roundId = round.id;
  const view = await invoke('readiness.getRound', { roundId: round.id });
  ids.respondentId = view.respondents[0]?.id ?? 0;
  const families = await invoke('cocase.families', { countyId: demoCounty });
  ids.familyId = families[0]?.familyId ?? 0;
  const runs = await invoke('matching.runs', { countyId: demoCounty });
  ids.runId = runs[0]?.runId ?? 0;
  const extracts = await invoke('matching.extracts', { countyId: demoCounty });
  const job = await invoke('matching.startRun', {
    countyId: demoCounty,
    calworksExtractId: extracts.find((e) => e.side === 'calworks')?.extractId ?? 0,
    cwsExtractId: extracts.find((e) => e.side === 'cws')?.extractId ?? 0,
  });
  ids.jobId = job.jobId;
  for (const [field, id] of Object.entries(ids)) {
    if (!id) throw new Error(`no demo record for ${field}`);
  }
}, 120_000);

afterAll(() => {
  workbench.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** An input that reaches the method's county but cannot pass validation: no handler runs. */
function probe(method: Method): Record<string, unknown> {
  const field = locatorOf(contract[method]);
  return { ...(field && { [field]: ids[field] }), zzUnexpected: 1 };
}

describe('every method as every role', () => {
  it.each(ROLES)('as %s in the demo county: allowed and refused as declared', async (role) => {
    // The administrator's role is the whole server's: held for every county, never in one.
    const as = caller([{ role, countyId: SERVER_WIDE_ROLES.includes(role) ? null : demoCounty }]);
    for (const method of METHODS) {
      const error = await refusal(service.invoke(method, probe(method), as));
      const allowed = (contract[method].roles as readonly Role[]).includes(role);
      // Allowed: past the roles to the input, which names the unexpected field (and no handler ran).
      expect([method, error.kind]).toEqual([method, allowed ? 'ValidationError' : 'Forbidden']);
      if (allowed) expect(error.issues.map((issue) => issue.path)).toContain('zzUnexpected');
    }
  });

  it('refuses every role, even all of them, a call into a county they do not belong to', async () => {
    const elsewhere = caller(ROLES.map((role) => ({ role, countyId: otherCounty })));
    const located = METHODS.filter((method) => locatorOf(contract[method]) !== null);
    for (const method of located) {
      const error = await refusal(service.invoke(method, probe(method), elsewhere));
      expect([method, error.kind]).toEqual([method, 'Forbidden']);
    }
  });

  it('refuses before the input is read: a refused role learns nothing about it', async () => {
    const oversight = caller([{ role: 'oversight', countyId: demoCounty }]);
    const error = await refusal(service.invoke('cocase.family', { familyId: 'x' }, oversight));
    expect(error.kind).toBe('Forbidden');
    expect(error.message).toContain('CalWORKs staff');
    expect(error.issues).toEqual([]);
  });

  it('gives nothing to an administrator named for one county, a grant the server refuses', async () => {
    const countyAdministrator = caller([{ role: 'administrator', countyId: demoCounty }]);
    for (const method of [
      'system.users',
      'system.resetPassword',
      'system.restoreBackup',
    ] as const) {
      const error = await refusal(service.invoke(method, probe(method), countyAdministrator));
      expect([method, error.kind]).toEqual([method, 'Forbidden']);
    }
  });

  it('lets a role held for every county into any county', async () => {
    const everywhere = caller([{ role: 'oversight', countyId: null }]);
    const error = await refusal(
      service.invoke(
        'reports.previewPackage',
        { countyId: otherCounty, zzUnexpected: 1 },
        everywhere,
      ),
    );
    expect(error.kind).toBe('ValidationError');
  });

  it('gives each user only the counties they belong to, and a county of their own', async () => {
    const fiscal = caller([{ role: 'fiscal', countyId: otherCounty }]);
    const counties = (await service.invoke('counties.list', {}, fiscal)) as { id: number }[];
    expect(counties.map((c) => c.id)).toEqual([otherCounty]);
    // A user of one county starts in it; one of two counties chooses.
    expect(await service.invoke('workspace.get', {}, fiscal)).toMatchObject({
      county: { id: otherCounty },
    });
    const both = caller([
      { role: 'fiscal', countyId: otherCounty },
      { role: 'fiscal', countyId: demoCounty },
    ]);
    expect(await service.invoke('workspace.get', {}, both)).toEqual({ county: null });
    await service.invoke('workspace.setCounty', { countyId: otherCounty }, fiscal);
    expect(await service.invoke('workspace.get', {}, fiscal)).toMatchObject({
      county: { id: otherCounty },
    });
    // The local user's county is their own, and stays the demo county.
    expect(await service.invoke('workspace.get', {})).toMatchObject({ county: { id: demoCounty } });
    const refused = await refusal(
      service.invoke('workspace.setCounty', { countyId: demoCounty }, fiscal),
    );
    expect(refused.kind).toBe('Forbidden');
  });
});

describe('every record a method names is located in a county', () => {
  it.each(METHODS)('%s', (method) => {
    const field = locatorOf(contract[method]);
    const shape = inputFields(method);
    const recordIds = shape.filter((name) => /Id$/.test(name) && !STATEWIDE_IDS.has(name));
    // A method naming a county's record must name its county or be located by that record,
    // else a user of one county could reach another's by id.
    if (recordIds.length > 0)
      expect(field, `${method} names ${recordIds.join(', ')}`).not.toBeNull();
    if (field) expect(shape).toContain(field);
  });
});

function inputFields(method: Method): string[] {
  let schema = contract[method].input as unknown as {
    def: { type: string; shape?: object; in?: unknown };
  };
  while (schema.def.type === 'pipe') schema = schema.def.in as typeof schema;
  return schema.def.shape ? Object.keys(schema.def.shape) : [];
}
