import { useRef, useState } from 'react';
import { formatDate } from '../../components/format';
import { FamilyBarrierForm } from './FamilyBarrierForm';
import { FamilyBarrierResolve } from './FamilyBarrierResolve';
import { today } from './familyForm';
import { FamilyTable } from './FamilyTable';
import {
  BARRIER_LABELS,
  barriersInOrder,
  daysLabel,
  daysOpen,
  type FamilyBarrier,
} from './familyView';

export const editButtonId = (barrier: FamilyBarrier) => `barrier-edit-${barrier.barrierId}`;

/** The family's barriers, open ones first, with Resolve and Edit; and the form that adds one. */
export function FamilyBarriers({
  familyId,
  barriers,
}: {
  familyId: number;
  barriers: readonly FamilyBarrier[];
}) {
  const [editing, setEditing] = useState<FamilyBarrier | null>(null);
  const [resolving, setResolving] = useState<FamilyBarrier | null>(null);
  const [outcome, setOutcome] = useState('');
  const opener = useRef<Element | null>(null);
  const day = today();

  function open(barrier: FamilyBarrier, action: 'edit' | 'resolve'): void {
    opener.current = document.activeElement;
    setOutcome('');
    setEditing(action === 'edit' ? barrier : null);
    setResolving(action === 'resolve' ? barrier : null);
  }

  /**
   * Back to the button that opened the form, or to the row's Edit when that button is going away
   * (a resolved barrier loses its Resolve once the family is read again) or gone.
   */
  function backTo(barrier: FamilyBarrier | null, openerGoing = false): void {
    const from = openerGoing ? null : opener.current;
    requestAnimationFrame(() => {
      const button = barrier && document.getElementById(editButtonId(barrier));
      if (from instanceof HTMLElement && from.isConnected) from.focus();
      else button?.focus();
    });
  }

  return (
    <section aria-labelledby="family-barriers-heading" className="family-section">
      <h2 id="family-barriers-heading">Barriers</h2>
      {barriers.length === 0 ? (
        <p>No barrier recorded.</p>
      ) : (
        <FamilyTable
          label="Barriers"
          testId="family-barriers-table"
          caption="Barriers, open ones first (the longest open at the top)"
          headings={['Barrier', 'Opened', 'Resolved', ['Days open', 'number'], 'Note', 'Actions']}
        >
          <tbody>
            {barriersInOrder(barriers).map((b) => {
              const name = `${BARRIER_LABELS[b.kind]} opened ${formatDate(b.openedOn)}`;
              return (
                <tr key={b.barrierId}>
                  <th scope="row">{BARRIER_LABELS[b.kind]}</th>
                  <td className="date">{formatDate(b.openedOn)}</td>
                  <td className="date">
                    {b.resolvedOn ? formatDate(b.resolvedOn) : <span className="muted">open</span>}
                  </td>
                  <td className="number">
                    {b.resolvedOn === null ? daysLabel(daysOpen(b.openedOn, day)) : ''}
                  </td>
                  <td className="notes">{b.note || <span className="muted">none</span>}</td>
                  <td>
                    <div className="actions">
                      {b.resolvedOn === null && (
                        <button
                          id={`barrier-resolve-${b.barrierId}`}
                          type="button"
                          className="link"
                          onClick={() => open(b, 'resolve')}
                        >
                          Resolve<span className="visually-hidden"> {name}</span>
                        </button>
                      )}
                      <button
                        id={editButtonId(b)}
                        type="button"
                        className="link"
                        onClick={() => open(b, 'edit')}
                      >
                        Edit<span className="visually-hidden"> {name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </FamilyTable>
      )}
      {resolving && (
        <FamilyBarrierResolve
          key={resolving.barrierId}
          familyId={familyId}
          barrier={resolving}
          announce={setOutcome}
          onDone={(saved) => {
            setResolving(null);
            backTo(resolving, saved);
          }}
        />
      )}
      <FamilyBarrierForm
        key={editing?.barrierId ?? 'new'}
        familyId={familyId}
        editing={editing}
        announce={setOutcome}
        onDone={() => {
          setEditing(null);
          backTo(editing);
        }}
      />
      <p role="status" className="family-form__status">
        {outcome}
      </p>
    </section>
  );
}
