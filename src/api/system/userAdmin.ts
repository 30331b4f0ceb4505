/**
 * The Administration page's changes to users and sessions (issue 24). Each change that could take
 * away the last enabled administrator is checked inside its own transaction, after the change, so
 * the rule holds however the change came about (disable, new roles) and nothing is half-written.
 */
import { passwordProblems } from '../../core/system/passwordPolicy';
import { grantProblem, withoutRepeats } from '../../core/system/roleGrants';
import type { RoleGrant } from '../../core/system/roles';
import {
  SESSION_BOUNDS,
  SESSION_POLICY_SETTING,
  sessionPolicyProblems,
  type SessionPolicy,
} from '../../core/system/sessionPolicy';
import type { Db } from '../../db/openDatabase';
import {
  deleteSessionsExcept,
  findUserByName,
  hasActiveAdministrator,
  readSessionPolicy,
  setDisabled,
  setGrants,
  setPasswordHash,
  type StoredUser,
  type UserRecord,
} from '../../db/system/users';
import { findCounty, writeSetting } from '../../db/workspace/repository';
import type { ServiceContext } from '../context';
import { Conflict, fieldError, NotFound, ValidationError } from '../errors';

export const NO_ADMINISTRATOR_LEFT =
  'That would leave no enabled administrator, and nobody could then keep the server’s users. Give another user the administrator role first.';

export function userSummary(user: UserRecord) {
  return {
    userName: user.userName,
    displayName: user.displayName,
    disabled: user.disabled,
    hasPassword: user.hasPassword,
    identityProvider: user.oidcSubject !== null,
    grants: [...user.grants],
  };
}

/**
 * Roles in counties the Workbench knows, and for every county only those that administrators and
 * oversight may hold so. (A county unknown would otherwise fail on the database's constraint.)
 */
export function checkGrants(db: Db, grants: readonly RoleGrant[]): void {
  const unknown = grants.find(
    (grant) => grant.countyId !== null && !findCounty(db, grant.countyId),
  );
  if (unknown) {
    throw fieldError(
      'grants',
      `There is no county with id ${unknown.countyId}; choose one from the list.`,
    );
  }
  for (const grant of grants) {
    const problem = grantProblem(grant);
    if (problem !== null) throw fieldError('grants', problem);
  }
}

/** The policy's problems with a password, each beside the password field. */
export function checkPassword(password: string, userName: string): void {
  const problems = passwordProblems(password, userName);
  if (problems.length > 0) {
    throw new ValidationError(
      problems.join(' '),
      problems.map((message) => ({ path: 'password', message })),
    );
  }
}

function userNamed(db: Db, userName: string): StoredUser {
  const user = findUserByName(db, userName);
  if (!user) throw new NotFound(`There is no user named ${userName}.`);
  return user;
}

/**
 * Runs the change, and undoes it (Conflict) if it left no enabled administrator where there was
 * one. A data file without any (a single user's, users added but no administrator yet) is let be.
 */
function keepingAnAdministrator(db: Db, change: (tx: Db) => UserRecord): UserRecord {
  return db.transaction((tx) => {
    const had = hasActiveAdministrator(tx);
    const changed = change(tx);
    if (had && !hasActiveAdministrator(tx)) throw new Conflict(NO_ADMINISTRATOR_LEFT);
    return changed;
  });
}

export function setUserDisabled(
  { userName, disabled }: { userName: string; disabled: boolean },
  { workbench, caller, actor }: ServiceContext,
) {
  const user = userNamed(workbench.db, userName);
  if (disabled && user.id === caller.userId) {
    throw new Conflict(
      'You cannot disable your own account while signed in with it: ask another administrator.',
    );
  }
  const changed = keepingAnAdministrator(workbench.db, (tx) =>
    setDisabled(tx, user.id, disabled, actor),
  );
  return userSummary(changed);
}

export async function resetPassword(
  { userName, password }: { userName: string; password: string },
  { workbench, actor }: ServiceContext,
) {
  const user = userNamed(workbench.db, userName);
  checkPassword(password, user.userName);
  // Loaded at the first password set here: one user's Workbench never loads argon2.
  const { hashPassword } = await import('./passwords');
  const hash = await hashPassword(password);
  return userSummary(setPasswordHash(workbench.db, user.id, hash, actor));
}

export function setUserRoles(
  { userName, grants }: { userName: string; grants: RoleGrant[] },
  { workbench, actor }: ServiceContext,
) {
  const user = userNamed(workbench.db, userName);
  checkGrants(workbench.db, grants);
  const changed = keepingAnAdministrator(workbench.db, (tx) =>
    setGrants(tx, user.id, withoutRepeats(grants), actor),
  );
  return userSummary(changed);
}

function policyView(policy: SessionPolicy) {
  return { ...policy, bounds: SESSION_BOUNDS };
}

export function sessionPolicy(_input: unknown, { workbench }: ServiceContext) {
  return policyView(readSessionPolicy(workbench.db));
}

export function setSessionPolicy(policy: SessionPolicy, { workbench, actor }: ServiceContext) {
  const problems = sessionPolicyProblems(policy);
  if (problems.length > 0) {
    throw new ValidationError(
      problems.map((problem) => problem.message).join(' '),
      problems.map(({ path, message }) => ({ path, message })),
    );
  }
  const chosen = { idleMinutes: policy.idleMinutes, absoluteHours: policy.absoluteHours };
  writeSetting(workbench.db, SESSION_POLICY_SETTING, chosen, actor);
  return policyView(chosen);
}

/** Every session but the caller's (in the single-user shells, which have none: every one). */
export function signOutOthers(_input: unknown, { workbench, caller }: ServiceContext) {
  return { sessionsEnded: deleteSessionsExcept(workbench.db, caller.sessionId ?? null) };
}
