import { createContext, use } from 'react';
import type { TeamMember } from '../../../api/program/team.contract';
import {
  TEAM_PROGRAMS,
  TEAM_ROLES,
  teamProgramLabel,
  teamRoleLabel,
} from '../../../core/program/training';
import { RowActions } from '../../components/RowActions';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';

interface MemberActions {
  onEdit: (member: TeamMember) => void;
  onDelete: (member: TeamMember) => void;
}

/** Programs and roles sort in the order the team is described (co-chairs first), not A–Z. */
const programOrder = new Map<string, number>(TEAM_PROGRAMS.map((p, i) => [p.id, i]));
const roleOrder = new Map<string, number>(TEAM_ROLES.map((r, i) => [r.id, i]));

const column = columnsOf<TeamMember>();

/** The page's current handlers, given around the table so the columns stay one constant. */
const MemberRowContext = createContext<MemberActions>({
  onEdit: () => undefined,
  onDelete: () => undefined,
});

function MemberActionButtons({ member }: { member: TeamMember }) {
  const { onEdit, onDelete } = use(MemberRowContext);
  return (
    <RowActions
      rowName={member.roleLabel}
      onEdit={() => onEdit(member)}
      action="Delete"
      onAction={() => onDelete(member)}
      danger
    />
  );
}

/** The seat's label names the row and its actions always show; long contact notes take two lines. */
const TEAM_COLUMNS = column.columns([
  column.accessor('roleLabel', {
    header: 'Role label',
    sortFn: 'text',
    meta: { key: true, clip: true, width: 16 },
  }),
  column.accessor((m) => programOrder.get(m.program) ?? programOrder.size, {
    id: 'program',
    header: 'Program',
    cell: ({ row }) => teamProgramLabel(row.original.program),
    sortFn: 'basic',
  }),
  column.accessor((m) => roleOrder.get(m.role) ?? roleOrder.size, {
    id: 'role',
    header: 'Role',
    cell: ({ row }) => teamRoleLabel(row.original.role),
    sortFn: 'basic',
  }),
  column.display({
    id: 'contactNotes',
    header: 'Contact notes',
    cell: ({ row }) => <span className="notes">{row.original.contactNotes || '–'}</span>,
    meta: { clip: true },
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => <MemberActionButtons member={row.original} />,
    meta: { key: true },
  }),
]);

/** The implementation team, by program until a person sorts otherwise. */
export function TeamTable({
  members,
  onEdit,
  onDelete,
}: { members: readonly TeamMember[] } & MemberActions) {
  const table = useDataTable({
    name: 'program.team',
    columns: TEAM_COLUMNS,
    data: members,
    rowId: (m) => String(m.id),
    sorting: { initial: [{ id: 'program', desc: false }] },
  });
  return (
    <MemberRowContext value={{ onEdit, onDelete }}>
      <DataTable
        table={table}
        caption="Members of the implementation team, sortable by role label, program and role"
        captionHidden
        label="Members of the implementation team"
        tableName="the team"
        className="team-table"
        testId="team-table"
      />
    </MemberRowContext>
  );
}
