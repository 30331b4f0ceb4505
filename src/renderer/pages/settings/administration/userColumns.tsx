import type { UserSummary } from '../../../../api/system/users.contract';
import { columnsOf } from '../../../components/table/tableFeatures';
import { signInKind } from './adminWords';

/** A user as the table shows them, with what their row's buttons do. */
export interface UserRow extends UserSummary {
  readonly rolesInWords: string;
  /** The administrator looking: they cannot disable themselves. */
  readonly you: boolean;
  readonly onDisable: () => void;
  readonly onPassword: () => void;
  readonly onRoles: () => void;
}

const user = columnsOf<UserRow>();

export const USER_COLUMNS = user.columns([
  user.accessor('userName', {
    header: 'User name',
    meta: { key: true, width: 10 },
    cell: ({ row }) => (
      <>
        {row.original.userName}
        {row.original.you && <span className="hint"> (you)</span>}
      </>
    ),
  }),
  user.accessor('displayName', { header: 'Display name', meta: { clip: true, width: 10 } }),
  user.accessor('rolesInWords', { header: 'Roles by county', meta: { clip: true } }),
  user.accessor((row) => signInKind(row), { id: 'signIn', header: 'Signs in with' }),
  user.accessor((row) => (row.disabled ? 'Disabled' : 'Enabled'), {
    id: 'status',
    header: 'Status',
  }),
  user.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    meta: { key: true },
    cell: ({ row }) => {
      const { userName, disabled, you } = row.original;
      return (
        <div className="actions">
          <button type="button" className="link" onClick={row.original.onPassword}>
            Reset password<span className="visually-hidden"> of {userName}</span>
          </button>
          <button type="button" className="link" onClick={row.original.onRoles}>
            Edit roles<span className="visually-hidden"> of {userName}</span>
          </button>
          {!you && (
            <button
              type="button"
              className={disabled ? 'link' : 'link danger'}
              onClick={row.original.onDisable}
            >
              {disabled ? 'Enable' : 'Disable'}
              <span className="visually-hidden"> {userName}</span>
            </button>
          )}
        </div>
      );
    },
  }),
]);
