import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Workbench } from '../../../src/db/openDatabase';
import {
  addUser,
  countLiveSessionsExcept,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOf,
  findSession,
  findUserByName,
  findUserBySubject,
  hasActiveAdministrator,
  listUsers,
  setDisabled,
  setGrants,
  setPasswordHash,
  touchSession,
  UserAlreadyExists,
  type NewUser,
} from '../../../src/db/system/users';
import { openTempWorkbench } from '../../support/workbench';

const ALAMEDA = 1;
const SONOMA = 49;
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';
const ISSUER = 'https://id.county.example';

function newUser(fields: Partial<NewUser> = {}): NewUser {
  return {
    userName: 'MGarcia',
    displayName: 'Maria Garcia',
    passwordHash: HASH,
    oidc: null,
    grants: [{ role: 'cws', countyId: SONOMA }],
    ...fields,
  };
}

function userEvents(workbench: Workbench) {
  return workbench.db.all<{
    actor: string;
    action: string;
    county_id: number | null;
    before_json: string | null;
    after_json: string;
  }>(
    sql`SELECT actor, action, county_id, before_json, after_json FROM audit_event WHERE entity = 'user' ORDER BY id`,
  );
}

describe('the users repository', () => {
  it('adds a user found by name in any case, with their grants, and audits it without the hash', () => {
    const workbench = openTempWorkbench();
    const added = addUser(workbench.db, newUser(), 'users command (root)');
    expect(added).not.toHaveProperty('passwordHash');
    expect(added).toMatchObject({
      userName: 'MGarcia',
      hasPassword: true,
      disabled: false,
      version: 1,
    });
    const found = findUserByName(workbench.db, 'mgarcia');
    expect(found?.id).toBe(added.id);
    expect(found?.passwordHash).toBe(HASH);
    expect(found?.grants).toEqual([{ role: 'cws', countyId: SONOMA }]);
    expect(findUserByName(workbench.db, 'MGARCIA')?.id).toBe(added.id);
    expect(findUserByName(workbench.db, 'mgarcia2')).toBeUndefined();
    const [event] = userEvents(workbench);
    expect(event).toMatchObject({
      actor: 'users command (root)',
      action: 'create',
      county_id: null,
      before_json: null,
    });
    expect(event?.after_json).not.toContain(HASH);
    expect(event?.after_json).not.toContain('passwordHash');
    expect(JSON.parse(event?.after_json ?? '{}')).toMatchObject({
      userName: 'MGarcia',
      grants: [{ role: 'cws', countyId: SONOMA }],
    });
  });

  it('refuses a second user with the same name in another case, or the same subject', () => {
    const workbench = openTempWorkbench();
    addUser(workbench.db, newUser({ oidc: { issuer: ISSUER, subject: 'abc' } }), 'test');
    expect(() => addUser(workbench.db, newUser({ userName: 'mgarcia' }), 'test')).toThrow(
      UserAlreadyExists,
    );
    expect(() =>
      addUser(
        workbench.db,
        newUser({ userName: 'other', oidc: { issuer: ISSUER, subject: 'abc' } }),
        'test',
      ),
    ).toThrow(UserAlreadyExists);
    // The table itself refuses too, whatever a caller skips.
    expect(() =>
      workbench.sqlite
        .prepare(`INSERT INTO app_user (user_name, user_key) VALUES ('mgarcia', 'mgarcia')`)
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      workbench.sqlite
        .prepare(`INSERT INTO app_user (user_name, user_key) VALUES ('Jlee', 'Jlee')`)
        .run(),
    ).toThrow(/CHECK/);
    expect(findUserBySubject(workbench.db, ISSUER, 'abc')?.userName).toBe('MGarcia');
    expect(findUserBySubject(workbench.db, 'https://other.example', 'abc')).toBeUndefined();
    expect(listUsers(workbench.db)).toHaveLength(1);
  });

  it('holds one grant of a role per county and one for every county, never two', () => {
    const workbench = openTempWorkbench();
    const user = addUser(workbench.db, newUser({ grants: [] }), 'test');
    const grant = (county: number | null) =>
      workbench.sqlite
        .prepare(`INSERT INTO user_role (user_id, role, county_id) VALUES (?, 'oversight', ?)`)
        .run(user.id, county);
    grant(null);
    grant(SONOMA);
    expect(() => grant(null)).toThrow(/UNIQUE/);
    expect(() => grant(SONOMA)).toThrow(/UNIQUE/);
    expect(() =>
      workbench.sqlite
        .prepare(`INSERT INTO user_role (user_id, role, county_id) VALUES (?, 'janitor', 1)`)
        .run(user.id),
    ).toThrow(/CHECK/);
  });

  it('replaces grants, lists users with them and never a hash, and moves the version on', () => {
    const workbench = openTempWorkbench();
    const user = addUser(workbench.db, newUser(), 'test');
    addUser(
      workbench.db,
      newUser({
        userName: 'aadmin',
        passwordHash: null,
        oidc: { issuer: ISSUER, subject: 'x' },
        grants: [{ role: 'administrator', countyId: null }],
      }),
      'test',
    );
    const changed = setGrants(
      workbench.db,
      user.id,
      [
        { role: 'calworks', countyId: ALAMEDA },
        { role: 'oversight', countyId: null },
      ],
      'admin',
    );
    expect(changed.version).toBe(2);
    const listed = listUsers(workbench.db);
    expect(listed.map((u) => u.userName)).toEqual(['aadmin', 'MGarcia']);
    expect(listed[0]).toMatchObject({ hasPassword: false, oidcSubject: 'x' });
    expect(listed[1]?.grants).toEqual([
      { role: 'oversight', countyId: null },
      { role: 'calworks', countyId: ALAMEDA },
    ]);
    expect(JSON.stringify(listed)).not.toContain('argon2');
    const last = userEvents(workbench).at(-1);
    expect(last).toMatchObject({ actor: 'admin', action: 'update' });
    expect(JSON.parse(last?.before_json ?? '{}').grants).toEqual([
      { role: 'cws', countyId: SONOMA },
    ]);
    expect(JSON.parse(last?.after_json ?? '{}').grants).toHaveLength(2);
  });

  it('knows whether an enabled administrator exists, and disabling signs the user out', () => {
    const workbench = openTempWorkbench();
    expect(hasActiveAdministrator(workbench.db)).toBe(false);
    const staff = addUser(workbench.db, newUser(), 'test');
    expect(hasActiveAdministrator(workbench.db)).toBe(false);
    const admin = addUser(
      workbench.db,
      newUser({ userName: 'admin', grants: [{ role: 'administrator', countyId: null }] }),
      'test',
    );
    expect(hasActiveAdministrator(workbench.db)).toBe(true);
    createSession(workbench.db, {
      tokenHash: 'a1',
      userId: admin.id,
      expiresAt: '2999-01-01T00:00:00.000Z',
      ip: '::1',
      userAgent: 'test',
    });
    createSession(workbench.db, {
      tokenHash: 's1',
      userId: staff.id,
      expiresAt: '2999-01-01T00:00:00.000Z',
      ip: '::1',
      userAgent: 'test',
    });
    expect(setDisabled(workbench.db, admin.id, true, 'test').disabled).toBe(true);
    expect(hasActiveAdministrator(workbench.db)).toBe(false);
    expect(findSession(workbench.db, 'a1')).toBeUndefined();
    expect(findSession(workbench.db, 's1')).toBeDefined();
    setDisabled(workbench.db, admin.id, false, 'test');
    expect(hasActiveAdministrator(workbench.db)).toBe(true);
    expect(userEvents(workbench).map((e) => e.action)).toEqual([
      'create',
      'create',
      'update',
      'update',
    ]);
  });

  it('sets a new password, signing the user out everywhere, and audits no hash', () => {
    const workbench = openTempWorkbench();
    const user = addUser(workbench.db, newUser(), 'test');
    createSession(workbench.db, {
      tokenHash: 't1',
      userId: user.id,
      expiresAt: '2999-01-01T00:00:00.000Z',
      ip: '',
      userAgent: '',
    });
    const newHash = '$argon2id$v=19$m=19456,t=2,p=1$bmV3c2FsdA$bmV3aGFzaG5ld2hhc2g';
    setPasswordHash(workbench.db, user.id, newHash, 'test');
    expect(findUserByName(workbench.db, 'mgarcia')?.passwordHash).toBe(newHash);
    expect(findSession(workbench.db, 't1')).toBeUndefined();
    const events = JSON.stringify(userEvents(workbench));
    expect(events).not.toContain(newHash);
    expect(events).not.toContain(HASH);
  });
});

