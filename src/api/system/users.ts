import { findUserById } from '../../db/system/users';
import type { HandlersFor } from '../context';
import type { usersContract } from './users.contract';

export const usersHandlers: HandlersFor<typeof usersContract> = {
  'system.whoAmI': (_input, { workbench, caller }) => {
    const user = caller.userId === null ? undefined : findUserById(workbench.db, caller.userId);
    return {
      userName: caller.actor,
      displayName: user?.displayName ?? caller.actor,
      shared: caller.userId !== null,
      grants: [...caller.grants],
    };
  },
};
