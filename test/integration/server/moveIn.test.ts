/**
 * Moving a laptop's data onto the shared server (issue 24, part 8): the laptop's data and its whole
 * trail arrive (what its open -wal log holds included), an unusable file changes nothing, data
 * already on the server is kept unless --replace, and backed up first then; the command refuses
 * while a server holds the folder.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../../../scripts/serverBuild.mjs';
import { createService } from '../../../src/api/service';
import { DataFileError } from '../../../src/db/dataFileError';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { lockDataFolder } from '../../../src/db/dataFolderLock';
import { lookOfDataFile } from '../../../src/db/encryption';
import {
  defaultMigrationsFolder,
  openDatabase,
  type Workbench,
} from '../../../src/db/openDatabase';
import { listBackups } from '../../../src/db/system/backups';
import {
  MoveInRefused,
  moveInLaptopData,
  type MoveInRequest,
} from '../../../src/server/moveIn/moveIn';
import { projectRoot } from '../../../src/server/paths';
import {
  everyRow,
  olderMigrations,
  openTempWorkbench,
  sha256,
  shippedContent,
  tempFolder,
} from '../../support/workbench';

const COUNTY = 49;

/** A laptop's Workbench, its changes made by its one local user, "root". */
async function laptopWith(roleLabel: string, options = {}): Promise<Workbench> {
  const laptop = openTempWorkbench(options);
  const service = createService({
    workbench: laptop,
    appVersion: '0.0.0-test',
    actor: 'root',
    dataFolder: path.dirname(laptop.file),
    content: shippedContent(),
  });
  for (const role of ['co-chair', 'line-staff'] as const) {
    await service.invoke('program.saveTeamMember', {
      countyId: COUNTY,
      role,
      program: 'cws',
      roleLabel,
    });
  }
  return laptop;
}

/** Runs the move with the server's folder locked, as the command does. */
async function moveIn(
  request: Omit<MoveInRequest, 'lock' | 'migrationsFolder'>,
  migrationsFolder = defaultMigrationsFolder,
) {
  const lock = await lockDataFolder(request.dataFolder, { onLost: () => undefined });
  try {
    return moveInLaptopData({ ...request, migrationsFolder, lock });
  } finally {
    lock.release();
  }
}

function rowsOf(file: string, table: string): unknown[] {
  const workbench = openDatabase(file);
  try {
    return everyRow(workbench)[table] ?? [];
  } finally {
    workbench.close();
  }
}

function runMoveIn(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(projectRoot, 'scripts', 'move-in.mjs'), ...args],
      { cwd: projectRoot },
      (error, out, err) => resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}

beforeAll(() => ensureServerBuilt(() => undefined), 120_000);

