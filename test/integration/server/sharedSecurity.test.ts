/**
 * The shared server's security, each test able to fail (issue 24): CSRF, session fixation, cookie
 * flags, throttling, user-name enumeration, privilege escalation, another county's records, the
 * oversight committee and families, a disabled user's session, sign out everywhere, idle timeout.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setDisabled } from '../../../src/db/system/users';
import { SIGN_IN_REFUSED } from '../../../src/server/shared/sharedAccess';
import { SignInThrottle } from '../../../src/server/shared/signInThrottle';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';

const ALAMEDA = 1;
const ALPINE = 2;

let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

async function start(options: Parameters<typeof startSharedServer>[1] = {}) {
  server = await startSharedServer(
    [
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: ALAMEDA }] },
      { userName: 'wes', grants: [{ role: 'cws', countyId: ALAMEDA }] },
      { userName: 'olga', grants: [{ role: 'oversight', countyId: null }] },
      { userName: 'fern', grants: [{ role: 'fiscal', countyId: ALPINE }] },
    ],
    options,
  );
  return server;
}

describe('the shared server', () => {
  it('sets its session cookie HttpOnly, SameSite=Strict, for the whole site, and no token in the answer', async () => {
    const { client } = await start();
    const browser = client();
    const reply = await browser.signIn('cora');
    expect(reply.status).toBe(200);
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^linkages-session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(JSON.stringify(reply.body)).not.toContain(browser.cookie?.split('=')[1]);
  });

  it('marks the cookie Secure and __Host- under TLS', async () => {
    const { client } = await start({ tls: true });
    const reply = await client().signIn('cora');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^__Host-linkages-session=/);
    expect(cookie).toMatch(/; Secure/);
  });

  it('refuses every call without a session, and signs in and out', async () => {
    const { client } = await start();
    const browser = client();
    expect((await browser.call('workspace.get')).status).toBe(401);
    await browser.signIn('cora');
    const who = await browser.call('system.whoAmI');
    expect(who.body.value).toMatchObject({ userName: 'cora', shared: true });
    await browser.post('/auth/sign-out', {});
    expect(browser.cookie).toBeNull();
    expect((await browser.call('workspace.get')).status).toBe(401);
  });

  it('refuses calls and sign-ins from another origin, or from none (CSRF)', async () => {
    const { client } = await start();
    const browser = client();
    await browser.signIn('cora');
    const forged = client('https://evil.example');
    forged.cookie = browser.cookie;
    expect((await forged.call('workspace.setCounty', { countyId: ALAMEDA })).status).toBe(403);
    expect((await forged.signIn('cora')).status).toBe(403);
    const noOrigin = client(null);
    noOrigin.cookie = browser.cookie;
    expect((await noOrigin.call('workspace.setCounty', { countyId: ALAMEDA })).status).toBe(403);
    expect((await browser.call('workspace.setCounty', { countyId: ALAMEDA })).status).toBe(200);
  });

  it('gives a new session at sign-in, whatever cookie came with it (session fixation)', async () => {
    const { client } = await start();
    const attacker = client();
    await attacker.signIn('wes');
    const planted = attacker.cookie;
    const victim = client();
    victim.cookie = planted;
    await victim.signIn('cora');
    expect(victim.cookie).not.toBe(planted);
    // The planted session is over, for the attacker too.
    expect((await attacker.call('system.whoAmI')).status).toBe(401);
    expect((await victim.call('system.whoAmI')).body.value).toMatchObject({ userName: 'cora' });
  });

  it('answers an unknown user name, a wrong password and a disabled user in the same words', async () => {
    const { client, workbench, userIds } = await start();
    const unknown = await client().signIn('nobody-here');
    const wrong = await client().signIn('cora', 'not the password at all');
    setDisabled(workbench.db, userIds.fern ?? 0, true, 'test');
    const disabled = await client().signIn('fern');
    for (const reply of [unknown, wrong, disabled]) {
      expect(reply.status).toBe(401);
      expect(reply.body.error).toEqual({ kind: 'SignedOut', message: SIGN_IN_REFUSED });
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
  });

  it('throttles guessing per user name, existing or not, even once the right password comes', async () => {
    const { client } = await start({ throttle: new SignInThrottle() });
    for (const name of ['cora', 'no-such-user']) {
      for (let i = 0; i < 5; i += 1) {
        expect((await client().signIn(name, `guess number ${i} here`)).status).toBe(401);
      }
      const locked = await client().signIn(name);
      expect(locked.status).toBe(429);
      expect(locked.body.error?.message).toMatch(
        /^Too many failed sign-ins\. Try again in 15 minutes\.$/,
      );
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    }
    // Another user from the same address is not locked out by them.
    expect((await client().signIn('wes')).status).toBe(200);
  });

  it('refuses CWS staff a fiscal write, the oversight committee a family, and a county not theirs', async () => {
    const { client } = await start();
    const wes = client();
    await wes.signIn('wes');
    const write = await wes.call('fiscal.saveEntry', { countyId: ALAMEDA });
    expect([write.status, write.body.error?.kind]).toEqual([403, 'Forbidden']);
    const elsewhere = await wes.call('cocase.families', { countyId: ALPINE });
    expect([elsewhere.status, elsewhere.body.error?.kind]).toEqual([403, 'Forbidden']);
    expect((await wes.call('cocase.families', { countyId: ALAMEDA })).status).toBe(200);
    const olga = client();
    await olga.signIn('olga');
    expect((await olga.call('cocase.families', { countyId: ALAMEDA })).status).toBe(403);
    expect((await olga.call('reports.listRollups')).status).toBe(200);
  });

  it('ends a disabled user’s live session at their next call', async () => {
    const { client, workbench, userIds } = await start();
    const fern = client();
    await fern.signIn('fern');
    expect((await fern.call('fiscal.reference', { countyId: ALPINE })).status).toBe(200);
    // Disabling ends the user's sessions (the repository's test); the gate refuses a disabled
    // user's session all the same, should one be left.
    workbench.sqlite.prepare('UPDATE app_user SET disabled = 1 WHERE id = ?').run(userIds.fern);
    expect((await fern.call('fiscal.reference', { countyId: ALPINE })).status).toBe(401);
  });

  it('signs a user out on every device at once', async () => {
    const { client } = await start();
    const laptop = client();
    const desk = client();
    await laptop.signIn('cora');
    await desk.signIn('cora');
    const ended = await desk.post('/auth/sign-out-everywhere', {});
    expect(ended.body.value).toEqual({ sessionsEnded: 2 });
    expect((await laptop.call('system.whoAmI')).status).toBe(401);
    expect((await desk.call('system.whoAmI')).status).toBe(401);
  });

  it('ends a session left idle past the timeout', async () => {
    const { client, workbench } = await start();
    const browser = client();
    await browser.signIn('cora');
    workbench.sqlite
      .prepare(`UPDATE user_session SET last_seen_at = '2020-01-01T00:00:00.000Z'`)
      .run();
    expect((await browser.call('system.whoAmI')).status).toBe(401);
  });

  it('names the signed-in user in the audit trail', async () => {
    const { client, workbench } = await start();
    const cora = client();
    await cora.signIn('cora');
    const round = await cora.call('readiness.createRound', {
      countyId: ALAMEDA,
      title: 'Shared round',
      heldOn: '2026-11-02',
    });
    expect(round.status).toBe(200);
    const actors = workbench.sqlite
      .prepare(`SELECT actor FROM audit_event WHERE entity LIKE 'readiness%'`)
      .all() as { actor: string }[];
    expect(actors.map((row) => row.actor)).toContain('cora');
  });
});
