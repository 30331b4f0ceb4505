import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { TeamMember } from '../../../api/team.contract';
import {
  TEAM_PROGRAMS,
  TEAM_ROLES,
  teamProgramLabel,
  teamRoleLabel,
} from '../../../core/program/training';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi, refreshAfterChange } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf } from '../../navigation';
import { returnFocus } from './formFocus';
import { useSortableTable } from './sortableTable';
import { TeamMemberForm } from './TeamMemberForm';

export function TeamPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('program')}>Program model</a>
      </p>
      <PageHeading>Implementation team</PageHeading>
      <p className="lead">
        Who sits on the team that installs Linkages: co-chairs from each side, program and line
        staff, analysts, the union and training staff. Roles and contact notes only, no names.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its team.</p>
      )}
      {county && <CountyTeam countyId={county.id} />}
    </>
  );
}

type SortKey = 'program' | 'role' | 'roleLabel';
const programOrder = new Map<string, number>(TEAM_PROGRAMS.map((p, i) => [p.id, i]));
const roleOrder = new Map<string, number>(TEAM_ROLES.map((r, i) => [r.id, i]));

function CountyTeam({ countyId }: { countyId: number }) {
  const team = useApi('program.listTeam', { countyId });
  const queryClient = useQueryClient();
  const { confirm, dialog } = useConfirm();
  const [editing, setEditing] = useState<TeamMember | null>(null);
  const [outcome, setOutcome] = useState('');
  const opener = useRef<Element | null>(null);
  const { sortRows, header } = useSortableTable<TeamMember, SortKey>(
    { key: 'program', descending: false },
    (m, key) =>
      key === 'program'
        ? (programOrder.get(m.program) ?? 9)
        : key === 'role'
          ? (roleOrder.get(m.role) ?? 99)
          : m.roleLabel.toLowerCase(),
  );

  function startEdit(member: TeamMember): void {
    opener.current = document.activeElement;
    setOutcome('');
    setEditing(member);
  }

  function stopEdit(): void {
    setEditing(null);
    returnFocus(opener.current);
  }

  function remove(member: TeamMember): void {
    void confirm(
      'Delete this team member?',
      <p>
        “{member.roleLabel}” ({teamProgramLabel(member.program)}, {teamRoleLabel(member.role)}) will
        be removed from the implementation team.
      </p>,
      'Delete member',
    )
      .then(async (sure) => {
        if (!sure) return;
        await invoke('program.deleteTeamMember', { countyId, id: member.id });
        if (editing?.id === member.id) setEditing(null);
        await refreshAfterChange(queryClient, ['program.listTeam']);
        setOutcome(`Deleted “${member.roleLabel}”.`);
      })
      .catch(reportError);
  }

  if (!team.data) return <p>{team.isPending ? 'Loading the team…' : ''}</p>;
  return (
    <>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">Team members ({team.data.length})</h2>
        <UndoButton
          countyId={countyId}
          scope="team"
          refreshes={['program.listTeam']}
          onUndone={() => setEditing(null)}
        />
        {team.data.length === 0 ? (
          <p>No one is on the team yet. Start with a co-chair from each program.</p>
        ) : (
          <TableScroll label="Members of the implementation team">
            <table className="data-table" data-testid="team-table">
              <thead>
                <tr>
                  {header('roleLabel', 'Role label')}
                  {header('program', 'Program')}
                  {header('role', 'Role')}
                  <th scope="col">Contact notes</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {sortRows(team.data).map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.roleLabel}</th>
                    <td>{teamProgramLabel(m.program)}</td>
                    <td>{teamRoleLabel(m.role)}</td>
                    <td className="notes">{m.contactNotes || '–'}</td>
                    <td>
                      <div className="actions">
                        <button type="button" className="link" onClick={() => startEdit(m)}>
                          Edit<span className="visually-hidden"> {m.roleLabel}</span>
                        </button>
                        <button type="button" className="link danger" onClick={() => remove(m)}>
                          Delete<span className="visually-hidden"> {m.roleLabel}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <TeamMemberForm
        key={editing?.id ?? 'new'}
        countyId={countyId}
        editing={editing}
        onSaved={(message) => {
          setOutcome(message);
          if (editing) stopEdit();
        }}
        onCancel={stopEdit}
      />
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}
