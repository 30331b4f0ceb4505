/**
 * What the host does differently as the shared server (issue 24): who the caller is comes from their
 * session, not a per-launch token; every call that changes anything must come from a page of this
 * server (Origin), cross-site requests carry no cookie anyway (SameSite=Strict); and /auth/ signs
 * people in and out.
 */
import type http from 'node:http';
import { z } from 'zod';
import type { Caller } from '../../api/system/access';
import type { Workbench } from '../../db/openDatabase';
import { findUserByName } from '../../db/system/users';
import { refuse, sendEnvelope, signedOut } from '../answers';
import { verifyAgainstNobody, verifyPassword } from '../../api/system/passwords';
import { readJson } from '../requestBody';
import { OidcRoutes } from './oidcRoutes';
import type { OidcSignIn } from './oidcSignIn';
import { SessionGate } from './sessionGate';
import { SignInThrottle } from './signInThrottle';

export interface SharedOptions {
  readonly workbench: Workbench;
  /** Served over TLS by this process. */
  readonly tls: boolean;
  /** Behind the county's reverse proxy, which terminates TLS and says who the client is. */
  readonly trustProxy: boolean;
  readonly throttle?: SignInThrottle;
  /** Sign-in with the county's identity provider, when it is set up. */
  readonly oidc?: OidcSignIn | null;
}

const SignInBody = z.strictObject({
  userName: z.string().trim().min(1, 'Type your user name.').max(100),
  password: z.string().min(1, 'Type your password.').max(256),
});

/** One message for every failed sign-in: which part was wrong, or whether the user exists, is not said. */
export const SIGN_IN_REFUSED =
  'That user name and password do not match an account that may sign in here.';

export class SharedAccess {
  readonly sessions: SessionGate;
  private readonly throttle: SignInThrottle;
  private readonly oidc: OidcRoutes | null;

  constructor(private readonly options: SharedOptions) {
    const secure = options.tls || options.trustProxy;
    this.sessions = new SessionGate(options.workbench, { secure });
    this.throttle = options.throttle ?? new SignInThrottle();
    this.oidc = options.oidc
      ? new OidcRoutes(options.oidc, options.workbench, this.sessions, secure)
      : null;
  }

  /** The address the request came from: the proxy's last hop when it is trusted. */
  clientAddress(req: http.IncomingMessage): string {
    const forwarded = req.headers['x-forwarded-for'];
    if (this.options.trustProxy && typeof forwarded === 'string') {
      // The proxy appends the address it saw; earlier entries are the client's own say.
      return forwarded.split(',').at(-1)?.trim() || (req.socket.remoteAddress ?? '');
    }
    return req.socket.remoteAddress ?? '';
  }

  /** This server's own origin as the browser sees it. */
  ownOrigin(req: http.IncomingMessage): string {
    const proxied = this.options.trustProxy;
    const forwardedProto = header(req, 'x-forwarded-proto');
    const forwardedHost = header(req, 'x-forwarded-host');
    const scheme = this.options.tls ? 'https' : proxied ? (forwardedProto ?? 'https') : 'http';
    const host = (proxied && forwardedHost) || req.headers.host || '';
    return `${scheme}://${host}`.toLowerCase();
  }

  /**
   * GET and HEAD may come without an Origin (a page load); anything else must carry this server's
   * own: a form or script on another site cannot sign someone in, out, or make a call.
   */
  allowsOrigin(req: http.IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return req.method === 'GET' || req.method === 'HEAD';
    return origin.toLowerCase() === this.ownOrigin(req);
  }

  callerOf(req: http.IncomingMessage): Caller | null {
    return this.sessions.callerOf(req);
  }

  /**
   * GET /auth/options (what the sign-in page offers), /auth/oidc/start and /auth/oidc/callback;
   * POST /auth/sign-in, /auth/sign-out, /auth/sign-out-everywhere.
   */
  async handleAuth(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'GET') {
      if (path === 'options') {
        return sendEnvelope(res, 200, {
          ok: true,
          value: { identityProvider: this.oidc !== null },
        });
      }
      if (this.oidc && path === 'oidc/start') return this.oidc.start(res);
      if (this.oidc && path === 'oidc/callback') {
        return this.oidc.callback(req, res, this.clientAddress(req));
      }
      return refuse(req, res, 404, 'Not found.');
    }
    if (req.method !== 'POST') {
      return refuse(req, res, 405, 'Signing in and out are POST requests.');
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return refuse(req, res, 415, 'Sign-in sends JSON.');
    }
    if (path === 'sign-in') return this.signIn(req, res);
    if (path === 'sign-out') {
      res.setHeader('Set-Cookie', this.sessions.close(req));
      return sendEnvelope(res, 200, { ok: true, value: null });
    }
    if (path === 'sign-out-everywhere') {
      const caller = this.callerOf(req);
      if (caller?.userId == null) return signedOut(res);
      const ended = this.sessions.closeAllOf(caller.userId);
      res.setHeader('Set-Cookie', this.sessions.close(req));
      return sendEnvelope(res, 200, { ok: true, value: { sessionsEnded: ended } });
    }
    return refuse(req, res, 404, 'Not found.');
  }

  private async signIn(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const read = await readJson(req, { limit: 4096, stallMs: 10_000 }, null, null);
    if (read === 'too-large' || read === 'not-json' || 'admitted' in read) {
      return refuse(req, res, 400, 'The sign-in could not be read.');
    }
    const body = SignInBody.safeParse(read.input);
    if (!body.success) {
      const issues = body.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      return sendEnvelope(res, 400, {
        ok: false,
        error: { kind: 'ValidationError', message: issues[0]?.message ?? '', issues },
      });
    }
    const { userName, password } = body.data;
    const address = this.clientAddress(req);
    const verdict = this.throttle.check(userName, address);
    if (!verdict.allowed) {
      res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
      const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
      return sendEnvelope(res, 429, {
        ok: false,
        error: {
          kind: 'Refused',
          message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        },
      });
    }
    const user = findUserByName(this.options.workbench.db, userName);
    // Every refusal costs one argon2 verification, so the time taken says nothing either.
    const usable = user && !user.disabled && user.passwordHash !== null ? user : null;
    const right = usable?.passwordHash
      ? await verifyPassword(usable.passwordHash, password)
      : await verifyAgainstNobody(password);
    if (!usable || !right) {
      this.throttle.failed(userName, address);
      return sendEnvelope(res, 401, {
        ok: false,
        error: { kind: 'SignedOut', message: SIGN_IN_REFUSED },
      });
    }
    this.throttle.succeeded(userName);
    res.setHeader('Set-Cookie', this.sessions.open(usable.id, req, address));
    return sendEnvelope(res, 200, {
      ok: true,
      value: { userName: usable.userName, displayName: usable.displayName },
    });
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value.split(',')[0]?.trim() : undefined;
}
