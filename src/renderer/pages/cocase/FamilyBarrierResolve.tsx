import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate } from '../../components/format';
import { invoke } from '../../client/client';
import { useFormProblems } from '../../components/form/useFormProblems';
import { halfTypedDate, today } from './familyForm';
import { FamilyDateField } from './FamilyDateField';
import { BARRIER_LABELS, type FamilyBarrier } from './familyView';

const FIELD_IDS = { resolvedOn: 'barrier-resolve-date' };

/**
 * Resolving an open barrier: one date, today unless changed, confirmed in a small form under the
 * table. The keyboard goes to the date when it opens; Escape there, or Cancel, closes it unchanged.
 */
export function FamilyBarrierResolve({
  familyId,
  barrier,
  announce,
  onDone,
}: {
  familyId: number;
  barrier: FamilyBarrier;
  announce: (message: string) => void;
  /** saved: the barrier is resolved now, so its Resolve button is going away. */
  onDone: (saved: boolean) => void;
}) {
  const [resolvedOn, setResolvedOn] = useState(today);
  const form = useFormProblems(FIELD_IDS, announce);
  const dateField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    dateField.current?.focus();
  }, []);
  const label = BARRIER_LABELS[barrier.kind];

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (resolvedOn === '' || halfTypedDate(FIELD_IDS.resolvedOn)) {
      form.showErrors({ resolvedOn: 'Enter the date the barrier was resolved.' });
      return;
    }
    const saved = await form.save(
      () =>
        invoke('cocase.saveBarrier', {
          familyId,
          barrierId: barrier.barrierId,
          version: barrier.version,
          kind: barrier.kind,
          openedOn: barrier.openedOn,
          resolvedOn,
          note: barrier.note,
        }),
      (b) => `Resolved the barrier “${label}” on ${formatDate(b.resolvedOn ?? resolvedOn)}.`,
    );
    if (saved) onDone(true);
  }

  return (
    <form
      className="form family-form family-resolve"
      aria-labelledby="barrier-resolve-heading"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="barrier-resolve-heading">
        Resolve the barrier “{label}” opened {formatDate(barrier.openedOn)}
      </h3>
      <FamilyDateField
        form={form}
        name="resolvedOn"
        label="Resolved on"
        ref={dateField}
        required
        min={barrier.openedOn}
        value={resolvedOn}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          onDone(false);
        }}
        onChange={(value) => {
          setResolvedOn(value);
          form.clearError('resolvedOn');
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary">
          Resolve the barrier
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
