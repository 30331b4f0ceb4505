import * as client from 'openid-client';

/**
 * Why a sign-in through the county's identity provider was refused. The host shows the message
 * and may log both; neither ever carries a token, a code or anything naming the person (issue 24:
 * identifiers of people are never logged).
 */
export type OidcRefusalReason =
  /** The issuer did not answer (down, wrong address, timed out). */
  | 'unreachable'
  /** The issuer answered, but not as the settings expect (another issuer, no ID tokens, bad secret). */
  | 'misconfigured'
  /** The callback's state is not the one this browser was sent with: a forged or crossed sign-in. */
  | 'state-mismatch'
  /** The sign-in was started too long ago; the person starts again. */
  | 'expired'
  /** The provider itself said no (the person cancelled, or is not allowed to use this client). */
  | 'provider-refused'
  /** The provider would not exchange the code: used before, issued to another client, or the wrong PKCE verifier. */
  | 'code-rejected'
  /** The ID token failed validation: another audience, nonce, issuer, signature or lifetime. */
  | 'token-invalid';

const MESSAGES: Record<OidcRefusalReason, string> = {
  unreachable: 'The identity provider could not be reached. Try again, or ask the administrator.',
  misconfigured:
    'Sign-in with the identity provider is not set up correctly. Ask the administrator to check the OpenID Connect settings.',
  'state-mismatch':
    'This sign-in did not start in this browser, so it was refused. Start signing in again.',
  expired: 'This sign-in took too long and has expired. Start signing in again.',
  'provider-refused': 'The identity provider did not sign you in.',
  'code-rejected':
    'The identity provider did not accept this sign-in (it may have been used already). Start signing in again.',
  'token-invalid':
    'The identity provider’s answer could not be verified, so the sign-in was refused. Start signing in again.',
};

export class OidcSignInRefused extends Error {
  override readonly name = 'OidcSignInRefused';
  constructor(
    readonly reason: OidcRefusalReason,
    /**
     * A code safe to log: openid-client's error code or the provider's OAuth error name, never its
     * free-text description (a provider may put the person's name or address there).
     */
    readonly detail: string | null = null,
  ) {
    super(detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason]);
  }
}

/** OAuth error names are a fixed vocabulary; anything else from the wire is not repeated. */
function oauthErrorName(value: unknown): string | null {
  return typeof value === 'string' && /^[a-z_]{1,64}$/.test(value) ? value : null;
}

const TOKEN_CHECKS = new Set<string>([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_PARSE_ERROR',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
]);

/**
 * Turns whatever openid-client or fetch threw into a refusal. The original error is dropped on
 * purpose, not kept as `cause`: openid-client's claim checks attach the ID token's claims (sub,
 * email) to their errors, and a logged cause would carry them.
 */
export function refusalFrom(error: unknown, phase: 'connect' | 'finish'): OidcSignInRefused {
  if (error instanceof OidcSignInRefused) return error;
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcSignInRefused('provider-refused', oauthErrorName(error.error));
  }
  if (error instanceof client.ResponseBodyError) {
    const name = oauthErrorName(error.error);
    if (name === 'invalid_grant') return new OidcSignInRefused('code-rejected', name);
    if (name === 'invalid_client' || name === 'unauthorized_client') {
      return new OidcSignInRefused('misconfigured', name);
    }
    return new OidcSignInRefused('provider-refused', name);
  }
  if (error instanceof client.ClientError) {
    const code = error.code ?? null;
    if (code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT') {
      return new OidcSignInRefused('unreachable', code);
    }
    // At connect, a document that fails its checks is the provider's setup, not a forged answer.
    if (phase === 'finish' && code !== null && TOKEN_CHECKS.has(code)) {
      return new OidcSignInRefused('token-invalid', code);
    }
    return new OidcSignInRefused('misconfigured', code);
  }
  // fetch rejects with a TypeError whose cause is the socket's error (ECONNREFUSED, ENOTFOUND…).
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = error.cause as { code?: unknown } | undefined;
    return new OidcSignInRefused(
      'unreachable',
      typeof cause?.code === 'string' ? cause.code : null,
    );
  }
  return new OidcSignInRefused('misconfigured', null);
}
