import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Service } from '../../../src/api/service';
import type { Backup } from '../../../src/api/system/contract';
import { backupFolderFor, listBackups } from '../../../src/db/system/backups';
import { openDatabase, openJobDatabase } from '../../../src/db/openDatabase';
import { base64, CWS_CSV } from '../../support/matching';
import { settledJob } from '../../support/jobs';
import {
  openTempWorkbench,
  refusal,
  serviceOver,
  tempFolder,
  olderMigrations,
} from '../../support/workbench';

afterEach(() => vi.restoreAllMocks());

const seat = (roleLabel: string) => ({
  countyId: 49,
  role: 'co-chair',
  program: 'cws' as const,
  roleLabel,
});

async function seats(service: Service): Promise<string[]> {
  const team = (await service.invoke('program.listTeam', { countyId: 49 })) as {
    roleLabel: string;
  }[];
  return team.map((member) => member.roleLabel).sort();
}

function seatsIn(file: string): string[] {
  const copy = new Sqlite(file, { readonly: true });
  try {
    return (
      copy.prepare('SELECT role_label FROM team_member ORDER BY role_label').all() as {
        role_label: string;
      }[]
    ).map((row) => row.role_label);
  } finally {
    copy.close();
  }
}

/** A workbench with one team seat and its service. */
async function withOneSeat() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  await service.invoke('program.saveTeamMember', seat('CWS deputy director'));
  return { workbench, service };
}

/** What a refused restore must leave alone: the data file's rows and the list of backups. */
async function unchanged(service: Service, file: string) {
  return { seats: await seats(service), backups: listBackups(file).map((b) => b.name) };
}

describe('system.backupNow and system.listBackups', () => {
  it('lists manual backups newest first by file name, size and reason', async () => {
    const { workbench, service } = await withOneSeat();
    const first = (await service.invoke('system.backupNow', {})) as Backup;
    const second = (await service.invoke('system.backupNow', {})) as Backup;
    expect(first.id).toMatch(/^workbench-\d{4}-\d{2}-\d{2}T[\d-]+Z-manual\.sqlite$/);
    const listed = (await service.invoke('system.listBackups', {})) as Backup[];
    expect(listed.map((b) => b.id)).toEqual([second.id, first.id]);
    expect(listed[1]).toEqual(first);
    expect(first.reason).toBe('manual');
    expect(first.bytes).toBe(
      fs.statSync(path.join(backupFolderFor(workbench.file), first.id)).size,
    );
    expect(seatsIn(path.join(backupFolderFor(workbench.file), first.id))).toEqual([
      'CWS deputy director',
    ]);
  });
});

