import { useRef, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { FamilyMeetingForm } from './FamilyMeetingForm';
import { meetingsNewestFirst, yesNo, type JointMeeting } from './familyView';

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
        <TableScroll label="Joint meetings">
          <table className="data-table family-table" data-testid="family-meetings-table">
            <caption>Joint meetings, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">CalWORKs attended</th>
                <th scope="col">CWS attended</th>
                <th scope="col">Others (roles)</th>
                <th scope="col">Decisions</th>
                <th scope="col">Next review due</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {meetingsNewestFirst(meetings).map((m) => (
                <tr key={m.meetingId}>
                  <th scope="row" className="nowrap">
                    {m.date}
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
                      Edit<span className="visually-hidden"> the meeting of {m.date}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
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
