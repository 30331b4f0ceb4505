import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connectOidc,
  OidcSignInRefused,
  PENDING_SIGN_IN_LIFETIME_MS,
  type OidcRefusalReason,
  type OidcSettings,
  type OidcSignIn,
} from '../../../src/server/shared/oidcSignIn';
import {
  startOidcProvider,
  TEST_ACCOUNTS,
  type TestOidcProvider,
} from '../../support/oidcProvider';

// Registered, never listened on: finish() reads the callback against it, whatever host serves it.
const REDIRECT_URI = 'https://workbench.county.test/auth/oidc/callback';

let provider: TestOidcProvider;
let workbench: OidcSignIn;

function settingsFor(client: TestOidcProvider['workbench']): OidcSettings {
  return {
    issuer: provider.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    redirectUri: REDIRECT_URI,
    allowHttp: true,
  };
}

beforeAll(async () => {
  provider = await startOidcProvider(REDIRECT_URI);
  workbench = await connectOidc(settingsFor(provider.workbench));
});
afterAll(() => provider.close());
afterEach(() => provider.issueIdTokensFor(null));

/** The refusal, checked to carry neither the code nor anything naming the person. */
async function refusal(
  attempt: Promise<unknown>,
  reason: OidcRefusalReason,
  callback?: URL,
): Promise<OidcSignInRefused> {
  const error = await attempt.then(
    () => expect.fail(`signed in, expected a refusal (${reason})`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OidcSignInRefused);
  const refused = error as OidcSignInRefused;
  expect(refused.reason).toBe(reason);
  const told = `${refused.message} ${refused.detail ?? ''} ${String(refused.cause ?? '')}`;
  for (const account of Object.values(TEST_ACCOUNTS)) {
    for (const identifier of Object.values(account)) expect(told).not.toContain(identifier);
  }
  const code = callback?.searchParams.get('code');
  if (code) expect(told).not.toContain(code);
  return refused;
}

describe('sign-in with the county identity provider', () => {
  it('signs a person in through the provider and returns who they are there', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const asked = new URL(authorizationUrl);
    expect(asked.searchParams.get('response_type')).toBe('code');
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked.searchParams.get('state')).toBe(pending.state);
    expect(asked.searchParams.get('nonce')).toBe(pending.nonce);
    expect(asked.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);

    const callback = await provider.signIn(authorizationUrl, 'ben');
    expect(callback.searchParams.get('code')).toBeTruthy();

    await expect(workbench.finish(callback, pending)).resolves.toEqual({
      issuer: provider.issuer,
      subject: TEST_ACCOUNTS.ben.sub,
      name: TEST_ACCOUNTS.ben.name,
      email: TEST_ACCOUNTS.ben.email,
    });
  });

  it('reads the callback against the registered address, whatever host it arrived on', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    const behindProxy = new URL(`http://10.0.0.5:8080/auth/oidc/callback${callback.search}`);
    const identity = await workbench.finish(behindProxy, pending);
    expect(identity.subject).toBe(TEST_ACCOUNTS.ana.sub);
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const { authorizationUrl } = workbench.start();
    const other = workbench.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    await refusal(workbench.finish(callback, other.pending), 'state-mismatch', callback);
  });

  it('refuses a sign-in started more than ten minutes ago', async () => {
    const startedAt = Date.now() - PENDING_SIGN_IN_LIFETIME_MS - 1_000;
    const { authorizationUrl, pending } = workbench.start(startedAt);
    const callback = await provider.signIn(authorizationUrl, 'ana');
    await refusal(workbench.finish(callback, pending), 'expired', callback);
  });

  it('refuses when the person cancels at the provider, saying what the provider said', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const callback = await provider.deny(authorizationUrl);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const refused = await refusal(workbench.finish(callback, pending), 'provider-refused');
    expect(refused.detail).toBe('access_denied');
    // The provider's free text is not repeated: a provider may put the person in it.
    expect(refused.message).not.toContain('cancelled at the provider');
  });

  it('refuses a callback used a second time (the code is spent)', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    await workbench.finish(callback, pending);
    const refused = await refusal(workbench.finish(callback, pending), 'code-rejected', callback);
    expect(refused.detail).toBe('invalid_grant');
  });

  it('refuses a code whose PKCE verifier is not the one its challenge was made from', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    const otherVerifier = workbench.start().pending.codeVerifier;
    const forged = { ...pending, codeVerifier: otherVerifier };
    await refusal(workbench.finish(callback, forged), 'code-rejected', callback);
  });

  it('refuses a code the provider issued to another application', async () => {
    const otherApp = await connectOidc(settingsFor(provider.otherApp));
    const { authorizationUrl, pending } = otherApp.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    await refusal(workbench.finish(callback, pending), 'code-rejected', callback);
    // The same callback signs in at the application it was issued to.
    const identity = await otherApp.finish(callback, pending);
    expect(identity.subject).toBe(TEST_ACCOUNTS.ana.sub);
  });

  it('refuses an ID token issued for another application', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    provider.issueIdTokensFor(provider.otherApp.clientId);
    const refused = await refusal(workbench.finish(callback, pending), 'token-invalid', callback);
    expect(refused.detail).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED');
  });

  it('refuses an ID token whose nonce is not this sign-in’s', async () => {
    const { authorizationUrl, pending } = workbench.start();
    const callback = await provider.signIn(authorizationUrl, 'ana');
    const forged = { ...pending, nonce: workbench.start().pending.nonce };
    await refusal(workbench.finish(callback, forged), 'token-invalid', callback);
  });
});

describe('connecting to the identity provider at start', () => {
  it('says the provider cannot be reached when nothing answers at the issuer', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const settings = { ...settingsFor(provider.workbench), issuer: `http://127.0.0.1:${port}` };
    const refused = await refusal(connectOidc(settings), 'unreachable');
    expect(refused.detail).toBe('ECONNREFUSED');
  });

  it('says the settings are wrong when the issuer has no discovery document', async () => {
    const settings = { ...settingsFor(provider.workbench), issuer: `${provider.issuer}/nowhere` };
    await refusal(connectOidc(settings), 'misconfigured');
  });

  it('refuses an http issuer unless allowed, and anywhere but on loopback', async () => {
    const plain = { ...settingsFor(provider.workbench), allowHttp: false };
    await refusal(connectOidc(plain), 'misconfigured');
    const remote = { ...settingsFor(provider.workbench), issuer: 'http://idp.county.test' };
    await refusal(connectOidc(remote), 'misconfigured');
  });

  it('refuses scopes without openid, which would bring no ID token', async () => {
    const settings = { ...settingsFor(provider.workbench), scopes: 'profile email' };
    await refusal(connectOidc(settings), 'misconfigured');
  });
});
