/**
 * The Administration page's calls on the shared server (issue 24): users disabled and given new
 * passwords and roles, the last enabled administrator kept, session limits applied, and restoring
 * a backup only with everyone else signed out and every restored session ended.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../src/db/system/backups';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';

const ALAMEDA = 1;

let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

async function start() {
  server = await startSharedServer([
    { userName: 'ada', grants: [{ role: 'administrator', countyId: null }] },
    { userName: 'cora', grants: [{ role: 'coordinator', countyId: ALAMEDA }] },
  ]);
  const admin = server.client();
  expect((await admin.signIn('ada')).status).toBe(200);
  return { ...server, admin };
}

const NEW_PASSWORD = 'a brand new passphrase here';

describe('the Administration page’s calls', () => {
  it('refuses to disable the last administrator, or take away their role, and changes nothing', async () => {
    const { admin, client } = await start();
    const self = await admin.call('system.setUserDisabled', { userName: 'ada', disabled: true });
    expect(self.status).toBe(409);
    expect(self.body.error?.message).toMatch(/your own account/);
    const roles = await admin.call('system.setUserRoles', {
      userName: 'ada',
      grants: [{ role: 'supervisor', countyId: ALAMEDA }],
    });
    expect(roles.status).toBe(409);
    expect(roles.body.error?.message).toMatch(/no enabled administrator/);
    // Another administrator, disabled, cannot make the rule pass either; enabled, it can.
    const added = await admin.call('system.addUser', {
      userName: 'bea',
      password: 'second administrator passphrase',
      grants: [{ role: 'administrator', countyId: null }],
    });
    expect(added.status).toBe(200);
    await admin.call('system.setUserDisabled', { userName: 'bea', disabled: true });
    expect(
      (
        await admin.call('system.setUserRoles', {
          userName: 'ada',
          grants: [{ role: 'supervisor', countyId: ALAMEDA }],
        })
      ).status,
    ).toBe(409);
    await admin.call('system.setUserDisabled', { userName: 'bea', disabled: false });
    const bea = client();
    await bea.signIn('bea', 'second administrator passphrase');
    const lastOne = await bea.call('system.setUserDisabled', { userName: 'ada', disabled: true });
    expect(lastOne.status).toBe(200);
    const backAgain = await bea.call('system.setUserDisabled', { userName: 'bea', disabled: true });
    expect(backAgain.status).toBe(409);
    const users = (await bea.call('system.users')).body.value as {
      userName: string;
      disabled: boolean;
    }[];
    expect(users.map((user) => [user.userName, user.disabled])).toEqual([
      ['ada', true],
      ['bea', false],
      ['cora', false],
    ]);
  });

  it('resets a password by the policy, signs the user out, and records who did it', async () => {
    const { admin, client, workbench, userIds } = await start();
    const cora = client();
    await cora.signIn('cora');
    const weak = await admin.call('system.resetPassword', { userName: 'cora', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({
      issues: [expect.objectContaining({ path: 'password' })],
    });
    expect((await cora.call('system.whoAmI')).status).toBe(200);
    const reset = await admin.call('system.resetPassword', {
      userName: 'cora',
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);
    expect((await cora.call('system.whoAmI')).status).toBe(401);
    expect((await client().signIn('cora')).status).toBe(401);
    expect((await client().signIn('cora', NEW_PASSWORD)).status).toBe(200);
    const trail = workbench.sqlite
      .prepare(
        `SELECT actor, action, after_json AS after FROM audit_event
         WHERE entity = 'user' AND entity_id = ? ORDER BY id DESC LIMIT 1`,
      )
      .get(String(userIds.cora)) as { actor: string; action: string; after: string };
    expect(trail).toMatchObject({ actor: 'ada', action: 'update' });
    // The trail says a password was set, never the hash.
    expect(trail.after).not.toMatch(/argon2/);
  });

  it('disabling a user signs them out; enabling lets them sign in again', async () => {
    const { admin, client } = await start();
    const cora = client();
    await cora.signIn('cora');
    expect(
      (await admin.call('system.setUserDisabled', { userName: 'cora', disabled: true })).status,
    ).toBe(200);
    expect((await cora.call('system.whoAmI')).status).toBe(401);
    expect((await client().signIn('cora')).status).toBe(401);
    await admin.call('system.setUserDisabled', { userName: 'cora', disabled: false });
    expect((await client().signIn('cora')).status).toBe(200);
  });

  it('gives new roles that the next call goes by', async () => {
    const { admin, client } = await start();
    const cora = client();
    await cora.signIn('cora');
    const everywhere = await admin.call('system.setUserRoles', {
      userName: 'cora',
      grants: [{ role: 'coordinator', countyId: null }],
    });
    expect(everywhere.body.error).toMatchObject({
      issues: [expect.objectContaining({ path: 'grants' })],
    });
    const nowhere = await admin.call('system.setUserRoles', {
      userName: 'cora',
      grants: [{ role: 'analyst', countyId: 999_999 }],
    });
    expect([nowhere.status, nowhere.body.error?.message]).toEqual([
      400,
      'There is no county with id 999999; choose one from the list.',
    ]);
    await admin.call('system.setUserRoles', {
      userName: 'cora',
      grants: [{ role: 'analyst', countyId: ALAMEDA }],
    });
    const me = (await cora.call('system.whoAmI')).body.value as { grants: unknown[] };
    expect(me.grants).toEqual([{ role: 'analyst', countyId: ALAMEDA }]);
  });

  it('applies the session limits the administrator sets to sessions already open', async () => {
    const { admin, client, workbench } = await start();
    const out = await admin.call('system.setSessionPolicy', { idleMinutes: 2, absoluteHours: 30 });
    expect(out.status).toBe(400);
    expect(out.body.error).toMatchObject({
      issues: [{ path: 'idleMinutes' }, { path: 'absoluteHours' }],
    });
    const cora = client();
    await cora.signIn('cora');
    // Seen 10 minutes ago: within the default 30 idle minutes, past 5.
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    const idle = workbench.sqlite.prepare(`UPDATE user_session SET last_seen_at = ?`);
    idle.run(tenMinutesAgo);
    expect((await cora.call('system.whoAmI')).status).toBe(200);
    idle.run(tenMinutesAgo);
    const set = await admin.call('system.setSessionPolicy', { idleMinutes: 5, absoluteHours: 8 });
    expect(set.body.value).toMatchObject({ idleMinutes: 5, absoluteHours: 8 });
    expect((await admin.call('system.sessionPolicy')).body.value).toMatchObject({ idleMinutes: 5 });
    expect((await cora.call('system.whoAmI')).status).toBe(401);
    // The absolute limit counts from sign-in, so shortening it ends a session signed in long ago.
    const again = client();
    await again.signIn('cora');
    workbench.sqlite
      .prepare(`UPDATE user_session SET created_at = ? WHERE user_id <> 1`)
      .run(new Date(Date.now() - 9 * 3_600_000).toISOString());
    expect((await again.call('system.whoAmI')).status).toBe(401);
  });

  it('signs everyone else out, and restores only then, ending every restored session', async () => {
    const { admin, client } = await start();
    const backup = (await admin.call('system.backupNow')).body.value as { id: string };
    const cora = client();
    await cora.signIn('cora');
    const refused = await admin.call('system.restoreBackup', { backup: backup.id });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/Sign everyone else out/);
    const ended = await admin.call('system.signOutOthers');
    expect(ended.body.value).toEqual({ sessionsEnded: 1 });
    expect((await cora.call('system.whoAmI')).status).toBe(401);
    expect((await admin.call('system.whoAmI')).status).toBe(200);
    const restored = await admin.call('system.restoreBackup', { backup: backup.id });
    expect(restored.status).toBe(200);
    // The backup held the administrator's session (made while signed in): ended all the same.
    expect((await admin.call('system.whoAmI')).status).toBe(401);
    expect((await admin.signIn('ada')).status).toBe(200);
  });

  it('refuses a backup in which no enabled administrator is left, and changes nothing', async () => {
    const { admin, workbench } = await start();
    const disable = workbench.sqlite.prepare(
      `UPDATE app_user SET disabled = ? WHERE user_name = 'ada'`,
    );
    disable.run(1);
    const backup = backupDatabase(workbench.sqlite, workbench.file, 'manual');
    disable.run(0);
    const refused = await admin.call('system.restoreBackup', { backup: backup.name });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/no enabled user holds the administrator role/);
    expect((await admin.call('system.whoAmI')).status).toBe(200);
  });
});
