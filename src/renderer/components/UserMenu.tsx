import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '../../core/system/roles';
import { reportError } from '../alerts';
import { useSignedInUser } from '../client/permissions';
import { sessionEnded, signOut, signOutEverywhere } from '../client/session';

/** Who is signed in to the shared server, and the ways out. Nothing in the single-user shells. */
export function UserMenu() {
  const user = useSignedInUser().data;
  const queryClient = useQueryClient();
  const [working, setWorking] = useState(false);
  if (!user?.shared) return null;
  const roles = [...new Set(user.grants.map((grant) => ROLE_LABELS[grant.role]))].join(', ');

  async function leave(everywhere: boolean): Promise<void> {
    setWorking(true);
    try {
      await (everywhere ? signOutEverywhere() : signOut());
      queryClient.clear();
      sessionEnded();
    } catch (error) {
      reportError(error);
    } finally {
      setWorking(false);
    }
  }

  return (
    <div className="user-menu" aria-label="Signed in" role="group">
      <span className="user-menu__name" title={roles}>
        {user.displayName}
      </span>
      <button type="button" disabled={working} onClick={() => void leave(false)}>
        Sign out
      </button>
      <button type="button" disabled={working} onClick={() => void leave(true)}>
        Sign out everywhere
      </button>
    </div>
  );
}
