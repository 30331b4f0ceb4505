import { useState } from 'react';
import type { TeamMember } from '../../../api/program/team.contract';
import {
  TEAM_PROGRAMS,
  TEAM_ROLES,
  teamProgramLabel,
  teamRoleLabel,
} from '../../../core/program/training';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { RowActions } from '../../components/RowActions';
import { UndoButton } from '../../components/UndoButton';
import { TableScroll } from '../../components/TableScroll';
import { useEditList } from '../../components/editList';
import { ProgramSubpage } from './ProgramSubpage';
import { useSortableTable } from '../../components/sortableTable';
import { TeamMemberForm } from './TeamMemberForm';

export function TeamPage() {
  return (
    <ProgramSubpage
      heading="Implementation team"
      lead={
        <>
          Who sits on the team that installs Linkages: co-chairs from each side, program and line
          staff, analysts, the union and training staff. Roles and contact notes only, no names.
        </>
      }
      shows="its team"
    >
      {(countyId) => <CountyTeam countyId={countyId} />}
    </ProgramSubpage>
  );
}

type SortKey = 'program' | 'role' | 'roleLabel';
const programOrder = new Map<string, number>(TEAM_PROGRAMS.map((p, i) => [p.id, i]));
const roleOrder = new Map<string, number>(TEAM_ROLES.map((r, i) => [r.id, i]));

function CountyTeam({ countyId }: { countyId: number }) {
  const team = useApi('program.listTeam', { countyId });
  const { confirm, dialog } = useConfirm();
  const [editing, setEditing] = useState<TeamMember | null>(null);
  const [outcome, setOutcome] = useState('');
  const { startEdit, remove, formProps } = useEditList({
    editing,
    setEditing,
    announce: setOutcome,
  });
  const { sortRows, header } = useSortableTable<TeamMember, SortKey>(
    { key: 'program', descending: false },
    (m, key) =>
      key === 'program'
        ? (programOrder.get(m.program) ?? 9)
        : key === 'role'
          ? (roleOrder.get(m.role) ?? 99)
          : m.roleLabel.toLowerCase(),
  );

  function removeMember(member: TeamMember): void {
    remove(
      member,
      confirm(
        'Delete this team member?',
        <p>
          “{member.roleLabel}” ({teamProgramLabel(member.program)}, {teamRoleLabel(member.role)})
          will be removed from the implementation team.
        </p>,
        'Delete member',
      ),
      () => invoke('program.deleteTeamMember', { countyId, id: member.id }),
      `Deleted “${member.roleLabel}”.`,
    );
  }

  if (!team.data) return <p>{team.isPending ? 'Loading the team…' : ''}</p>;
  return (
    <>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">Team members ({team.data.length})</h2>
        <UndoButton countyId={countyId} scope="team" onUndone={() => setEditing(null)} />
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
                      <RowActions
                        rowName={m.roleLabel}
                        onEdit={() => startEdit(m)}
                        action="Delete"
                        onAction={() => removeMember(m)}
                        danger
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <TeamMemberForm key={editing?.id ?? 'new'} countyId={countyId} {...formProps} />
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}
