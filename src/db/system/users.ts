/**
 * The shared server's users and their roles (issue 24). Every change is audited in its own
 * transaction as entity "user" with no county (a user may belong to several); the audit images
 * never carry the password hash, only whether there is one.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { RoleGrant } from '../../core/system/roles';
import { userKeyOf } from '../../core/system/userNames';
import { recordAudit, type AuditAction } from '../audit';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import { appUser, userRole } from '../schema';
import { deleteSessionsOf } from './userSessions';

/** A user as the Administration page and `npm run users -- list` show them: no hash. */
export interface UserRecord {
  readonly id: number;
  readonly userName: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly hasPassword: boolean;
  readonly passwordChangedAt: string | null;
  readonly oidcIssuer: string | null;
  readonly oidcSubject: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly grants: readonly RoleGrant[];
}

/** A user with the hash sign-in checks a password against. */
export interface StoredUser extends UserRecord {
  readonly passwordHash: string | null;
}

export interface NewUser {
  readonly userName: string;
  readonly displayName: string;
  readonly passwordHash: string | null;
  readonly oidc: { readonly issuer: string; readonly subject: string } | null;
  readonly grants: readonly RoleGrant[];
}

/** A second user with the same name (in any case) or the same identity-provider subject. */
export class UserAlreadyExists extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserAlreadyExists';
  }
}

export const ENTITY = 'user';

type UserRow = typeof appUser.$inferSelect;

function grantsOf(db: Db, userIds: readonly number[]): Map<number, RoleGrant[]> {
  const grants = new Map<number, RoleGrant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return grants;
  const rows = db
    .select()
    .from(userRole)
    .where(inArray(userRole.userId, [...userIds]))
    // Every-county grants (NULL) first, then by county and role: a stable order to show and audit.
    .orderBy(asc(userRole.userId), sql`coalesce(${userRole.countyId}, 0)`, asc(userRole.role))
    .all();
  for (const row of rows) grants.get(row.userId)?.push({ role: row.role, countyId: row.countyId });
  return grants;
}

function toStored(row: UserRow, grants: readonly RoleGrant[]): StoredUser {
  const { userKey: _key, ...rest } = row;
  return { ...rest, hasPassword: row.passwordHash !== null, grants };
}

function withoutHash({ passwordHash: _hash, ...user }: StoredUser): UserRecord {
  return user;
}

function findWhere(db: Db, where: SQL | undefined): StoredUser | undefined {
  const row = db.select().from(appUser).where(where).get();
  return row && toStored(row, grantsOf(db, [row.id]).get(row.id) ?? []);
}

export function findUserById(db: Db, id: number): StoredUser | undefined {
  return findWhere(db, eq(appUser.id, id));
}

/** "MGarcia" finds "mgarcia": user names are one user in any case. */
export function findUserByName(db: Db, userName: string): StoredUser | undefined {
  return findWhere(db, eq(appUser.userKey, userKeyOf(userName)));
}

/** The user the county's identity provider knows by this subject, if one is linked. */
export function findUserBySubject(db: Db, issuer: string, subject: string): StoredUser | undefined {
  return findWhere(db, and(eq(appUser.oidcIssuer, issuer), eq(appUser.oidcSubject, subject)));
}

/** Every user with their grants, by user name. */
export function listUsers(db: Db): UserRecord[] {
  const rows = db.select().from(appUser).orderBy(asc(appUser.userKey)).all();
  const grants = grantsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => withoutHash(toStored(row, grants.get(row.id) ?? [])));
}

function insertGrants(db: Db, userId: number, grants: readonly RoleGrant[]): void {
  if (grants.length === 0) return;
  db.insert(userRole)
    .values(grants.map((grant) => ({ userId, role: grant.role, countyId: grant.countyId })))
    .run();
}

