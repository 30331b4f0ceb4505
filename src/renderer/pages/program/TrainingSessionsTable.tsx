import { createContext, use } from 'react';
import type { TrainingSession } from '../../../api/program/training.contract';
import { RowActions } from '../../components/RowActions';
import { formatDate } from '../../components/format';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';
import { count, hours } from './trainingFigures';

interface SessionActions {
  onEdit: (session: TrainingSession) => void;
  onDelete: (session: TrainingSession) => void;
}

const attendeesOf = (s: TrainingSession) =>
  s.calworksAttendees + s.cwsAttendees + s.partnerAttendees;

const column = columnsOf<TrainingSession>();

/** The page's current handlers, given around the table so the columns stay one constant. */
const SessionRowContext = createContext<SessionActions>({
  onEdit: () => undefined,
  onDelete: () => undefined,
});

function SessionActionButtons({ session }: { session: TrainingSession }) {
  const { onEdit, onDelete } = use(SessionRowContext);
  return (
    <RowActions
      rowName={session.topic}
      onEdit={() => onEdit(session)}
      action="Delete"
      onAction={() => onDelete(session)}
      danger
    />
  );
}

const attendeeColumn = (
  id: 'calworksAttendees' | 'cwsAttendees' | 'partnerAttendees',
  header: string,
) =>
  column.accessor(id, {
    header,
    cell: ({ getValue }) => count(getValue()),
    sortFn: 'basic',
    meta: { align: 'number' },
  });

/**
 * The topic heads each row (it names the session, as its Edit and Delete buttons do); topic, date
 * and the actions always show. The curriculum, optional when a session is logged, waits in the
 * column chooser so the topic has room beside the hours and the attendees.
 */
const SESSION_COLUMNS = column.columns([
  column.accessor('topic', {
    header: 'Topic',
    sortFn: 'text',
    meta: { key: true, clip: true, width: 14 },
  }),
  column.accessor('heldOn', {
    header: 'Date',
    cell: ({ getValue }) => formatDate(getValue()),
    // ISO dates compare as text.
    sortFn: 'basic',
    meta: { key: true, align: 'date' },
  }),
  column.display({
    id: 'curriculum',
    header: 'Curriculum',
    cell: ({ row }) => row.original.curriculum || '–',
    meta: { clip: true, optional: true },
  }),
  column.accessor('hours', {
    header: 'Hours',
    cell: ({ getValue }) => hours(getValue()),
    sortFn: 'basic',
    meta: { align: 'number' },
  }),
  attendeeColumn('calworksAttendees', 'CalWORKs'),
  attendeeColumn('cwsAttendees', 'CWS'),
  attendeeColumn('partnerAttendees', 'Partner'),
  column.accessor(attendeesOf, {
    id: 'attendees',
    header: 'All attendees',
    cell: ({ getValue }) => count(getValue()),
    sortFn: 'basic',
    meta: { align: 'number' },
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => <SessionActionButtons session={row.original} />,
    meta: { key: true },
  }),
]);

/** The sessions logged, latest first: the session just held is the one people come to check. */
export function TrainingSessionsTable({
  sessions,
  onEdit,
  onDelete,
}: { sessions: readonly TrainingSession[] } & SessionActions) {
  const table = useDataTable({
    name: 'program.trainingSessions',
    columns: SESSION_COLUMNS,
    data: sessions,
    rowId: (s) => String(s.id),
    sorting: { initial: [{ id: 'heldOn', desc: true }] },
  });
  return (
    <SessionRowContext value={{ onEdit, onDelete }}>
      <DataTable
        table={table}
        caption="Joint training sessions, sortable by topic, date, hours and attendees"
        captionHidden
        label="Joint training sessions"
        tableName="the sessions"
        className="training-table"
        testId="training-table"
      />
    </SessionRowContext>
  );
}
