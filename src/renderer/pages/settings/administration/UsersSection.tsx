import { useEffect, useMemo, useState } from 'react';
import type { UserSummary } from '../../../../api/system/users.contract';
import type { County } from '../../../../api/workspace/contract';
import { invoke } from '../../../client/client';
import { useConfirm } from '../../../components/ConfirmDialog';
import { ErrorSummary } from '../../../components/form/FormProblems';
import { useFormProblems } from '../../../components/form/useFormProblems';
import { DataTable } from '../../../components/table/DataTable';
import { useDataTable } from '../../../components/table/useDataTable';
import { grantsInWords } from './adminWords';
import { USER_COLUMNS, type UserRow } from './userColumns';
import { ResetPasswordForm, RolesForm } from './UserForms';

type Panel = { readonly userName: string; readonly action: 'password' | 'roles' } | null;

/** The server's users, filtered and sorted, each with its actions; one action's form below. */
export function UsersSection({
  users,
  counties,
  signedIn,
  announce,
}: {
  users: readonly UserSummary[];
  counties: readonly County[];
  signedIn: string;
  announce: (words: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const [panel, setPanel] = useState<Panel>(null);
  const { confirm, dialog } = useConfirm();
  // A refused disable (the last administrator) is said above the table, where the keyboard goes.
  const problems = useFormProblems({}, announce, 'users-problems');

  async function setDisabled(user: UserSummary, disabled: boolean): Promise<void> {
    if (disabled) {
      const sure = await confirm(
        `Disable ${user.userName}?`,
        <p>
          {user.userName} is signed out everywhere at once and cannot sign in until enabled again.
          Their records and their place in the audit trail stay.
        </p>,
        'Disable user',
      );
      if (!sure) return;
    }
    await problems.save(
      () => invoke('system.setUserDisabled', { userName: user.userName, disabled }),
      (changed) => `${changed.userName} is ${changed.disabled ? 'disabled' : 'enabled'}.`,
    );
  }

  const rows = useMemo<UserRow[]>(() => {
    const wanted = filter.trim().toLowerCase();
    return users
      .map((user) => ({
        ...user,
        rolesInWords: grantsInWords(user.grants, counties),
        you: user.userName === signedIn,
        onDisable: () => void setDisabled(user, !user.disabled),
        onPassword: () => setPanel({ userName: user.userName, action: 'password' }),
        onRoles: () => setPanel({ userName: user.userName, action: 'roles' }),
      }))
      .filter(
        (row) =>
          wanted === '' ||
          [row.userName, row.displayName, row.rolesInWords].some((text) =>
            text.toLowerCase().includes(wanted),
          ),
      );
    // setDisabled is a new function each render, and uses nothing the rows would miss.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [users, counties, signedIn, filter]);

  const table = useDataTable({
    name: 'system.users',
    columns: USER_COLUMNS,
    data: rows,
    rowId: (row) => row.userName,
    sorting: { initial: [{ id: 'userName', desc: false }] },
  });
  const chosen = panel && users.find((user) => user.userName === panel.userName);

  // The keyboard goes to the form's heading when a row's action opens it.
  useEffect(() => {
    if (panel) document.getElementById('user-panel-heading')?.focus();
  }, [panel]);

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users ({users.length})</h2>
      <div className="filters" role="search" aria-label="Filter the users">
        <label htmlFor="users-filter">Name or role contains</label>
        <input
          id="users-filter"
          type="search"
          maxLength={100}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <ErrorSummary
        id="users-problems"
        title="The user was not changed"
        errors={problems.errors}
        general={problems.general}
        fieldIds={problems.ids}
        labels={{}}
      />
      <DataTable
        table={table}
        caption="Users of this server"
        captionHidden
        tableName="the users"
        testId="users-table"
        rowClassName={(row) => (row.disabled ? 'is-retired' : undefined)}
        empty={<p>No user matches “{filter}”.</p>}
      />
      {chosen && panel && (
        <div className="user-panel">
          <h3 id="user-panel-heading" tabIndex={-1}>
            {panel.action === 'password'
              ? `A new password for ${chosen.userName}`
              : `Roles of ${chosen.userName}`}
          </h3>
          {panel.action === 'password' ? (
            <ResetPasswordForm
              key={chosen.userName}
              userName={chosen.userName}
              announce={announce}
              onDone={() => setPanel(null)}
            />
          ) : (
            <RolesForm
              key={chosen.userName}
              userName={chosen.userName}
              current={chosen.grants}
              counties={counties}
              announce={announce}
              onDone={() => setPanel(null)}
            />
          )}
        </div>
      )}
      {dialog}
    </section>
  );
}
