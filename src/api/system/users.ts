import { userNameProblem } from '../../core/system/userNames';
import { addUser, findUserById, listUsers, UserAlreadyExists } from '../../db/system/users';
import type { HandlersFor } from '../context';
import { fieldError } from '../errors';
import { withoutRepeats } from '../../core/system/roleGrants';
import {
  checkGrants,
  checkPassword,
  resetPassword,
  sessionPolicy,
  setSessionPolicy,
  setUserDisabled,
  setUserRoles,
  signOutOthers,
  userSummary as summary,
} from './userAdmin';
import type { usersContract } from './users.contract';

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
    checkPassword(password, userName);
    checkGrants(workbench.db, grants);
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
          grants: withoutRepeats(grants),
        },
        actor,
      );
      return summary(added);
    } catch (error) {
      if (error instanceof UserAlreadyExists) throw fieldError('userName', error.message);
      throw error;
    }
  },

  'system.setUserDisabled': setUserDisabled,
  'system.resetPassword': resetPassword,
  'system.setUserRoles': setUserRoles,
  'system.sessionPolicy': sessionPolicy,
  'system.setSessionPolicy': setSessionPolicy,
  'system.signOutOthers': signOutOthers,
};
