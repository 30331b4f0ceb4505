/**
 * The commands of `npm run users` over an open data file: each checks what it was given against
 * the data, makes its one change through the users repository (audited there), and returns the
 * lines to print.
 */
import { grantText, parseGrant, withoutRepeats } from '../../core/system/roleGrants';
import type { RoleGrant } from '../../core/system/roles';
import { userNameProblem } from '../../core/system/userNames';
import type { Db } from '../../db/openDatabase';
import {
  addUser,
  findUserByName,
  hasActiveAdministrator,
  listUsers,
  setDisabled,
  setGrants,
  setPasswordHash,
  UserAlreadyExists,
  type StoredUser,
  type UserRecord,
} from '../../db/system/users';
import { listCounties } from '../../db/workspace/repository';
import { hashPassword } from '../../api/system/passwords';
import { newPassword } from './newPassword';
import type { UsersRequest } from './usersArguments';

/** What was asked cannot be done (no such user, a bad grant, a name taken); nothing was changed. */
export class UsersRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsersRefused';
  }
}

export const FIRST_ADMINISTRATOR_COMMAND = 'npm run users -- add NAME --role administrator';

function grantsFrom(db: Db, typed: readonly string[]): RoleGrant[] {
  const counties = listCounties(db);
  const parsed = typed.map((text) => parseGrant(text, counties));
  const problems = parsed.flatMap((p) => ('problem' in p ? [p.problem] : []));
  if (problems.length > 0) throw new UsersRefused(problems.join('\n'));
  return withoutRepeats(parsed.flatMap((p) => ('grant' in p ? [p.grant] : [])));
}

function grantsText(db: Db, grants: readonly RoleGrant[]): string {
  const counties = listCounties(db);
  return grants.length === 0 ? 'no roles' : grants.map((g) => grantText(g, counties)).join(', ');
}

function existing(db: Db, userName: string): StoredUser {
  const user = findUserByName(db, userName);
  if (!user) throw new UsersRefused(`There is no user named ${userName}.`);
  return user;
}

/** Said after a change that may leave the server without anyone to run it. */
function administratorNote(db: Db): string[] {
  if (hasActiveAdministrator(db)) return [];
  return [
    `No enabled administrator is left: the shared server will not start until there is one (${FIRST_ADMINISTRATOR_COMMAND}).`,
  ];
}

async function add(db: Db, request: UsersRequest, actor: string): Promise<string[]> {
  const { userName } = request;
  const nameProblem = userNameProblem(userName);
  if (nameProblem) throw new UsersRefused(nameProblem);
  if (findUserByName(db, userName)) {
    throw new UsersRefused(`There is already a user named ${userName}.`);
  }
  const grants = grantsFrom(db, request.roles);
  const password = await newPassword(userName, {
    passwordFile: request.passwordFile,
    optional: request.oidc !== null,
  });
  const passwordHash = password === null ? null : await hashPassword(password);
  try {
    const user = addUser(
      db,
      {
        userName,
        displayName: request.displayName ?? '',
        passwordHash,
        oidc: request.oidc,
        grants,
      },
      actor,
    );
    return [`Added ${user.userName} (${grantsText(db, user.grants)}).`, ...administratorNote(db)];
  } catch (error) {
    if (error instanceof UserAlreadyExists) throw new UsersRefused(error.message);
    throw error;
  }
}

function signIn(user: UserRecord): string {
  if (user.hasPassword && user.oidcSubject) return 'password, identity provider';
  if (user.oidcSubject) return 'identity provider';
  return user.hasPassword ? 'password' : 'none';
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((r) => r[column]?.length ?? 0)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
      )
      .join('  '),
  );
}

function list(db: Db): string[] {
  const users = listUsers(db);
  if (users.length === 0) {
    return [`No users yet. Add the first administrator: ${FIRST_ADMINISTRATOR_COMMAND}`];
  }
  return table([
    ['NAME', 'DISPLAY NAME', 'STATUS', 'SIGN-IN', 'ROLES'],
    ...users.map((user) => [
      user.userName,
      user.displayName || '-',
      user.disabled ? 'disabled' : 'enabled',
      signIn(user),
      grantsText(db, user.grants),
    ]),
  ]);
}

function disableOrEnable(
  db: Db,
  request: UsersRequest,
  actor: string,
  disabled: boolean,
): string[] {
  const user = existing(db, request.userName);
  const word = disabled ? 'disabled' : 'enabled';
  if (user.disabled === disabled) return [`${user.userName} was already ${word}; nothing changed.`];
  setDisabled(db, user.id, disabled, actor);
  return [
    disabled
      ? `Disabled ${user.userName} and signed them out everywhere.`
      : `Enabled ${user.userName}.`,
    ...administratorNote(db),
  ];
}

async function reset(db: Db, request: UsersRequest, actor: string): Promise<string[]> {
  const user = existing(db, request.userName);
  const password = await newPassword(user.userName, {
    passwordFile: request.passwordFile,
    optional: false,
  });
  setPasswordHash(db, user.id, await hashPassword(password as string), actor);
  return [`Set a new password for ${user.userName} and signed them out everywhere.`];
}

function roles(db: Db, request: UsersRequest, actor: string): string[] {
  const user = existing(db, request.userName);
  const changed = setGrants(db, user.id, grantsFrom(db, request.roles), actor);
  return [
    `${changed.userName} now holds ${grantsText(db, changed.grants)}.`,
    ...administratorNote(db),
  ];
}

export async function runUsersCommand(
  db: Db,
  request: UsersRequest,
  actor: string,
): Promise<string[]> {
  switch (request.action) {
    case 'add':
      return add(db, request, actor);
    case 'list':
      return list(db);
    case 'disable':
      return disableOrEnable(db, request, actor, true);
    case 'enable':
      return disableOrEnable(db, request, actor, false);
    case 'reset':
      return reset(db, request, actor);
    case 'roles':
      return roles(db, request, actor);
  }
}