describe('sessions', () => {
  it('are found by token hash with their user, touched, and removed one, all, or when expired', () => {
    const workbench = openTempWorkbench();
    const { db } = workbench;
    const user = addUser(db, newUser(), 'test');
    createSession(db, {
      tokenHash: 'h1',
      userId: user.id,
      expiresAt: '2030-01-01T00:00:00.000Z',
      ip: '10.0.0.5',
      userAgent: 'x'.repeat(1000),
    });
    createSession(db, {
      tokenHash: 'h2',
      userId: user.id,
      expiresAt: '2030-06-01T00:00:00.000Z',
      ip: '10.0.0.6',
      userAgent: 'Firefox',
    });
    createSession(db, {
      tokenHash: 'h3',
      userId: user.id,
      expiresAt: '2031-01-01T00:00:00.000Z',
      ip: '10.0.0.7',
      userAgent: 'Edge',
    });
    const found = findSession(db, 'h1');
    expect(found?.userAgent).toHaveLength(256);
    expect(found?.user).toEqual({
      id: user.id,
      userName: 'MGarcia',
      displayName: 'Maria Garcia',
      disabled: false,
      grants: [{ role: 'cws', countyId: SONOMA }],
    });
    touchSession(db, 'h2', '2029-12-31T00:00:00.000Z');
    touchSession(db, 'h3', '2030-01-01T12:00:00.000Z');
    expect(findSession(db, 'h2')?.lastSeenAt).toBe('2029-12-31T00:00:00.000Z');
    // Session rows are not audited.
    expect(userEvents(workbench)).toHaveLength(1);
    expect(deleteExpiredSessions(db, '2030-01-01T00:00:00.000Z')).toBe(1);
    expect(findSession(db, 'h1')).toBeUndefined();
    // Idle since before 2030: h2 was last seen in 2029.
    expect(deleteExpiredSessions(db, '2030-01-02T00:00:00.000Z', '2029-12-31T12:00:00.000Z')).toBe(
      1,
    );
    expect(findSession(db, 'h2')).toBeUndefined();
    deleteSession(db, 'h3');
    expect(findSession(db, 'h3')).toBeUndefined();
    createSession(db, {
      tokenHash: 'h4',
      userId: user.id,
      expiresAt: '2031-01-01T00:00:00.000Z',
      ip: '',
      userAgent: '',
    });
    createSession(db, {
      tokenHash: 'h5',
      userId: user.id,
      expiresAt: '2031-01-01T00:00:00.000Z',
      ip: '',
      userAgent: '',
    });
    expect(deleteSessionsOf(db, user.id)).toBe(2);
  });

  it('counts as live only the sessions the gate would let in: idle, expired and too old are not', () => {
    const workbench = openTempWorkbench();
    const { db } = workbench;
    const user = addUser(db, newUser(), 'test');
    for (const tokenHash of ['mine', 'fresh', 'idle', 'old']) {
      createSession(db, {
        tokenHash,
        userId: user.id,
        expiresAt: '2999-01-01T00:00:00.000Z',
        ip: '',
        userAgent: '',
      });
    }
    const now = new Date('2026-12-08T12:00:00.000Z');
    const at = (iso: string) => sql`${iso}`;
    db.run(sql`UPDATE user_session SET created_at = ${at('2026-12-08T11:00:00.000Z')},
      last_seen_at = ${at('2026-12-08T11:55:00.000Z')}`);
    db.run(sql`UPDATE user_session SET last_seen_at = ${at('2026-12-08T11:00:00.000Z')}
      WHERE id = 'idle'`);
    // Signed in 9 hours ago: within the 12 it was given, past the 8 the administrator set since.
    db.run(sql`UPDATE user_session SET created_at = ${at('2026-12-08T03:00:00.000Z')}
      WHERE id = 'old'`);
    const policy = { idleMinutes: 30, absoluteHours: 8 };
    expect(countLiveSessionsExcept(db, 'mine', now, policy)).toBe(1);
    expect(countLiveSessionsExcept(db, null, now, policy)).toBe(2);
    expect(countLiveSessionsExcept(db, 'mine', now, { idleMinutes: 30, absoluteHours: 12 })).toBe(
      2,
    );
  });
});
