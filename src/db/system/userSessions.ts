/**
 * Signed-in sessions of the shared server (part of the users repository, users.ts). Not audited:
 * they are not user data, and a row per page view would drown the trail. Stored by the SHA-256 of
 * the cookie's token, which the caller computes; the token itself never reaches the database.
 */
import { and, count, eq, gt, lte, ne, or, type SQL } from 'drizzle-orm';
import type { RoleGrant } from '../../core/system/roles';
import {
  SESSION_POLICY_SETTING,
  sessionPolicyOf,
  type SessionPolicy,
} from '../../core/system/sessionPolicy';
import type { Db } from '../openDatabase';
import { appUser, userRole, userSession } from '../schema';
import { readSetting } from '../workspace/repository';

/** What is kept of a browser's User-Agent: enough to tell "Firefox on Windows" in a list. */
export const USER_AGENT_KEPT = 256;

export interface NewSession {
  readonly tokenHash: string;
  readonly userId: number;
  /** The absolute end (ISO), whatever the activity. */
  readonly expiresAt: string;
  readonly ip: string;
  readonly userAgent: string;
}

export interface SessionOfUser {
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string;
  readonly userAgent: string;
  readonly user: {
    readonly id: number;
    readonly userName: string;
    readonly displayName: string;
    /** The caller refuses a disabled user's session even if it is still stored. */
    readonly disabled: boolean;
    readonly grants: readonly RoleGrant[];
  };
}

export function createSession(db: Db, session: NewSession): void {
  const at = new Date().toISOString();
  db.insert(userSession)
    .values({
      id: session.tokenHash,
      userId: session.userId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: session.expiresAt,
      ip: session.ip,
      userAgent: [...session.userAgent].slice(0, USER_AGENT_KEPT).join(''),
    })
    .run();
}

/** The session with this token hash and its user, or undefined; expiry is the caller's to judge. */
export function findSession(db: Db, tokenHash: string): SessionOfUser | undefined {
  const row = db
    .select({ session: userSession, user: appUser })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .where(eq(userSession.id, tokenHash))
    .get();
  if (!row) return undefined;
  const { session, user } = row;
  const grants = db
    .select({ role: userRole.role, countyId: userRole.countyId })
    .from(userRole)
    .where(eq(userRole.userId, user.id))
    .all();
  return {
    tokenHash: session.id,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: session.expiresAt,
    ip: session.ip,
    userAgent: session.userAgent,
    user: {
      id: user.id,
      userName: user.userName,
      displayName: user.displayName,
      disabled: user.disabled,
      grants,
    },
  };
}

/** Marks the session used now: the idle timeout counts from here. */
export function touchSession(db: Db, tokenHash: string, at = new Date().toISOString()): void {
  db.update(userSession).set({ lastSeenAt: at }).where(eq(userSession.id, tokenHash)).run();
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.delete(userSession).where(eq(userSession.id, tokenHash)).run();
}

/** "Sign out everywhere"; also what disabling a user and resetting a password do. */
export function deleteSessionsOf(db: Db, userId: number): number {
  return db.delete(userSession).where(eq(userSession.userId, userId)).run().changes;
}

/**
 * Removes sessions past their absolute end at `now`, and, when `idleSince` is given, those not
 * used since then (the idle timeout). Returns how many went.
 */
export function deleteExpiredSessions(
  db: Db,
  now: string,
  idleSince: string | null = null,
): number {
  const expired = lte(userSession.expiresAt, now);
  const where = idleSince === null ? expired : or(expired, lte(userSession.lastSeenAt, idleSince));
  return db.delete(userSession).where(where).run().changes;
}

/** The session limits the administrator set, or the defaults. */
export function readSessionPolicy(db: Db): SessionPolicy {
  return sessionPolicyOf(readSetting(db, SESSION_POLICY_SETTING));
}

/** Every session but `keep` (the caller's; null: every one). Returns how many ended. */
export function deleteSessionsExcept(db: Db, keep: string | null): number {
  const where = keep === null ? undefined : ne(userSession.id, keep);
  return db.delete(userSession).where(where).run().changes;
}

/**
 * How many sessions but `keep` are still usable at `now` under the policy: neither past their
 * absolute end nor idle too long, whoever they belong to (a disabled user's are ended already).
 */
export function countLiveSessionsExcept(
  db: Db,
  keep: string | null,
  now: Date,
  policy: SessionPolicy,
): number {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000).toISOString();
  // A limit shortened since sign-in ends a session sooner than the end it was given (the gate).
  const bornSince = new Date(now.getTime() - policy.absoluteHours * 3_600_000).toISOString();
  const live: SQL[] = [
    gt(userSession.expiresAt, now.toISOString()),
    gt(userSession.lastSeenAt, idleSince),
    gt(userSession.createdAt, bornSince),
  ];
  if (keep !== null) live.push(ne(userSession.id, keep));
  const row = db
    .select({ live: count() })
    .from(userSession)
    .where(and(...live))
    .get();
  return row?.live ?? 0;
}
