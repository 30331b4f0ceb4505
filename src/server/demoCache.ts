/**
 * `--demo` from a prebuilt database. Loading the demo through the API takes seconds (the match
 * run's jobs above all), so browser mode keeps a copy of the database as the loader left it
 * before the one part dated from today (demo/demoCounty.ts, loadDemoRecords); a later start
 * begins from that copy (db/dataFolder.ts, startFrom) and adds the part. The copy is named by a
 * fingerprint of the built server, the resources and the migrations: any change to what the
 * loader would write makes a new one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ensurePrivateFile, ensurePrivateFolder } from '../db/privateFiles';

export interface DemoCacheSources {
  /** The built server (out/server), whose code loads the demo. */
  readonly codeFolder: string;
  readonly resourcesFolder: string;
  readonly migrationsFolder: string;
}

const PREFIX = 'demo-';
const EXTENSION = '.sqlite';

/** Where this code's prebuilt demo database is (or will be) kept in `cacheFolder`. */
export function demoCacheFile(cacheFolder: string, sources: DemoCacheSources): string {
  const hash = createHash('sha256');
  for (const folder of [sources.codeFolder, sources.resourcesFolder, sources.migrationsFolder]) {
    for (const file of filesUnder(folder)) {
      hash.update(`${path.relative(folder, file)}\0`);
      hash.update(fs.readFileSync(file));
    }
  }
  return path.join(cacheFolder, `${PREFIX}${hash.digest('hex').slice(0, 16)}${EXTENSION}`);
}

/**
 * Keeps a consistent copy of the open demo database as `cacheFile` (written aside, then renamed,
 * so a start running at the same time never copies half a file) and removes the copies older code
 * made. A cache that cannot be written costs the next start time, not this one its demo.
 */
export function keepDemoCache(sqlite: Database, cacheFile: string): void {
  const folder = path.dirname(cacheFile);
  const aside = `${cacheFile}.${process.pid}.part`;
  try {
    ensurePrivateFolder(folder);
    fs.rmSync(aside, { force: true });
    ensurePrivateFile(aside);
    sqlite.prepare('VACUUM INTO ?').run(aside);
    fs.renameSync(aside, cacheFile);
    for (const name of fs.readdirSync(folder)) {
      const old = path.join(folder, name);
      if (name.startsWith(PREFIX) && name.endsWith(EXTENSION) && old !== cacheFile) {
        fs.rmSync(old, { force: true });
      }
    }
  } catch {
    fs.rmSync(aside, { force: true });
  }
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
