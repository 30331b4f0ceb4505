import { createHash, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { OidcSignInRefused, refusalFrom } from './oidcRefusal';

export { OidcSignInRefused, type OidcRefusalReason } from './oidcRefusal';

/**
 * Sign-in with the county's identity provider over OpenID Connect (issue 24): the relying party's
 * side only, independent of the HTTP host. The host keeps the pending sign-in between `start` and
 * the callback, and maps the identity to a Workbench user by `issuer#subject`.
 */
export interface OidcSettings {
  /** The issuer identifier, exactly as the provider's discovery document states it. */
  readonly issuer: string;
  readonly clientId: string;
  /** Null for a public client: PKCE alone then binds the code to this browser. */
  readonly clientSecret: string | null;
  /** Registered at the provider; the callback is read against this, not against the request's Host. */
  readonly redirectUri: string;
  /** Space-separated; must include `openid`. Default `openid profile email`. */
  readonly scopes?: string;
  /** Lets an http:// issuer through, for tests on loopback only: refused for any other host. */
  readonly allowHttp?: boolean;
  /** How long to wait for each request to the provider. Default 10 s. */
  readonly timeoutSeconds?: number;
}

/** What the host keeps, server-side or in a short-lived signed cookie, until the callback. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
}

export interface OidcStart {
  /** Where the browser is sent (a 303 from the host). */
  readonly authorizationUrl: string;
  readonly pending: PendingSignIn;
}

export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly name: string | null;
  readonly email: string | null;
}

export interface OidcSignIn {
  readonly issuer: string;
  start(now?: number): OidcStart;
  /**
   * Checks the callback against the pending sign-in, exchanges the code and validates the ID token.
   * Throws OidcSignInRefused for every refusal. The host discards the pending sign-in whatever the
   * outcome: a second try with it is refused by the provider (the code is spent) but costs a request.
   */
  finish(callbackUrl: URL, pending: PendingSignIn, now?: number): Promise<OidcIdentity>;
}

/** A person who takes longer than this at the provider starts again (issue 24 brief). */
export const PENDING_SIGN_IN_LIFETIME_MS = 10 * 60 * 1000;

const DEFAULT_SCOPES = 'openid profile email';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function checkedSettings(settings: OidcSettings): { issuer: URL; scopes: string } {
  let issuer: URL;
  try {
    issuer = new URL(settings.issuer);
    new URL(settings.redirectUri);
  } catch {
    throw new OidcSignInRefused('misconfigured', 'invalid_url');
  }
  const httpAllowed = settings.allowHttp === true && LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && httpAllowed)) {
    throw new OidcSignInRefused('misconfigured', 'issuer_not_https');
  }
  const scopes = settings.scopes ?? DEFAULT_SCOPES;
  // Without `openid` the provider sends no ID token, and nothing says who signed in.
  if (!scopes.split(/\s+/).includes('openid')) {
    throw new OidcSignInRefused('misconfigured', 'scope_without_openid');
  }
  return { issuer, scopes };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function claimText(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * Reads the provider's discovery document once, at the server's start, so a wrong issuer or a
 * provider that is down shows then and not at the first person's sign-in.
 */
export async function connectOidc(settings: OidcSettings): Promise<OidcSignIn> {
  const { issuer, scopes } = checkedSettings(settings);
  let config: client.Configuration;
  try {
    config = await client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret === null ? undefined : { client_secret: settings.clientSecret },
      settings.clientSecret === null
        ? client.None()
        : client.ClientSecretBasic(settings.clientSecret),
      {
        timeout: settings.timeoutSeconds ?? 10,
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      },
    );
  } catch (error) {
    throw refusalFrom(error, 'connect');
  }
  const metadata = config.serverMetadata();
  // A provider that cannot do the code flow with S256 would fail every sign-in; say so at start.
  if (!metadata.authorization_endpoint || !metadata.token_endpoint) {
    throw new OidcSignInRefused('misconfigured', 'missing_endpoints');
  }
  // Only a list without S256 is refused: some providers support PKCE without advertising it
  // (openid-client's supportsPKCE() is false then), and an unused challenge is harmless.
  const challengeMethods = metadata.code_challenge_methods_supported;
  if (Array.isArray(challengeMethods) && !challengeMethods.includes('S256')) {
    throw new OidcSignInRefused('misconfigured', 'no_pkce_s256');
  }
  const redirectUri = new URL(settings.redirectUri);

  return {
    issuer: metadata.issuer,

    start(now = Date.now()) {
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        createdAt: now,
      };
      // openid-client's challenge is async (WebCrypto); node:crypto gives the same S256 value here
      // and keeps start() synchronous for the host.
      const challenge = createHash('sha256').update(pending.codeVerifier).digest('base64url');
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri.href,
        response_type: 'code',
        scope: scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      return { authorizationUrl: url.href, pending };
    },

    async finish(callbackUrl, pending, now = Date.now()) {
      const age = now - pending.createdAt;
      if (!(age >= 0 && age <= PENDING_SIGN_IN_LIFETIME_MS)) {
        throw new OidcSignInRefused('expired');
      }
      // Checked here as well as by openid-client so a crossed sign-in gets its own plain reason,
      // even when the forged callback carries an error instead of a code.
      const state = callbackUrl.searchParams.get('state');
      if (state === null || !sameSecret(state, pending.state)) {
        throw new OidcSignInRefused('state-mismatch');
      }
      // The registered address with the callback's parameters: the token request must name the
      // redirect_uri exactly as registered, whatever Host or proxy the request came through.
      const current = new URL(redirectUri.href);
      current.search = callbackUrl.search;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new OidcSignInRefused('token-invalid', 'no_id_token');
        let name = claimText(claims.name);
        let email = claimText(claims.email);
        // Conformant providers may keep profile and email claims out of the ID token in the code
        // flow and give them at userinfo; the ID token's subject stays the identity either way.
        if ((name === null || email === null) && metadata.userinfo_endpoint) {
          const more = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
          name ??= claimText(more.name);
          email ??= claimText(more.email);
        }
        return { issuer: claims.iss, subject: claims.sub, name, email };
      } catch (error) {
        throw refusalFrom(error, 'finish');
      }
    },
  };
}
