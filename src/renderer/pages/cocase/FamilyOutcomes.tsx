import { useRef, useState } from 'react';
import { formatDate } from '../../components/format';
import { ApiError } from '../../../api/errors';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useConfirm } from '../../components/ConfirmDialog';
import { FamilyOutcomeForm, OUTCOME_FIELD_IDS } from './FamilyOutcomeForm';
import {
  OUTCOME_LABELS,
  outcomeAfterRemoval,
  outcomeName,
  outcomeProgram,
  outcomesInOrder,
  outcomeSource,
  type FamilyOutcome,
} from './familyOutcomesView';
import { FamilyTable } from './FamilyTable';

const removeButtonId = (outcome: FamilyOutcome) => `outcome-remove-${outcome.outcomeId}`;

/**
 * The family's outcome events, oldest first, imported or entered by hand, each with Remove; and
 * the form that records one. A removal the service refuses (a later event needs this one) stays
 * next to the table until the next try.
 */
export function FamilyOutcomes({
  familyId,
  outcomes,
}: {
  familyId: number;
  outcomes: readonly FamilyOutcome[];
}) {
  const { confirm, dialog } = useConfirm();
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState('');
  const removing = useRef(false);
  const ordered = outcomesInOrder(outcomes);

  async function remove(outcome: FamilyOutcome): Promise<void> {
    if (removing.current) return;
    const name = outcomeName(outcome);
    const sure = await confirm(
      'Remove this outcome?',
      <p>
        {name} ({outcomeSource(outcome).toLowerCase()}) will no longer count in the evaluation.
      </p>,
      'Remove outcome',
    );
    if (!sure) return;
    removing.current = true;
    const next = outcomeAfterRemoval(ordered, outcome.outcomeId);
    setStatus('');
    setRefusal('');
    try {
      await invoke('cocase.removeOutcome', { familyId, outcomeId: outcome.outcomeId });
      setStatus(`Removed ${name}.`);
      requestAnimationFrame(() => {
        const to = next && document.getElementById(removeButtonId(next));
        (to ?? document.getElementById(OUTCOME_FIELD_IDS.kind))?.focus();
      });
    } catch (error) {
      const issue =
        error instanceof ApiError ? error.issues.find((i) => i.path === 'outcomeId') : undefined;
      if (issue) setRefusal(`${name} was not removed: ${issue.message}`);
      else reportError(error);
    } finally {
      removing.current = false;
    }
  }

  return (
    <section aria-labelledby="family-outcomes-heading" className="family-section">
      <h2 id="family-outcomes-heading">Outcomes</h2>
      {ordered.length === 0 ? (
        <p>No outcome recorded.</p>
      ) : (
        <FamilyTable
          label="Outcomes"
          testId="family-outcomes-table"
          caption="Outcome events, oldest first"
          headings={['Date', 'Event', 'Program', 'Source', 'Actions']}
        >
          <tbody>
            {ordered.map((o) => (
              <tr key={o.outcomeId}>
                <td className="date">{formatDate(o.date)}</td>
                <th scope="row">{OUTCOME_LABELS[o.kind]}</th>
                <td>{outcomeProgram(o.kind)}</td>
                <td>{outcomeSource(o)}</td>
                <td>
                  <button
                    id={removeButtonId(o)}
                    type="button"
                    className="link"
                    onClick={() => void remove(o).catch(reportError)}
                  >
                    Remove<span className="visually-hidden"> {outcomeName(o)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </FamilyTable>
      )}
      <div role="alert">{refusal && <p className="error-summary">{refusal}</p>}</div>
      <FamilyOutcomeForm familyId={familyId} announce={setStatus} />
      <p role="status" className="family-form__status">
        {status}
      </p>
      {dialog}
    </section>
  );
}
