import { useRef, useState } from 'react';
import { formatDate } from '../../components/format';
import { FamilyMeetingForm } from './FamilyMeetingForm';
import { FamilyTable } from './FamilyTable';
import { meetingsNewestFirst, yesNo, type JointMeeting } from './familyView';

const HEADINGS = [
  'Date',
  'CalWORKs attended',
  'CWS attended',
  'Others (roles)',
  'Decisions',
  'Next review due',
  'Actions',
];

/** The family's joint meetings, newest first, and the form that records the next one. */
export function FamilyMeetings({
  familyId,
  meetings,
}: {
  familyId: number;
  meetings: readonly JointMeeting[];
}) {
  const [editing, setEditing] = useState<JointMeeting | null>(null);
  const [outcome, setOutcome] = useState('');
  // The Edit button that loaded a meeting: Cancel takes the keyboard back to it.
  const opener = useRef<Element | null>(null);

  function startEdit(meeting: JointMeeting): void {
    opener.current = document.activeElement;
    setOutcome('');
    setEditing(meeting);
  }

  function cancel(): void {
    setEditing(null);
    const back = opener.current;
    requestAnimationFrame(() => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    });
  }

  return (
    <section aria-labelledby="family-meetings-heading" className="family-section">
      <h2 id="family-meetings-heading">Joint meetings</h2>
      {meetings.length === 0 ? (
        <p>No joint meeting recorded yet.</p>
      ) : (
        <FamilyTable
          label="Joint meetings"
          testId="family-meetings-table"
          caption="Joint meetings, newest first"
          headings={HEADINGS}
        >
          <tbody>
            {meetingsNewestFirst(meetings).map((m) => (
              <tr key={m.meetingId}>
                <th scope="row" className="nowrap">
                  {formatDate(m.date)}
                </th>
                <td>{yesNo(m.calworksAttended)}</td>
                <td>{yesNo(m.cwsAttended)}</td>
                <td>{m.othersAttended || <span className="muted">none</span>}</td>
                <td className="notes">{m.decisions || <span className="muted">none</span>}</td>
                <td className="date">
                  {m.nextReviewDue ?? <span className="muted">not set</span>}
                </td>
                <td>
                  <button type="button" className="link" onClick={() => startEdit(m)}>
                    Edit
                    <span className="visually-hidden"> the meeting of {formatDate(m.date)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </FamilyTable>
      )}
      <FamilyMeetingForm
        familyId={familyId}
        editing={editing}
        onDone={() => setEditing(null)}
        onCancel={cancel}
        announce={setOutcome}
      />
      <p role="status" className="family-form__status">
        {outcome}
      </p>
    </section>
  );
}
