import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Service } from '../../../src/api/service';
import type { EncryptionStatus } from '../../../src/api/system/encryption.contract';
import { lookOfDataFile } from '../../../src/db/encryption';
import { openDatabase, verifyDataFile } from '../../../src/db/openDatabase';
import { listBackups } from '../../../src/db/system/backups';
import { settledJob } from '../../support/jobs';
import { base64, CWS_CSV } from '../../support/matching';
import { everyRow, openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const FIRST = 'first county passphrase';
const SECOND = 'second county passphrase';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

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

async function withOneSeat() {
  const workbench = openTempWorkbench();
  const service = serviceOver(workbench);
  await service.invoke('program.saveTeamMember', seat('CWS deputy director'));
  return { workbench, service };
}

const status = (service: Service) =>
  service.invoke('system.encryption', {}) as Promise<EncryptionStatus>;

/** A job that holds its own connection to the data file for a moment. */
async function startImport(service: Service): Promise<string> {
  const extract = { countyId: 49, side: 'cws', fileName: 'cws.csv', bytesBase64: base64(CWS_CSV) };
  const { mapping } = (await service.invoke('matching.readExtract', extract)) as {
    mapping: Record<string, string>;
  };
  const job = (await service.invoke('matching.startImport', { ...extract, mapping })) as {
    jobId: string;
  };
  return job.jobId;
}

/** The job answers just before its thread closes its connection: retry briefly after it. */
async function onceIdle<T>(call: () => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await call();
    } catch (refused) {
      if (tries > 100) throw refused;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe('encryption at rest through the service', () => {
  it('encrypts, changes the passphrase and decrypts; the data and later jobs carry on', async () => {
    const { workbench, service } = await withOneSeat();
    await service.invoke('system.backupNow', {});
    expect(await status(service)).toMatchObject({ encrypted: false, jobRunning: false });

    const encrypted = await service.invoke('system.encryptData', {
      passphrase: FIRST,
      confirmPassphrase: FIRST,
    });
    expect(encrypted).toEqual({ encrypted: true, backupsRewritten: 1, backupsLeft: [] });
    expect(await status(service)).toMatchObject({ encrypted: true, offer: false });
    expect(lookOfDataFile(workbench.file)).toBe('encrypted');
    for (const backup of listBackups(workbench.file)) {
      expect(lookOfDataFile(backup.file)).toBe('encrypted');
    }
    expect(await seats(service)).toEqual(['CWS deputy director']);

    await service.invoke('system.changePassphrase', {
      current: FIRST,
      passphrase: SECOND,
      confirmPassphrase: SECOND,
    });
    expect(workbench.passphrase).toBe(SECOND);
    // A job started after the change opens the file with the new passphrase.
    expect((await settledJob(service, await startImport(service))).state).toBe('done');
    expect(await service.invoke('matching.extracts', { countyId: 49 })).toHaveLength(1);
    for (const backup of listBackups(workbench.file)) {
      expect(() => verifyDataFile(backup.file, { passphrase: SECOND })).not.toThrow();
    }

    await onceIdle(() => service.invoke('system.decryptData', { current: SECOND }));
    expect(await status(service)).toMatchObject({ encrypted: false });
    expect(lookOfDataFile(workbench.file)).toBe('plain');
    expect(await seats(service)).toEqual(['CWS deputy director']);
    // The audit trail says who changed the encryption and when, without any passphrase.
    const events = workbench.sqlite
      .prepare("SELECT after_json FROM audit_event WHERE entity = 'data_file' ORDER BY id")
      .all() as { after_json: string }[];
    expect(events.map((event) => event.after_json)).toEqual([
      '{"encrypted":true}',
      '{"encrypted":true}',
      '{"encrypted":false}',
    ]);
    workbench.close();
    const again = openDatabase(workbench.file);
    again.close();
  });

  it('refuses a wrong current passphrase at its field, and changes nothing', async () => {
    const { workbench, service } = await withOneSeat();
    await service.invoke('system.encryptData', { passphrase: FIRST, confirmPassphrase: FIRST });
    const before = everyRow(workbench);
    for (const call of [
      service.invoke('system.changePassphrase', {
        current: 'not the passphrase',
        passphrase: SECOND,
        confirmPassphrase: SECOND,
      }),
      service.invoke('system.decryptData', { current: 'not the passphrase' }),
    ]) {
      const error = await refusal(call);
      expect(error.kind).toBe('ValidationError');
      expect(error.issues).toEqual([
        {
          path: 'current',
          message: 'That is not the passphrase the data is encrypted with. Nothing was changed.',
        },
      ]);
      expect(error.message).not.toMatch(/corrupt|damaged|not a database/i);
    }
    expect(workbench.passphrase).toBe(FIRST);
    expect(lookOfDataFile(workbench.file)).toBe('encrypted');
    expect(everyRow(workbench)).toEqual(before);
  });

  it('asks for a long passphrase typed the same twice, naming the field', async () => {
    const { service } = await withOneSeat();
    const short = await refusal(
      service.invoke('system.encryptData', { passphrase: 'short', confirmPassphrase: 'short' }),
    );
    expect(short.issues.map((issue) => issue.path)).toEqual(['passphrase']);
    expect(short.issues[0]?.message).toMatch(/at least 12 characters/);
    const differ = await refusal(
      service.invoke('system.encryptData', { passphrase: FIRST, confirmPassphrase: SECOND }),
    );
    expect(differ.issues).toEqual([
      {
        path: 'confirmPassphrase',
        message: 'The two passphrases differ. Type the same passphrase in both fields.',
      },
    ]);
    expect((await status(service)).encrypted).toBe(false);
  });

  it('refuses while a job is running, and encrypts once it has finished', async () => {
    const { workbench, service } = await withOneSeat();
    const jobId = await startImport(service);
    expect((await status(service)).jobRunning).toBe(true);
    const error = await refusal(
      service.invoke('system.encryptData', { passphrase: FIRST, confirmPassphrase: FIRST }),
    );
    expect(error.kind).toBe('Conflict');
    expect(error.message).toMatch(/still working/);
    expect(workbench.passphrase).toBeNull();

    expect((await settledJob(service, jobId)).state).toBe('done');
    await onceIdle(() =>
      service.invoke('system.encryptData', { passphrase: FIRST, confirmPassphrase: FIRST }),
    );
    expect(lookOfDataFile(workbench.file)).toBe('encrypted');
    expect(await service.invoke('matching.extracts', { countyId: 49 })).toHaveLength(1);
  });

  it('writes no passphrase to the log, to an error or to the data', async () => {
    vi.stubEnv('LINKAGES_LOG', 'debug');
    const written: string[] = [];
    const keep = (...parts: unknown[]) => void written.push(parts.map(String).join(' '));
    for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(keep);
    }
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (keep(chunk), true));
    const { workbench, service } = await withOneSeat();
    const typed = ['a passphrase typed once', 'and another typed twice', FIRST, 'wrong guess here'];
    const jobId = await startImport(service);
    const answers = [
      // Refused while the job runs, then for differing entries, then for a wrong current one.
      await service.handle('system.encryptData', { passphrase: FIRST, confirmPassphrase: FIRST }),
    ];
    await settledJob(service, jobId);
    answers.push(
      await service.handle('system.encryptData', {
        passphrase: typed[0],
        confirmPassphrase: typed[1],
      }),
      await onceIdle(async () => {
        const answer = await service.handle('system.encryptData', {
          passphrase: FIRST,
          confirmPassphrase: FIRST,
        });
        if (!answer.ok) throw new Error('still busy');
        return answer;
      }),
      await service.handle('system.decryptData', { current: typed[3] }),
      await service.handle('system.changePassphrase', { current: FIRST, passphrase: 12 }),
    );
    expect(answers.map((answer) => answer.ok)).toEqual([false, false, true, false, false]);
    expect(written.some((line) => line.includes('system.encryptData refused'))).toBe(true);
    const everything = [...written, JSON.stringify(answers), JSON.stringify(everyRow(workbench))];
    for (const passphrase of typed) {
      for (const text of everything) expect(text).not.toContain(passphrase);
    }
  });
});

describe('the offer to encrypt at first start', () => {
  it('stands for a new, plain data file until “Not now”', async () => {
    const service = serviceOver(openTempWorkbench());
    await service.invoke('workspace.setCounty', { countyId: 49 });
    expect(await status(service)).toEqual({ encrypted: false, jobRunning: false, offer: true });
    expect(await service.invoke('system.dismissEncryptionOffer', {})).toMatchObject({
      offer: false,
    });
    expect((await status(service)).offer).toBe(false);
  });

  it('is not made once a county’s records are in the file, or once it is encrypted', async () => {
    const { service } = await withOneSeat();
    expect((await status(service)).offer).toBe(false);
    const fresh = serviceOver(openTempWorkbench({ passphrase: FIRST }));
    expect(await status(fresh)).toMatchObject({ encrypted: true, offer: false });
  });
});
