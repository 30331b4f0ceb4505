import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadContent, type Content } from '../../src/api/content';
import { ApiError } from '../../src/api/errors';
import { createService, type Service } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import {
  defaultMigrationsFolder,
  openDatabase,
  type OpenOptions,
  type Workbench,
} from '../../src/db/openDatabase';
import { resourcesFolder } from '../../src/server/paths';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A fresh folder removed after the test. */
export function tempFolder(prefix = 'linkages-test-'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Opens a database in a fresh data folder (or in `folder`); closed after the test. */
export function openTempWorkbench(options: OpenOptions = {}, folder = tempFolder()): Workbench {
  const workbench = openDatabase(databaseFileIn(folder), options);
  cleanups.push(() => workbench.close());
  return workbench;
}

/** A copy of the shipped migrations cut after the first `count`: an older app's schema. */
export function olderMigrations(count: number): string {
  const folder = tempFolder('linkages-migrations-');
  fs.cpSync(defaultMigrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

let content: Content | undefined;

/** The shipped content, loaded once per test file. */
export function shippedContent(): Content {
  content ??= loadContent(resourcesFolder);
  return content;
}

/** Every row of every table: what a refused call must leave as it was. */
export function everyRow(workbench: Workbench): Record<string, unknown[]> {
  const tables = workbench.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, workbench.sqlite.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}

export function serviceOver(workbench: Workbench): Service {
  return createService({
    workbench,
    appVersion: '0.0.0-test',
    actor: 'test-runner',
    dataFolder: path.dirname(workbench.file),
    content: shippedContent(),
  });
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The ApiError a call is refused with; fails the test if the call succeeds or throws otherwise. */
export async function refusal(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
