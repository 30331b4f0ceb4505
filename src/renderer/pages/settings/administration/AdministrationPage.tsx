import { useState } from 'react';
import { useSignedInUser } from '../../../client/permissions';
import { useApi } from '../../../client/queries';
import { PageHeading } from '../../../components/PageHeading';
import { hrefOf } from '../../../navigation';
import { SessionsSection } from './SessionsSection';
import { AddUserForm } from './UserForms';
import { UsersSection } from './UsersSection';

/**
 * The shared server's administration (issue 24): its users first, since that is the daily work,
 * then adding one, then the session limits and signing everyone else out before a restore.
 */
export function AdministrationPage() {
  const users = useApi('system.users', {});
  const counties = useApi('counties.list', {});
  const policy = useApi('system.sessionPolicy', {});
  const signedIn = useSignedInUser().data?.userName ?? '';
  const [outcome, setOutcome] = useState('');

  return (
    <>
      <PageHeading>Administration</PageHeading>
      <p>
        Who may sign in to this server and with which roles, and how long they stay signed in.
        Backups are under <a href={hrefOf('settings')}>Settings</a>.
      </p>
      <p role="status" data-testid="administration-status">
        {outcome}
      </p>
      {(users.isPending || counties.isPending) && <p>Loading…</p>}
      {users.data && counties.data && (
        <UsersSection
          users={users.data}
          counties={counties.data}
          signedIn={signedIn}
          announce={setOutcome}
        />
      )}
      {counties.data && <AddUserForm counties={counties.data} announce={setOutcome} />}
      {policy.data && (
        <SessionsSection
          key={`${policy.data.idleMinutes}-${policy.data.absoluteHours}`}
          policy={policy.data}
          announce={setOutcome}
        />
      )}
    </>
  );
}