describe('system.restoreBackup', () => {
  it('brings the data back as it was, and keeps a copy of what it replaced', async () => {
    const { workbench, service } = await withOneSeat();
    const backup = (await service.invoke('system.backupNow', {})) as Backup;
    await service.invoke('program.saveTeamMember', seat('CalWORKs program manager'));
    expect(await seats(service)).toEqual(['CWS deputy director', 'CalWORKs program manager']);

    const result = (await service.invoke('system.restoreBackup', { backup: backup.id })) as {
      restored: Backup;
      beforeRestore: Backup;
    };
    expect(result.restored).toEqual(backup);
    expect(result.beforeRestore.reason).toBe('before-restore');
    // The same service keeps serving, now over the restored data.
    expect(await seats(service)).toEqual(['CWS deputy director']);
    const beforeRestoreFile = path.join(backupFolderFor(workbench.file), result.beforeRestore.id);
    expect(seatsIn(beforeRestoreFile)).toEqual(['CWS deputy director', 'CalWORKs program manager']);
    // And it writes: the restored file is live, in WAL mode, with foreign keys on.
    await service.invoke('program.saveTeamMember', seat('Partner liaison'));
    expect(await seats(service)).toEqual(['CWS deputy director', 'Partner liaison']);
    expect(workbench.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workbench.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Nothing of the swap is left beside the data file.
    expect(fs.readdirSync(path.dirname(workbench.file)).filter((n) => n.startsWith('.'))).toEqual(
      [],
    );
  });

  it('restores a backup from an older schema and upgrades it', async () => {
    const { workbench, service } = await withOneSeat();
    const older = openDatabase(path.join(tempFolder(), 'old.sqlite'), {
      migrationsFolder: olderMigrations(8),
    });
    older.close();
    const name = 'workbench-2026-01-05T10-00-00-000Z-manual.sqlite';
    fs.mkdirSync(backupFolderFor(workbench.file), { recursive: true });
    fs.copyFileSync(older.file, path.join(backupFolderFor(workbench.file), name));

    await service.invoke('system.restoreBackup', { backup: name });
    expect(await seats(service)).toEqual([]);
    const applied = workbench.sqlite
      .prepare('SELECT count(*) AS n FROM __drizzle_migrations')
      .get() as { n: number };
    expect(applied.n).toBe(workbench.schemaVersion);
    expect(listBackups(workbench.file).map((b) => b.reason)).toEqual([
      `before-schema-${workbench.schemaVersion}`,
      'before-restore',
      'manual',
    ]);
  });

  it.each([
    ['a path up and out of the folder', '../workbench.sqlite', /not a path/],
    ['an absolute path', '/etc/passwd', /not a path/],
    ['a Windows path', 'C:\\data\\workbench.sqlite', /not a path/],
    ['a name not in the list', 'workbench-2026-01-05T10-00-00-000Z-manual.sqlite', /from the list/],
  ])('refuses %s with a field error on backup, changing nothing', async (_case, name, message) => {
    const { workbench, service } = await withOneSeat();
    await service.invoke('system.backupNow', {});
    const before = await unchanged(service, workbench.file);
    const error = await refusal(service.invoke('system.restoreBackup', { backup: name }));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues).toEqual([{ path: 'backup', message: expect.stringMatching(message) }]);
    expect(await unchanged(service, workbench.file)).toEqual(before);
  });

  it.each([
    ['damaged', () => Buffer.alloc(8192, 0x5a), /damaged/],
    ['another application’s database', otherAppsDatabase, /not a Linkages Workbench backup/],
  ])('refuses a backup file that is %s, changing nothing', async (_case, bytes, message) => {
    const { workbench, service } = await withOneSeat();
    const name = 'workbench-2026-01-05T10-00-00-000Z-manual.sqlite';
    fs.mkdirSync(backupFolderFor(workbench.file), { recursive: true });
    fs.writeFileSync(path.join(backupFolderFor(workbench.file), name), bytes());
    const before = await unchanged(service, workbench.file);
    const error = await refusal(service.invoke('system.restoreBackup', { backup: name }));
    expect(error.kind).toBe('ValidationError');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Nothing was changed/);
    expect(error.issues.map((issue) => issue.path)).toEqual(['backup']);
    expect(await unchanged(service, workbench.file)).toEqual(before);
    expect(fs.readdirSync(path.dirname(workbench.file)).filter((n) => n.startsWith('.'))).toEqual(
      [],
    );
  });

  it('leaves the data as it was when the file cannot be swapped in', async () => {
    const { workbench, service } = await withOneSeat();
    const backup = (await service.invoke('system.backupNow', {})) as Backup;
    await service.invoke('program.saveTeamMember', seat('CalWORKs program manager'));
    vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
    });
    const error = await refusal(service.invoke('system.restoreBackup', { backup: backup.id }));
    expect(error.message).toMatch(/data is as it was/);
    // Reopened on the file as it was, every commit in it, and still taking writes.
    expect(await seats(service)).toEqual(['CWS deputy director', 'CalWORKs program manager']);
    await service.invoke('program.saveTeamMember', seat('Partner liaison'));
    expect(await seats(service)).toHaveLength(3);
    expect(fs.existsSync(workbench.file)).toBe(true);
  });

  it('refuses while a job is running, and restores once it has finished', async () => {
    const { workbench, service } = await withOneSeat();
    const backup = (await service.invoke('system.backupNow', {})) as Backup;
    const { mapping } = (await service.invoke('matching.readExtract', {
      countyId: 49,
      side: 'cws',
      fileName: 'cws.csv',
      bytesBase64: base64(CWS_CSV),
    })) as { mapping: Record<string, string> };
    const job = (await service.invoke('matching.startImport', {
      countyId: 49,
      side: 'cws',
      fileName: 'cws.csv',
      bytesBase64: base64(CWS_CSV),
      mapping,
    })) as { jobId: string };
    const before = await unchanged(service, workbench.file);
    const error = await refusal(service.invoke('system.restoreBackup', { backup: backup.id }));
    expect(error.kind).toBe('Conflict');
    expect(error.message).toMatch(/still working/);
    expect(await unchanged(service, workbench.file)).toEqual(before);

    expect((await settledJob(service, job.jobId)).state).toBe('done');
    // The job answers just before its thread closes its connection: wait for that, briefly.
    for (let tries = 0; ; tries++) {
      try {
        await service.invoke('system.restoreBackup', { backup: backup.id });
        break;
      } catch (refused) {
        if (tries > 100) throw refused;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(await service.invoke('matching.extracts', { countyId: 49 })).toEqual([]);
  });

  it('refuses while another connection has the file open, so none writes into a replaced file', async () => {
    const { workbench, service } = await withOneSeat();
    const backup = (await service.invoke('system.backupNow', {})) as Backup;
    await service.invoke('program.saveTeamMember', seat('CalWORKs program manager'));
    // A job's connection, opened and not yet closed, outside any transaction.
    const job = openJobDatabase(workbench.file, null);
    try {
      const before = await unchanged(service, workbench.file);
      const error = await refusal(service.invoke('system.restoreBackup', { backup: backup.id }));
      expect(error.message).toMatch(/Another connection is using the data file/);
      expect(await unchanged(service, workbench.file)).toEqual(before);
      // What that connection writes now is in the file the service reads, not in a replaced one.
      job.sqlite
        .prepare(
          "INSERT INTO team_member (county_id, role, program, role_label) VALUES (49, 'co-chair', 'cws', 'Written by a job')",
        )
        .run();
      expect(await seats(service)).toContain('Written by a job');
    } finally {
      job.close();
    }
    await service.invoke('system.restoreBackup', { backup: backup.id });
    expect(await seats(service)).toEqual(['CWS deputy director']);
  });

  it('refuses once this process no longer holds the data folder’s lock', async () => {
    let held = true;
    const lock = { folder: '', held: () => held, release: () => (held = false) };
    const workbench = openTempWorkbench({ lock });
    const service = serviceOver(workbench);
    await service.invoke('program.saveTeamMember', seat('CWS deputy director'));
    const backup = (await service.invoke('system.backupNow', {})) as Backup;
    await service.invoke('program.saveTeamMember', seat('CalWORKs program manager'));
    held = false; // another process found it stale and took the folder
    const error = await refusal(service.invoke('system.restoreBackup', { backup: backup.id }));
    expect(error.message).toMatch(/no longer holds the lock/);
    expect(await seats(service)).toEqual(['CWS deputy director', 'CalWORKs program manager']);
  });
});

function otherAppsDatabase(): Buffer {
  const file = path.join(tempFolder(), 'recipes.sqlite');
  const raw = new Sqlite(file);
  raw.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)');
  raw.close();
  return fs.readFileSync(file);
}
