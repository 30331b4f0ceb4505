import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../client/queries';
import { LogicModelEditor } from './LogicModelEditor';
import { LogicModelFlow } from './LogicModelFlow';

/**
 * The county's logic model on the evaluation page: read as a flow, edited whole in place. The
 * status line outlives the switch back from the editor, so a save is announced after it.
 */
export function LogicModelSection({ countyId }: { countyId: number }) {
  const model = useApi('cocase.logicModel', { countyId });
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const leaving = useRef(false);

  useEffect(() => {
    if (editing || !leaving.current) return;
    // A frame later: the confirm dialog gives focus back a frame after it closes, and finding its
    // Cancel button gone it would otherwise leave the keyboard on the page heading.
    const frame = requestAnimationFrame(() => {
      leaving.current = false;
      editButton.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  function leave(message: string): void {
    leaving.current = true;
    setOutcome(message);
    setEditing(false);
  }

  return (
    <section aria-labelledby="logic-model-heading" className="logic-model">
      <h2 id="logic-model-heading">Logic model</h2>
      <p className="evaluation-about">
        How the county’s Linkages work is meant to lead to the outcomes the indicators above
        measure: what goes in, what staff do, what that produces, and what changes for families.
      </p>
      {model.error && <p className="error-summary">{model.error.message}</p>}
      {model.isPending && <p role="status">Loading the logic model…</p>}
      {model.data &&
        (editing ? (
          <LogicModelEditor
            countyId={countyId}
            saved={model.data}
            onSaved={(stored) =>
              leave(
                `Saved the logic model: ${stored.items.length} ${stored.items.length === 1 ? 'statement' : 'statements'}.`,
              )
            }
            onCancel={() => leave('')}
          />
        ) : (
          <>
            <LogicModelFlow model={model.data} />
            <div className="button-row">
              <button
                ref={editButton}
                type="button"
                onClick={() => {
                  // Cleared, so the same words after the next save are announced again.
                  setOutcome('');
                  setEditing(true);
                }}
              >
                Edit the logic model
              </button>
            </div>
          </>
        ))}
      <p role="status" className="logic-model__status">
        {outcome}
      </p>
    </section>
  );
}
