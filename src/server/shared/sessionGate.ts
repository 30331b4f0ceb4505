/**
 * Signed-in sessions of the shared server (issue 24): a random token in an HttpOnly, SameSite=Strict
 * cookie (Secure, and __Host- named, under TLS); the server keeps only its SHA-256, with the user,
 * an idle timeout and an absolute end. A new token at every sign-in, whatever cookie came with it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type http from 'node:http';
import { parse, serialize } from 'cookie';
import type { Caller } from '../../api/system/access';
import type { Workbench } from '../../db/openDatabase';
import {
  createSession,
  deleteSession,
  deleteSessionsOf,
  findSession,
  readSessionPolicy,
  touchSession,
} from '../../db/system/users';
import type { SessionPolicy } from '../../core/system/sessionPolicy';
import { effectiveGrants } from '../../core/system/roleGrants';

/** A session's last use is written at most this often: not a write on every call. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionGateOptions {
  /** Served over TLS (here or at the county's proxy): the cookie is Secure. */
  readonly secure: boolean;
  readonly now?: () => Date;
}

export class SessionGate {
  private readonly now: () => Date;

  constructor(
    private readonly workbench: Workbench,
    private readonly options: SessionGateOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** The browser only sends a __Host- cookie over TLS, for this host, to every path. */
  get cookieName(): string {
    return this.options.secure ? '__Host-linkages-session' : 'linkages-session';
  }

  /** Read at each call: the administrator's change holds for sessions already open. */
  policy(): SessionPolicy {
    return readSessionPolicy(this.workbench.db);
  }

  /**
   * The signed-in caller of this request, or null (no cookie, unknown, ended or disabled).
   * `touch: false` asks without counting as use: an open page's change stream checking its
   * session must not keep an idle person signed in for ever.
   */
  callerOf(req: http.IncomingMessage, touch = true): Caller | null {
    const hash = this.tokenHashOf(req);
    if (hash === null) return null;
    const db = this.workbench.db;
    const session = findSession(db, hash);
    if (!session) return null;
    const now = this.now().getTime();
    const policy = this.policy();
    const idleMs = policy.idleMinutes * 60_000;
    const lastSeen = Date.parse(session.lastSeenAt);
    // The end stored at sign-in, or sooner when the administrator has since shortened the limit.
    const end = Math.min(
      Date.parse(session.expiresAt),
      Date.parse(session.createdAt) + policy.absoluteHours * 3_600_000,
    );
    if (end <= now || lastSeen + idleMs <= now || session.user.disabled) {
      deleteSession(db, hash);
      return null;
    }
    if (touch && now - lastSeen >= TOUCH_EVERY_MS)
      touchSession(db, hash, new Date(now).toISOString());
    const { id, userName, grants } = session.user;
    return { userId: id, actor: userName, grants: effectiveGrants(grants), sessionId: hash };
  }

  /**
   * Starts a session for the user and returns the Set-Cookie header that carries it. The session
   * the browser came with, if any, ends: a token planted before sign-in is worth nothing after.
   */
  open(userId: number, req: http.IncomingMessage, address: string): string {
    const db = this.workbench.db;
    const presented = this.tokenHashOf(req);
    if (presented !== null) deleteSession(db, presented);
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const lifetimeMs = this.policy().absoluteHours * 3_600_000;
    createSession(db, {
      tokenHash: hashOf(token),
      userId,
      expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
      ip: address,
      userAgent: req.headers['user-agent'] ?? '',
    });
    return serialize(this.cookieName, token, {
      httpOnly: true,
      secure: this.options.secure,
      sameSite: 'strict',
      path: '/',
    });
  }

  /** Ends this browser's session; returns the Set-Cookie header that clears the cookie. */
  close(req: http.IncomingMessage): string {
    const hash = this.tokenHashOf(req);
    if (hash !== null) deleteSession(this.workbench.db, hash);
    return serialize(this.cookieName, '', {
      httpOnly: true,
      secure: this.options.secure,
      sameSite: 'strict',
      path: '/',
      maxAge: 0,
    });
  }

  /** "Sign out everywhere": every session of the user, on every device. */
  closeAllOf(userId: number): number {
    return deleteSessionsOf(this.workbench.db, userId);
  }

  private tokenHashOf(req: http.IncomingMessage): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    const token = parse(header)[this.cookieName];
    return token ? hashOf(token) : null;
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