function audit(
  db: Db,
  actor: string,
  action: AuditAction,
  before: StoredUser | undefined,
  after: StoredUser,
): void {
  recordAudit(db, {
    actor,
    countyId: null,
    entity: ENTITY,
    entityId: String(after.id),
    action,
    before: before && withoutHash(before),
    after: withoutHash(after),
  });
}

export function addUser(db: Db, user: NewUser, actor: string): UserRecord {
  return db.transaction((tx) => {
    if (findUserByName(tx, user.userName)) {
      throw new UserAlreadyExists(`There is already a user named ${user.userName}.`);
    }
    if (user.oidc && findUserBySubject(tx, user.oidc.issuer, user.oidc.subject)) {
      throw new UserAlreadyExists(
        `Another user already signs in as ${user.oidc.subject} at ${user.oidc.issuer}.`,
      );
    }
    const row = tx
      .insert(appUser)
      .values({
        userName: user.userName,
        userKey: userKeyOf(user.userName),
        displayName: user.displayName,
        passwordHash: user.passwordHash,
        passwordChangedAt: user.passwordHash === null ? null : new Date().toISOString(),
        oidcIssuer: user.oidc?.issuer ?? null,
        oidcSubject: user.oidc?.subject ?? null,
      })
      .returning()
      .get();
    insertGrants(tx, row.id, user.grants);
    const added = findUserById(tx, row.id) as StoredUser;
    audit(tx, actor, 'create', undefined, added);
    return withoutHash(added);
  });
}

/** Changes one user's row (and, with `grants`, replaces their grants), audited as one update. */
function changeUser(
  db: Db,
  userId: number,
  change: { values?: Partial<typeof appUser.$inferInsert>; grants?: readonly RoleGrant[] },
  actor: string,
): UserRecord {
  return db.transaction((tx) => {
    const before = findUserById(tx, userId);
    if (!before) throw new Error(`There is no user ${userId}.`);
    tx.update(appUser)
      .set({ ...change.values, updatedAt: new Date().toISOString(), version: nextVersion(appUser) })
      .where(eq(appUser.id, userId))
      .run();
    if (change.grants) {
      tx.delete(userRole).where(eq(userRole.userId, userId)).run();
      insertGrants(tx, userId, change.grants);
    }
    const after = findUserById(tx, userId) as StoredUser;
    audit(tx, actor, 'update', before, after);
    return withoutHash(after);
  });
}

/** Disabling also signs the user out everywhere: a disabled user's open pages stop working. */
export function setDisabled(db: Db, userId: number, disabled: boolean, actor: string): UserRecord {
  return db.transaction((tx) => {
    const user = changeUser(tx, userId, { values: { disabled } }, actor);
    if (disabled) deleteSessionsOf(tx, userId);
    return user;
  });
}

/** A new password (or none: identity provider only) signs the user out everywhere. */
export function setPasswordHash(
  db: Db,
  userId: number,
  passwordHash: string | null,
  actor: string,
): UserRecord {
  return db.transaction((tx) => {
    const changedAt = passwordHash === null ? null : new Date().toISOString();
    const values = { passwordHash, passwordChangedAt: changedAt };
    const user = changeUser(tx, userId, { values }, actor);
    deleteSessionsOf(tx, userId);
    return user;
  });
}

/** Replaces all of a user's grants with these. */
export function setGrants(
  db: Db,
  userId: number,
  grants: readonly RoleGrant[],
  actor: string,
): UserRecord {
  return changeUser(db, userId, { grants }, actor);
}

/** Whether some enabled user holds the administrator role: a shared server needs one to start. */
export function hasActiveAdministrator(db: Db): boolean {
  const found = db
    .select({ id: appUser.id })
    .from(appUser)
    .innerJoin(userRole, eq(userRole.userId, appUser.id))
    .where(and(eq(appUser.disabled, false), eq(userRole.role, 'administrator')))
    .limit(1)
    .get();
  return found !== undefined;
}

// Sessions belong to the same repository; kept in their own file for length.
export * from './userSessions';
