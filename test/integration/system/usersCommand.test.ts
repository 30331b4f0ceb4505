/**
 * `npm run users` end to end: the launcher as a person runs it, on a temporary data folder, with
 * passwords from 0600 files (the terminal prompt needs a terminal, which a test has not).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../../../scripts/serverBuild.mjs';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase, type Workbench } from '../../../src/db/openDatabase';
import { createSession, findSession, findUserByName } from '../../../src/db/system/users';
import { projectRoot } from '../../../src/server/paths';
import { verifyPassword } from '../../../src/api/system/passwords';
import { runServe } from '../../support/serve';
import { tempFolder } from '../../support/workbench';

const PASSWORD = 'river otter sandwich 42';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function runUsers(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(projectRoot, 'scripts', 'users.mjs'), ...args],
      { cwd: projectRoot },
      (error, out, err) => resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}

function passwordFile(folder: string, text: string, mode = 0o600): string {
  const file = path.join(folder, `password-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, `${text}\n`, { mode });
  fs.chmodSync(file, mode);
  return file;
}

/** Reads the data file between commands, as nothing holds it then. */
function withData<T>(
  data: string,
  read: (db: Workbench['db'], sqlite: Workbench['sqlite']) => T,
): T {
  const workbench = openDatabase(databaseFileIn(data));
  try {
    return read(workbench.db, workbench.sqlite);
  } finally {
    workbench.close();
  }
}

beforeAll(() => ensureServerBuilt(() => undefined), 120_000);

