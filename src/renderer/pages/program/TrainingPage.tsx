import { useState } from 'react';
import type { TrainingSession, TrainingTotals } from '../../../api/program/training.contract';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { UndoButton } from '../../components/UndoButton';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../components/format';
import { useEditList } from '../../components/editList';
import { ProgramSubpage } from './ProgramSubpage';
import { TrainingForm } from './TrainingForm';
import { count, hours } from './trainingFigures';
import { TrainingSessionsTable } from './TrainingSessionsTable';

export function TrainingPage() {
  return (
    <ProgramSubpage
      heading="Joint training log"
      lead={
        <>
          Joint trainings of CalWORKs, CWS and partner staff: when, what, how long and who came,
          with totals per state fiscal year (July–June).
        </>
      }
      shows="its trainings"
    >
      {(countyId) => <CountyTrainings countyId={countyId} />}
    </ProgramSubpage>
  );
}

function CountyTrainings({ countyId }: { countyId: number }) {
  const log = useApi('program.listTrainings', { countyId });
  const { confirm, dialog } = useConfirm();
  const [editing, setEditing] = useState<TrainingSession | null>(null);
  const [outcome, setOutcome] = useState('');
  const { startEdit, remove, formProps } = useEditList({
    editing,
    setEditing,
    announce: setOutcome,
  });

  function removeSession(session: TrainingSession): void {
    const name = `“${session.topic}” on ${formatDate(session.heldOn)}`;
    remove(
      session,
      confirm(
        'Delete this training session?',
        <p>{name} will be removed from the training log and from the totals.</p>,
        'Delete session',
      ),
      () => invoke('program.deleteTraining', { countyId, id: session.id }),
      `Deleted ${name}.`,
    );
  }

  if (!log.data) return <p>{log.isPending ? 'Loading the training log…' : ''}</p>;
  const { sessions, totals } = log.data;
  return (
    <>
      <TotalsTable totals={totals} />
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions ({sessions.length})</h2>
        <UndoButton countyId={countyId} scope="training" onUndone={() => setEditing(null)} />
        {sessions.length === 0 ? (
          <p>No joint training is logged yet.</p>
        ) : (
          <TrainingSessionsTable sessions={sessions} onEdit={startEdit} onDelete={removeSession} />
        )}
        {/* Beside the table: deletes and saved edits leave the keyboard here. */}
        <p role="status">{outcome}</p>
      </section>
      <TrainingForm key={editing?.id ?? 'new'} countyId={countyId} {...formProps} />
      {dialog}
    </>
  );
}

const PROGRAMS = [
  ['calworks', 'CalWORKs'],
  ['cws', 'CWS'],
  ['partner', 'Partner'],
  ['total', 'All'],
] as const;

/** Attendees and attendee-hours (staff time in joint training) per SFY and program. */
function TotalsTable({ totals }: { totals: readonly TrainingTotals[] }) {
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading">Totals by state fiscal year</h2>
      {totals.length === 0 ? (
        <p>Totals appear once a session is logged.</p>
      ) : (
        <TableScroll label="Training totals by state fiscal year">
          <table className="data-table" data-testid="training-totals">
            <colgroup span={3} />
            <colgroup span={4} />
            <colgroup span={4} />
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  State fiscal year
                </th>
                <th scope="col" rowSpan={2} className="number">
                  Sessions
                </th>
                <th scope="col" rowSpan={2} className="number">
                  Hours
                </th>
                <th scope="colgroup" colSpan={4} className="group-heading">
                  Attendees
                </th>
                <th scope="colgroup" colSpan={4} className="group-heading">
                  Attendee-hours
                </th>
              </tr>
              <tr>
                {[0, 1].flatMap((group) =>
                  PROGRAMS.map(([key, label]) => (
                    <th key={`${group}-${key}`} scope="col" className="number">
                      {label}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {totals.map((t) => (
                <tr key={t.startYear}>
                  <th scope="row">{t.label}</th>
                  <td className="number">{count(t.sessions)}</td>
                  <td className="number">{hours(t.minutes / 60)}</td>
                  {PROGRAMS.map(([key]) => (
                    <td key={`a-${key}`} className="number">
                      {count(t.attendees[key])}
                    </td>
                  ))}
                  {PROGRAMS.map(([key]) => (
                    <td key={`h-${key}`} className="number">
                      {hours(t.attendeeMinutes[key] / 60)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