describe('moving a laptop’s data onto the server', () => {
  it('brings every record and audit entry, what the open log holds included', async () => {
    // Still open: its last commits are in its -wal log, which a copy of the file alone would miss.
    const laptop = await laptopWith('CWS deputy director');
    expect(fs.existsSync(`${laptop.file}-wal`)).toBe(true);
    const before = everyRow(laptop);
    expect(before.audit_event).toHaveLength(2);
    const server = tempFolder();

    const moved = await moveIn({
      from: laptop.file,
      dataFolder: server,
      replace: false,
      passphrase: null,
    });

    expect(moved.history.audit_event).toBe(2);
    expect(moved.actors).toEqual(['root']);
    expect(moved.backup).toBeNull();
    const live = databaseFileIn(server);
    expect(rowsOf(live, 'audit_event')).toEqual(before.audit_event);
    expect(rowsOf(live, 'team_member')).toEqual(before.team_member);
    expect(fs.readdirSync(server).filter((name) => name.startsWith('.moving-in'))).toEqual([]);
  });

  it("upgrades an older laptop's schema and keeps its trail", async () => {
    const laptop = openTempWorkbench({ migrationsFolder: olderMigrations(16) });
    laptop.sqlite
      .prepare(
        "INSERT INTO audit_event (actor, entity, entity_id, action) VALUES ('root', 'plan', '1', 'update')",
      )
      .run();
    laptop.close();
    const server = tempFolder();
    const moved = await moveIn({
      from: laptop.file,
      dataFolder: server,
      replace: false,
      passphrase: null,
    });
    // Upgraded to this version's schema, whatever number that is by now.
    const current = openTempWorkbench();
    expect(moved.schemaVersion).toBe(current.schemaVersion);
    expect(moved.schemaVersion).toBeGreaterThan(16);
    current.close();
    expect(rowsOf(databaseFileIn(server), 'audit_event')).toHaveLength(1);
  });

  it('refuses a damaged or foreign file, and leaves the server’s data as it was', async () => {
    const server = tempFolder();
    openDatabase(databaseFileIn(server)).close();
    const live = databaseFileIn(server);
    const hash = sha256(live);
    const folder = tempFolder();
    const damaged = path.join(folder, 'damaged.sqlite');
    fs.writeFileSync(damaged, 'SQLite format 3\0 but not really');
    const foreign = path.join(folder, 'foreign.sqlite');
    const other = openDatabase(foreign, { migrationsFolder: olderMigrations(0) });
    other.sqlite.exec('CREATE TABLE cases (id INTEGER)');
    other.close();

    for (const from of [damaged, foreign]) {
      const refusal = moveIn({ from, dataFolder: server, replace: true, passphrase: null });
      await expect(refusal).rejects.toBeInstanceOf(DataFileError);
    }
    expect(sha256(live)).toBe(hash);
    expect(listBackups(live)).toEqual([]);
    expect(fs.readdirSync(server).filter((name) => name.startsWith('.moving-in'))).toEqual([]);
  });

  it('keeps data already on the server unless --replace, and backs it up first then', async () => {
    const server = tempFolder();
    const earlier = await laptopWith('Earlier pilot');
    earlier.close();
    await moveIn({ from: earlier.file, dataFolder: server, replace: false, passphrase: null });
    const live = databaseFileIn(server);
    const hash = sha256(live);
    const laptop = await laptopWith('CWS deputy director');
    laptop.close();

    const refused = moveIn({
      from: laptop.file,
      dataFolder: server,
      replace: false,
      passphrase: null,
    });
    await expect(refused).rejects.toBeInstanceOf(MoveInRefused);
    expect(sha256(live)).toBe(hash);

    const moved = await moveIn({
      from: laptop.file,
      dataFolder: server,
      replace: true,
      passphrase: null,
    });
    expect(moved.backup?.reason).toBe('before-move-in');
    const labels = (file: string) =>
      rowsOf(file, 'team_member').map((row) => (row as { role_label: string }).role_label);
    expect(labels(moved.backup?.file as string)).toEqual(['Earlier pilot', 'Earlier pilot']);
    expect(labels(live)).toEqual(['CWS deputy director', 'CWS deputy director']);
  });

  it('puts the server’s data back when the move fails after the swap (an upgrade refused)', async () => {
    const server = tempFolder();
    const earlier = await laptopWith('Earlier pilot');
    earlier.close();
    await moveIn({ from: earlier.file, dataFolder: server, replace: false, passphrase: null });
    const laptop = await laptopWith('CWS deputy director');
    laptop.close();
    // A later version whose next schema step fails: the checks pass, the upgrade at open does not.
    const broken = tempFolder();
    fs.cpSync(defaultMigrationsFolder, broken, { recursive: true });
    const journalFile = path.join(broken, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
      entries: { idx: number; when: number; tag: string }[];
    };
    const last = journal.entries.at(-1);
    if (!last) throw new Error('no migrations');
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_broken' });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(broken, '9999_broken.sql'), 'CREATE TABLE broken (;');

    const failed = moveIn(
      { from: laptop.file, dataFolder: server, replace: true, passphrase: null },
      broken,
    );
    await expect(failed).rejects.toThrow();
    const labels = rowsOf(databaseFileIn(server), 'team_member').map(
      (row) => (row as { role_label: string }).role_label,
    );
    expect(labels).toEqual(['Earlier pilot', 'Earlier pilot']);
    expect(fs.readdirSync(server).filter((name) => name.startsWith('.moving-in'))).toEqual([]);
  });

  it('moves an encrypted file with its passphrase, and refuses a wrong one', async () => {
    const passphrase = 'laptop passphrase 2026';
    const laptop = await laptopWith('CWS deputy director', { passphrase });
    laptop.close();
    const server = tempFolder();
    const wrong = moveIn({
      from: laptop.file,
      dataFolder: server,
      replace: false,
      passphrase: 'not it at all',
    });
    await expect(wrong).rejects.toMatchObject({ problem: 'wrong-passphrase' });
    expect(fs.existsSync(databaseFileIn(server))).toBe(false);

    await moveIn({ from: laptop.file, dataFolder: server, replace: false, passphrase });
    expect(lookOfDataFile(databaseFileIn(server))).toBe('encrypted');

    // A plain laptop file never replaces encrypted data on the server.
    const plain = await laptopWith('Plain pilot');
    plain.close();
    const hash = sha256(databaseFileIn(server));
    const refused = moveIn({ from: plain.file, dataFolder: server, replace: true, passphrase });
    await expect(refused).rejects.toBeInstanceOf(MoveInRefused);
    await expect(refused).rejects.toThrow(/is encrypted and the laptop's file is not/);
    expect(sha256(databaseFileIn(server))).toBe(hash);
    expect(lookOfDataFile(databaseFileIn(server))).toBe('encrypted');
  });

  it('as a command: refuses while a server holds the folder, then moves and says what next', async () => {
    const laptop = await laptopWith('CWS deputy director');
    laptop.close();
    const server = tempFolder();
    const held = await lockDataFolder(server, { onLost: () => undefined });
    const busy = await runMoveIn(['--from', laptop.file, '--data', server]);
    held.release();
    expect(busy.code).toBe(4);
    expect(busy.err).toContain('stop the server first');
    expect(fs.existsSync(databaseFileIn(server))).toBe(false);

    const run = await runMoveIn(['--from', laptop.file, '--data', server]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Kept 2 audit entries');
    expect(run.out).toContain('npm run users -- add NAME --role administrator');
    expect((await runMoveIn(['--data', server])).code).toBe(2);
  }, 60_000);
});
