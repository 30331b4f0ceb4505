/**
 * `npm run serve -- --demo` from the prebuilt demo database (src/server/demoCache.ts): the second
 * start copies what the first loaded, and ends with the same data a full load gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { lookOfDataFile } from '../../../src/db/encryption';
import { demoCacheFile } from '../../../src/server/demoCache';
import { runServe } from '../../support/serve';
import { tempFolder } from '../../support/workbench';

const FIRST_LOAD = /Loading the demo county/;

async function startDemo(data: string, cache: string, extra: string[] = []): Promise<string> {
  const serve = runServe(['--data', data, '--demo', '--port', '0', ...extra], {
    env: { ...process.env, LINKAGES_DEMO_CACHE: cache },
  });
  await serve.ready;
  expect(await serve.stop()).toBe(0);
  return serve.output();
}

/** Every table's rows, moments of the day masked: the two starts wrote them seconds apart. */
function contentOf(file: string): Record<string, unknown[]> {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db
          .prepare(`SELECT * FROM "${table}" ORDER BY 1`)
          .all()
          .map((row) =>
            JSON.parse(
              JSON.stringify(row).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?/g, 'moment'),
            ),
          ),
      ]),
    );
  } finally {
    db.close();
  }
}

describe('npm run serve -- --demo from the prebuilt demo', () => {
  it('loads in full once, then starts from the copy with the same data', async () => {
    const cache = tempFolder();
    const first = path.join(tempFolder(), 'first');
    expect(await startDemo(first, cache)).toMatch(FIRST_LOAD);
    const kept = fs.readdirSync(cache);
    expect(kept).toEqual([expect.stringMatching(/^demo-[0-9a-f]{16}\.sqlite$/)]);

    const second = path.join(tempFolder(), 'second');
    expect(await startDemo(second, cache)).not.toMatch(FIRST_LOAD);
    expect(fs.readdirSync(cache)).toEqual(kept);

    const full = contentOf(databaseFileIn(first));
    const copied = contentOf(databaseFileIn(second));
    expect(Object.keys(copied)).toEqual(Object.keys(full));
    for (const table of Object.keys(full))
      expect([table, copied[table]]).toEqual([table, full[table]]);
    // The part dated from today came after the copy: the plan has its tasks, as a full load has.
    expect(copied.rollout_task?.length).toBeGreaterThan(10);
  }, 120_000);

  it('loads in full, encrypted, when given a passphrase file', async () => {
    const cache = tempFolder();
    const keyFile = path.join(tempFolder(), 'passphrase');
    fs.writeFileSync(keyFile, 'correct horse battery staple\n', { mode: 0o600 });
    const data = path.join(tempFolder(), 'data');
    expect(await startDemo(data, cache, ['--passphrase-file', keyFile])).toMatch(FIRST_LOAD);
    expect(lookOfDataFile(databaseFileIn(data))).toBe('encrypted');
    // A plain copy of an encrypted demo would be its data in the clear.
    expect(fs.readdirSync(cache)).toEqual([]);
  }, 120_000);
});

describe('demoCacheFile', () => {
  function sources() {
    const root = tempFolder();
    const folders = {
      codeFolder: path.join(root, 'code'),
      resourcesFolder: path.join(root, 'resources'),
      migrationsFolder: path.join(root, 'migrations'),
    };
    for (const folder of Object.values(folders)) {
      fs.mkdirSync(path.join(folder, 'nested'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'nested', 'file.txt'), 'one');
    }
    return folders;
  }

  it('names the same copy for the same code and a new one when any of it changes', () => {
    const folders = sources();
    const name = demoCacheFile('/cache', folders);
    expect(demoCacheFile('/cache', folders)).toBe(name);
    for (const folder of Object.values(folders)) {
      const file = path.join(folder, 'nested', 'file.txt');
      fs.writeFileSync(file, 'two');
      expect(demoCacheFile('/cache', folders)).not.toBe(name);
      fs.writeFileSync(file, 'one');
      expect(demoCacheFile('/cache', folders)).toBe(name);
    }
    // A file moved is a change too, though its bytes are the same.
    fs.renameSync(
      path.join(folders.resourcesFolder, 'nested', 'file.txt'),
      path.join(folders.resourcesFolder, 'file.txt'),
    );
    expect(demoCacheFile('/cache', folders)).not.toBe(name);
  });
});
