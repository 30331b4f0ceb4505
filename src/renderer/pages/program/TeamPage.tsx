import { useState } from 'react';
import type { TeamMember } from '../../../api/program/team.contract';
import { teamProgramLabel, teamRoleLabel } from '../../../core/program/training';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { UndoButton } from '../../components/UndoButton';
import { useEditList } from '../../components/editList';
import { ProgramSubpage } from './ProgramSubpage';
import { TeamMemberForm } from './TeamMemberForm';
import { TeamTable } from './TeamTable';

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
          <TeamTable members={team.data} onEdit={startEdit} onDelete={removeMember} />
        )}
        {/* Beside the table: deletes and saved edits leave the keyboard here. */}
        <p role="status">{outcome}</p>
      </section>
      <TeamMemberForm key={editing?.id ?? 'new'} countyId={countyId} {...formProps} />
      {dialog}
    </>
  );
}