describe('npm run users', () => {
  it('adds the first administrator to a fresh folder, lists users, and audits as the command', async () => {
    const folder = tempFolder();
    const data = path.join(folder, 'data');
    const added = await runUsers([
      'add',
      'Admin',
      '--role',
      'administrator',
      '--display-name',
      'Ana Admin',
      '--password-file',
      passwordFile(folder, PASSWORD),
      '--data',
      data,
    ]);
    expect(added).toMatchObject({ code: 0, out: 'Added Admin (administrator).\n' });
    const staff = await runUsers([
      'add',
      'mgarcia',
      '--role',
      'cws:Sonoma',
      '--role',
      'calworks:06073',
      '--password-file',
      passwordFile(folder, PASSWORD),
      '--data',
      data,
    ]);
    expect(staff.code).toBe(0);
    const listed = await runUsers(['list', '--data', data]);
    expect(listed.code).toBe(0);
    expect(listed.out.split('\n')).toEqual([
      'NAME     DISPLAY NAME  STATUS   SIGN-IN   ROLES',
      'Admin    Ana Admin     enabled  password  administrator',
      'mgarcia  -             enabled  password  calworks:San Diego, cws:Sonoma',
      '',
    ]);
    expect(listed.out).not.toContain('argon2');
    const { hash, events } = withData(data, (db, sqlite) => ({
      hash: findUserByName(db, 'admin')?.passwordHash ?? '',
      events: sqlite
        .prepare("SELECT actor, after_json FROM audit_event WHERE entity = 'user'")
        .all() as { actor: string; after_json: string }[],
    }));
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(events.map((e) => e.actor)).toEqual(
      Array(2).fill(`users command (${os.userInfo().username})`),
    );
    expect(events.map((e) => e.after_json).join()).not.toContain('argon2');
  });

  it('refuses, changing nothing, a county role for every county, a weak password, an open file', async () => {
    const folder = tempFolder();
    const data = path.join(folder, 'data');
    const good = passwordFile(folder, PASSWORD);
    await runUsers([
      'add',
      'admin',
      '--role',
      'administrator',
      '--password-file',
      good,
      '--data',
      data,
    ]);
    const everywhere = await runUsers([
      'add',
      'jlee',
      '--role',
      'cws',
      '--password-file',
      good,
      '--data',
      data,
    ]);
    expect(everywhere.code).toBe(2);
    expect(everywhere.err).toMatch(/The cws role is held in a county: write cws:COUNTY/);
    const weak = await runUsers([
      'add',
      'jlee',
      '--role',
      'cws:Alameda',
      '--password-file',
      passwordFile(folder, 'jlee2026'),
      '--data',
      data,
    ]);
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('The password cannot be used:');
    expect(weak.err).toContain('  - It is 8 characters long; use at least 12.');
    expect(weak.err).toContain('  - It contains the user name');
    const open = await runUsers([
      'add',
      'jlee',
      '--role',
      'cws:Alameda',
      '--password-file',
      passwordFile(folder, PASSWORD, 0o644),
      '--data',
      data,
    ]);
    expect(open.code).toBe(2);
    expect(open.err).toMatch(/password file .* can be read or changed by other accounts/);
    // No terminal to type it at, and no file: refused, not left without a password.
    const none = await runUsers(['add', 'jlee', '--role', 'cws:Alameda', '--data', data]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/No password given/);
    const twice = await runUsers([
      'add',
      'ADMIN',
      '--role',
      'oversight',
      '--password-file',
      good,
      '--data',
      data,
    ]);
    expect(twice).toMatchObject({ code: 2, err: 'There is already a user named ADMIN.\n' });
    const badCounty = await runUsers([
      'roles',
      'admin',
      '--role',
      'fiscal:Atlantis',
      '--data',
      data,
    ]);
    expect(badCounty.code).toBe(2);
    expect(badCounty.err).toMatch(/"Atlantis" is not a California county/);
    expect(withData(data, (db) => findUserByName(db, 'jlee'))).toBeUndefined();
    expect(withData(data, (db) => findUserByName(db, 'admin')?.grants)).toEqual([
      { role: 'administrator', countyId: null },
    ]);
  });

  it('disables, enables, resets and replaces roles, signing the user out where it should', async () => {
    const folder = tempFolder();
    const data = path.join(folder, 'data');
    await runUsers([
      'add',
      'mgarcia',
      '--role',
      'cws:Sonoma',
      '--password-file',
      passwordFile(folder, PASSWORD),
      '--data',
      data,
    ]);
    const signIn = (token: string) =>
      withData(data, (db) => {
        const user = findUserByName(db, 'mgarcia');
        createSession(db, {
          tokenHash: token,
          userId: user?.id ?? 0,
          expiresAt: '2999-01-01T00:00:00.000Z',
          ip: '',
          userAgent: '',
        });
      });
    const signedIn = (token: string) =>
      withData(data, (db) => findSession(db, token) !== undefined);

    signIn('a');
    expect(await runUsers(['disable', 'MGarcia', '--data', data])).toMatchObject({
      code: 0,
      out: expect.stringContaining('Disabled mgarcia and signed them out everywhere.') as string,
    });
    expect(signedIn('a')).toBe(false);
    expect((await runUsers(['disable', 'mgarcia', '--data', data])).out).toMatch(
      /already disabled/,
    );
    expect((await runUsers(['enable', 'mgarcia', '--data', data])).code).toBe(0);
    expect(withData(data, (db) => findUserByName(db, 'mgarcia')?.disabled)).toBe(false);

    signIn('b');
    const next = 'heron lantern quiet 77';
    expect(
      (
        await runUsers([
          'reset',
          'mgarcia',
          '--password-file',
          passwordFile(folder, next),
          '--data',
          data,
        ])
      ).out,
    ).toBe('Set a new password for mgarcia and signed them out everywhere.\n');
    expect(signedIn('b')).toBe(false);
    const hash = withData(data, (db) => findUserByName(db, 'mgarcia')?.passwordHash) ?? '';
    expect(await verifyPassword(hash, next)).toBe(true);

    const roles = await runUsers([
      'roles',
      'mgarcia',
      '--role',
      'supervisor:Sonoma',
      '--role',
      'analyst:06097',
      '--data',
      data,
    ]);
    expect(roles.out).toContain('mgarcia now holds analyst:Sonoma, supervisor:Sonoma.');
    expect(roles.out).toContain('No enabled administrator is left');
    expect((await runUsers(['disable', 'nobody', '--data', data])).err).toBe(
      'There is no user named nobody.\n',
    );
  });

  it('adds a user who signs in only through the county’s identity provider', async () => {
    const data = path.join(tempFolder(), 'data');
    const added = await runUsers([
      'add',
      'lchen',
      '--role',
      'oversight',
      '--oidc-subject',
      'https://login.county.example#00u1abc',
      '--data',
      data,
    ]);
    expect(added.code).toBe(0);
    expect((await runUsers(['list', '--data', data])).out).toMatch(
      /lchen +- +enabled +identity provider +oversight/,
    );
    expect(withData(data, (db) => findUserByName(db, 'lchen'))).toMatchObject({
      passwordHash: null,
      oidcIssuer: 'https://login.county.example',
      oidcSubject: '00u1abc',
    });
  });

  it('refuses while the server holds the data folder', async () => {
    const folder = tempFolder();
    const data = path.join(folder, 'data');
    const serve = runServe(['--data', data, '--port', '0']);
    try {
      await serve.ready;
      const refused = await runUsers([
        'add',
        'admin',
        '--role',
        'administrator',
        '--password-file',
        passwordFile(folder, PASSWORD),
        '--data',
        data,
      ]);
      expect(refused.code).toBe(4);
      expect(refused.err).toMatch(
        /The shared server holds the data folder .*: use the Administration page, or stop the server first\./,
      );
    } finally {
      await serve.stop();
    }
    expect(withData(data, (db) => findUserByName(db, 'admin'))).toBeUndefined();
  });
});
