import type { SignedInUser } from '../../../../api/system/users.contract';
import { mayCall } from '../../../client/permissions';

/** Whether the Administration page is the user's: an administrator on the shared server. */
export function administers(user: SignedInUser | undefined): boolean {
  return user?.shared === true && mayCall(user, 'system.users', null);
}
