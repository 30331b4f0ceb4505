/**
 * The shared server's data folder for the benchmark: the demo county, as `npm run serve -- --demo`
 * loads it, and the county's staff as users an administrator added with the repository.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Role, RoleGrant } from '../src/core/system/roles';
import { databaseFileIn } from '../src/db/dataFolder';
import { addUser } from '../src/db/system/users';
import { loadDemoDatedFromToday, loadDemoRecords, readDemoDataset } from '../src/demo/demoCounty';
import { demoCacheFile, keepDemoCache } from '../src/server/demoCache';
import { hashPassword } from '../src/api/system/passwords';
import { migrationsFolder, projectRoot, resourcesFolder } from '../src/server/paths';
import { openBenchService } from './service';

/** Nothing secret: every bench user has it, and it passes the password policy. */
export const BENCH_PASSWORD = 'bench county staff passphrase';

export interface StaffUser {
  readonly userName: string;
  readonly role: Role;
}

export interface SharedCounty {
  readonly dataFolder: string;
  readonly countyId: number;
  readonly administrator: string;
  readonly staff: readonly StaffUser[];
  /** The coordinator whose training saves time the change notices. */
  readonly probe: StaffUser;
  remove(): void;
}

/** How many users of each role the county has: the clients, one each. */
export type StaffCounts = Readonly<Partial<Record<Role, number>>>;

/**
 * A fresh data folder holding the demo county and its users. The demo's records are loaded once
 * per version of the code and kept (as browser mode keeps its prebuilt demo, demoCache.ts); the
 * part dated from today is loaded on every copy.
 */
export async function prepareSharedCounty(counts: StaffCounts): Promise<SharedCounty> {
  const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-shared-'));
  const file = databaseFileIn(dataFolder);
  const cache = demoCacheFile(path.join(projectRoot, 'out', 'bench-demo-cache'), {
    codeFolder: path.join(projectRoot, 'src'),
    resourcesFolder,
    migrationsFolder,
  });
  const started = performance.now();
  const fromCache = fs.existsSync(cache);
  if (fromCache) fs.copyFileSync(cache, file);
  const { workbench, invoke } = openBenchService(file);
  try {
    const dataset = readDemoDataset(resourcesFolder);
    if (!fromCache) {
      console.error('shared: loading the demo county (kept for later runs of this code)...');
      await loadDemoRecords(invoke, dataset);
      keepDemoCache(workbench.sqlite, cache);
    }
    await loadDemoDatedFromToday(invoke, dataset);
    const counties = await invoke('counties.list', {});
    const countyId = counties.find((county) => county.fips === dataset.countyFips)?.id;
    if (countyId === undefined) throw new Error('The demo county is not in the county list.');
    const users = await addStaff(workbench.db, countyId, counts);
    console.error(
      `shared: demo county ${countyId} and ${users.staff.length + 2} users ready in ${Math.round(performance.now() - started)} ms`,
    );
    return {
      dataFolder,
      countyId,
      ...users,
      remove: () => fs.rmSync(dataFolder, { recursive: true, force: true }),
    };
  } finally {
    // Closing checkpoints the log into the file: the server opens one file.
    workbench.close();
  }
}

async function addStaff(
  db: Parameters<typeof addUser>[0],
  countyId: number,
  counts: StaffCounts,
): Promise<Pick<SharedCounty, 'administrator' | 'staff' | 'probe'>> {
  // One hash for everyone: each sign-in still verifies it at the full cost.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const add = (userName: string, grants: RoleGrant[]) =>
    addUser(db, { userName, displayName: userName, passwordHash, oidc: null, grants }, 'bench');
  const administrator = 'bench-admin';
  add(administrator, [{ role: 'administrator', countyId: null }]);
  const staff: StaffUser[] = [];
  for (const [role, count] of Object.entries(counts) as [Role, number][]) {
    for (let i = 1; i <= count; i++) {
      const userName = `${role}-${String(i).padStart(2, '0')}`;
      add(userName, [{ role, countyId }]);
      staff.push({ userName, role });
    }
  }
  const probe: StaffUser = { userName: 'coordinator-probe', role: 'coordinator' };
  add(probe.userName, [{ role: probe.role, countyId }]);
  return { administrator, staff, probe };
}
