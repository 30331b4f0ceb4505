import { passwordProblems } from '../../core/system/passwordPolicy';
import { EVERY_COUNTY_ROLES } from '../../core/system/roleGrants';
import { ROLE_LABELS } from '../../core/system/roles';
import { userNameProblem } from '../../core/system/userNames';
import {
  addUser,
  findUserById,
  listUsers,
  UserAlreadyExists,
  type UserRecord,
} from '../../db/system/users';
import type { HandlersFor } from '../context';
import { fieldError, ValidationError } from '../errors';
import type { usersContract } from './users.contract';

const summary = (user: UserRecord) => ({
  userName: user.userName,
  displayName: user.displayName,
  disabled: user.disabled,
  hasPassword: user.hasPassword,
  identityProvider: user.oidcSubject !== null,
  grants: [...user.grants],
});

export const usersHandlers: HandlersFor<typeof usersContract> = {
  'system.whoAmI': (_input, { workbench, caller }) => {
    const user = caller.userId === null ? undefined : findUserById(workbench.db, caller.userId);
    return {
      userName: caller.actor,
      displayName: user?.displayName || caller.actor,
      shared: caller.userId !== null,
      grants: [...caller.grants],
    };
  },

  'system.users': (_input, { workbench }) => listUsers(workbench.db).map(summary),

  'system.addUser': async ({ userName, displayName, password, grants }, { workbench, actor }) => {
    const nameProblem = userNameProblem(userName);
    if (nameProblem) throw fieldError('userName', nameProblem);
    const problems = passwordProblems(password, userName);
    if (problems.length > 0) {
      throw new ValidationError(
        problems.join(' '),
        problems.map((message) => ({ path: 'password', message })),
      );
    }
    const everywhere = grants.find(
      (grant) => grant.countyId === null && !EVERY_COUNTY_ROLES.includes(grant.role),
    );
    if (everywhere) {
      throw fieldError(
        'grants',
        `${ROLE_LABELS[everywhere.role]} is held in a county; only administrators and the oversight committee may hold a role for every county.`,
      );
    }
    // Loaded at the first user added: one user's Workbench never loads argon2.
    const { hashPassword } = await import('./passwords');
    try {
      const added = addUser(
        workbench.db,
        {
          userName,
          displayName: displayName || userName,
          passwordHash: await hashPassword(password),
          oidc: null,
          grants,
        },
        actor,
      );
      return summary(added);
    } catch (error) {
      if (error instanceof UserAlreadyExists) throw fieldError('userName', error.message);
      throw error;
    }
  },
};
