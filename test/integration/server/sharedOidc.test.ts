/**
 * Sign-in with the county's identity provider through the shared server (issue 24), against a real
 * OpenID provider on loopback: the user the administrator linked to the provider's account is
 * signed in; anyone else, a cancelled sign-in or a callback without its start is not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectOidc } from '../../../src/server/shared/oidcSignIn';
import {
  startOidcProvider,
  TEST_ACCOUNTS,
  type TestOidcProvider,
} from '../../support/oidcProvider';
import {
  freePort,
  startSharedServer,
  type SharedServerUnderTest,
} from '../../support/sharedServer';

let provider: TestOidcProvider | undefined;
let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  await provider?.close();
  server = undefined;
  provider = undefined;
});

async function start() {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
  provider = await startOidcProvider(redirectUri);
  const oidc = await connectOidc({
    issuer: provider.issuer,
    clientId: provider.workbench.clientId,
    clientSecret: provider.workbench.clientSecret,
    redirectUri,
    allowHttp: true,
  });
  server = await startSharedServer(
    [
      {
        userName: 'ana',
        grants: [{ role: 'coordinator', countyId: 1 }],
        oidc: { issuer: provider.issuer, subject: TEST_ACCOUNTS.ana.sub },
      },
    ],
    { oidc, port },
  );
  return { provider, server };
}

/** The browser's part: start, the provider's pages as `as` (or Cancel), and back. */
async function signInThroughProvider(as: 'ana' | 'ben' | 'cancel') {
  const { provider, server } = await start();
  const browser = server.client();
  const options = await browser.get('/auth/options');
  expect(options.body.value).toEqual({ identityProvider: true });
  const started = await browser.get('/auth/oidc/start');
  expect(started.status).toBe(303);
  const authorizationUrl = String(started.headers.location);
  expect(authorizationUrl.startsWith(provider.issuer)).toBe(true);
  const callback =
    as === 'cancel'
      ? await provider.deny(authorizationUrl)
      : await provider.signIn(authorizationUrl, as);
  const back = await browser.get(`${callback.pathname}${callback.search}`);
  return { browser, back, server };
}

describe('sign-in with the identity provider', () => {
  it('signs in the user linked to the provider’s account, with a fresh session', async () => {
    const { browser, back } = await signInThroughProvider('ana');
    expect([back.status, back.headers.location]).toEqual([303, '/']);
    const who = await browser.call('system.whoAmI');
    expect(who.body.value).toMatchObject({ userName: 'ana', shared: true });
  });

  it('signs in nobody for an account no user is linked to', async () => {
    const { browser, back } = await signInThroughProvider('ben');
    expect([back.status, back.headers.location]).toEqual([303, '/?signIn=no-user']);
    expect((await browser.call('system.whoAmI')).status).toBe(401);
  });

  it('signs in nobody when the person cancels at the provider', async () => {
    const { browser, back } = await signInThroughProvider('cancel');
    expect(back.headers.location).toBe('/?signIn=refused');
    expect((await browser.call('system.whoAmI')).status).toBe(401);
  });

  it('refuses a callback that did not start in this browser, and a callback used twice', async () => {
    const { provider, server } = await start();
    const victim = server.client();
    const started = await server.client().get('/auth/oidc/start');
    const callback = await provider.signIn(String(started.headers.location), 'ana');
    // The attacker's callback, opened in another browser (login CSRF): no pending sign-in there.
    const crossed = await victim.get(`${callback.pathname}${callback.search}`);
    expect(crossed.headers.location).toBe('/?signIn=expired');
    expect((await victim.call('system.whoAmI')).status).toBe(401);

    const browser = server.client();
    const own = await browser.get('/auth/oidc/start');
    const back = await provider.signIn(String(own.headers.location), 'ana');
    expect((await browser.get(`${back.pathname}${back.search}`)).headers.location).toBe('/');
    const again = await browser.get(`${back.pathname}${back.search}`);
    expect(again.headers.location).toBe('/?signIn=expired');
  });

  it('ends a session started through the provider when the user is disabled', async () => {
    const { browser, server } = await signInThroughProvider('ana');
    expect((await browser.call('system.whoAmI')).status).toBe(200);
    server.workbench.sqlite.prepare(`UPDATE app_user SET disabled = 1`).run();
    expect((await browser.call('system.whoAmI')).status).toBe(401);
  });
});
