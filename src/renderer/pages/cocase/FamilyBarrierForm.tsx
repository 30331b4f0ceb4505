import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate } from '../../components/format';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { FamilyDateField } from './FamilyDateField';
import { useFormProblems } from '../../components/form/useFormProblems';
import { halfTypedDate, today } from './familyForm';
import { FieldError } from '../../components/form/FormProblems';
import { FamilyFormFrame } from './FamilyFormFrame';
import { BARRIER_KINDS, BARRIER_LABELS, type BarrierKind, type FamilyBarrier } from './familyView';

type Field = 'kind' | 'openedOn' | 'resolvedOn' | 'note';

const FIELD_IDS: Record<Field, string> = {
  kind: 'barrier-kind',
  openedOn: 'barrier-opened',
  resolvedOn: 'barrier-resolved',
  note: 'barrier-note',
};
const LABELS: Record<Field, string> = {
  kind: 'Barrier',
  openedOn: 'Opened on',
  resolvedOn: 'Resolved on',
  note: 'Note',
};

interface BarrierDraft {
  readonly kind: BarrierKind | '';
  readonly openedOn: string;
  readonly resolvedOn: string;
  readonly note: string;
}

const blank = (): BarrierDraft => ({ kind: '', openedOn: today(), resolvedOn: '', note: '' });
const draftOf = (b: FamilyBarrier): BarrierDraft => ({
  kind: b.kind,
  openedOn: b.openedOn,
  resolvedOn: b.resolvedOn ?? '',
  note: b.note,
});

/**
 * Records a barrier, or changes the one loaded by Edit (its resolved date too, to correct it or
 * open it again). The parent remounts it for each barrier it loads.
 */
export function FamilyBarrierForm({
  familyId,
  editing,
  announce,
  onDone,
}: {
  familyId: number;
  editing: FamilyBarrier | null;
  announce: (message: string) => void;
  /** After a change is saved or cancelled. */
  onDone: () => void;
}) {
  const [draft, setDraft] = useState(() => (editing ? draftOf(editing) : blank()));
  const form = useFormProblems(FIELD_IDS, announce, 'barrier-problems');
  const kindField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (editing) kindField.current?.focus();
  }, [editing]);

  function set<K extends Field>(field: K, value: BarrierDraft[K]): void {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const { kind } = draft;
    if (kind === '') {
      form.showErrors({ kind: 'Choose the kind of barrier.' });
      return;
    }
    if (draft.openedOn === '' || halfTypedDate(FIELD_IDS.openedOn)) {
      form.showErrors({ openedOn: 'Enter the date the barrier was opened.' });
      return;
    }
    if (halfTypedDate(FIELD_IDS.resolvedOn)) {
      form.showErrors({ resolvedOn: 'Finish the date (month, day and year) or clear it.' });
      return;
    }
    const saved = await form.save(
      () =>
        invoke('cocase.saveBarrier', {
          familyId,
          barrierId: editing?.barrierId ?? null,
          version: editing?.version ?? null,
          kind,
          openedOn: draft.openedOn,
          resolvedOn: draft.resolvedOn || null,
          note: draft.note,
        }),
      (barrier) =>
        editing
          ? `Saved the changes to the barrier “${BARRIER_LABELS[barrier.kind]}”.`
          : `Recorded the barrier “${BARRIER_LABELS[barrier.kind]}”, open since ${formatDate(barrier.openedOn)}.`,
    );
    if (!saved) return;
    if (editing) {
      onDone();
    } else {
      setDraft(blank());
      kindField.current?.focus();
    }
  }

  const { errors } = form;
  return (
    <div className="family-subform">
      <h3 id="barrier-form-heading">
        {editing
          ? `Change the barrier “${BARRIER_LABELS[editing.kind]}” opened ${formatDate(editing.openedOn)}`
          : 'Add a barrier'}
      </h3>
      <FamilyFormFrame
        labelledBy="barrier-form-heading"
        problemsId="barrier-problems"
        problemsTitle={editing ? 'The changes were not saved' : 'The barrier was not added'}
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <label htmlFor={FIELD_IDS.kind}>{LABELS.kind}</label>
        <select
          {...form.field('kind')}
          ref={kindField}
          required
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as BarrierKind | '')}
        >
          <option value="">Choose…</option>
          {BARRIER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {BARRIER_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldError fieldId={FIELD_IDS.kind} message={errors.kind} />
        <FamilyDateField
          form={form}
          name="openedOn"
          label={LABELS.openedOn}
          required
          value={draft.openedOn}
          onChange={(value) => set('openedOn', value)}
        />
        {editing && (
          <FamilyDateField
            form={form}
            name="resolvedOn"
            label={`${LABELS.resolvedOn} (empty while open)`}
            value={draft.resolvedOn}
            onChange={(value) => set('resolvedOn', value)}
          />
        )}
        <label htmlFor={FIELD_IDS.note}>{LABELS.note} (optional)</label>
        <input
          {...form.field('note', 'barrier-note-hint')}
          autoComplete="off"
          maxLength={500}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />
        <p id="barrier-note-hint" className="hint">
          What the barrier is about and who is working on it, by role, not name.
        </p>
        <FieldError fieldId={FIELD_IDS.note} message={errors.note} />
        <FormButtons editing={editing !== null} addLabel="Add the barrier" onCancel={onDone} />
      </FamilyFormFrame>
    </div>
  );
}
