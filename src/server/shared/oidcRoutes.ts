/**
 * Sign-in with the county's identity provider on the shared server (issue 24): /auth/oidc/start
 * sends the browser to the provider; /auth/oidc/callback brings it back, signed in as the user the
 * administrator linked to that provider account (`npm run users -- add NAME --oidc-subject
 * ISSUER#SUB`). The pending sign-in stays on the server; the browser holds only its random key, in
 * a cookie that must survive the provider's cross-site redirect back (SameSite=Lax, 10 minutes).
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { parse, serialize } from 'cookie';
import type { Workbench } from '../../db/openDatabase';
import { findUserBySubject } from '../../db/system/users';
import { logDebug } from '../../api/log';
import type { OidcSignIn, OidcSignInRefused, PendingSignIn } from './oidcSignIn';
import type { SessionGate } from './sessionGate';

const PENDING_COOKIE = 'linkages-oidc';
const PENDING_SECONDS = 600;
/** Pending sign-ins kept at most: a flood of starts cannot grow the map without end. */
const MAX_PENDING = 10_000;

/** Why the sign-in page was sent back to, by a code in its address (no words from outside). */
export type OidcOutcome = 'no-user' | 'refused' | 'expired' | 'unavailable';

export class OidcRoutes {
  private readonly pending = new Map<string, PendingSignIn>();

  constructor(
    private readonly signIn: OidcSignIn,
    private readonly workbench: Workbench,
    private readonly sessions: SessionGate,
    private readonly secure: boolean,
  ) {}

  start(res: http.ServerResponse): void {
    this.forgetOld();
    const { authorizationUrl, pending } = this.signIn.start();
    const key = randomBytes(24).toString('base64url');
    this.pending.set(key, pending);
    res.setHeader('Set-Cookie', this.pendingCookie(key, PENDING_SECONDS));
    res.writeHead(303, { Location: authorizationUrl }).end();
  }

  async callback(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    address: string,
  ): Promise<void> {
    const key = parse(req.headers.cookie ?? '')[PENDING_COOKIE];
    const pending = key === undefined ? undefined : this.pending.get(key);
    // Spent whatever happens next: a callback is good once.
    if (key !== undefined) this.pending.delete(key);
    const cleared = this.pendingCookie('', 0);
    if (!pending) return back(res, [cleared], 'expired');
    let identity;
    try {
      identity = await this.signIn.finish(new URL(req.url ?? '/', 'http://callback'), pending);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      logDebug(`identity provider sign-in refused (${error.reason})`);
      const outcome =
        error.reason === 'expired'
          ? 'expired'
          : error.reason === 'unreachable'
            ? 'unavailable'
            : 'refused';
      return back(res, [cleared], outcome);
    }
    const user = findUserBySubject(this.workbench.db, identity.issuer, identity.subject);
    if (!user || user.disabled) return back(res, [cleared], 'no-user');
    res.setHeader('Set-Cookie', [cleared, this.sessions.open(user.id, req, address)]);
    res.writeHead(303, { Location: '/' }).end();
  }

  private pendingCookie(value: string, maxAge: number): string {
    return serialize(PENDING_COOKIE, value, {
      httpOnly: true,
      secure: this.secure,
      sameSite: 'lax',
      path: '/auth/oidc/',
      maxAge,
    });
  }

  private forgetOld(): void {
    const oldest = Date.now() - PENDING_SECONDS * 1000;
    for (const [key, pending] of this.pending) {
      if (pending.createdAt < oldest || this.pending.size >= MAX_PENDING) this.pending.delete(key);
    }
  }
}

function back(res: http.ServerResponse, cookies: string[], outcome: OidcOutcome): void {
  res.setHeader('Set-Cookie', cookies);
  res.writeHead(303, { Location: `/?signIn=${outcome}` }).end();
}

/** By name, so this module (on every server's start path) does not load openid-client. */
function isRefusal(error: unknown): error is OidcSignInRefused {
  return error instanceof Error && error.name === 'OidcSignInRefused';
}
