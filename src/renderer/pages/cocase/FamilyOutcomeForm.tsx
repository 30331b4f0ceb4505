import { useState, type FormEvent } from 'react';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { FamilyDateField } from './FamilyDateField';
import { useFormProblems } from '../../components/form/useFormProblems';
import { halfTypedDate, today } from './familyForm';
import { FieldError } from '../../components/form/FormProblems';
import { FamilyFormFrame } from './FamilyFormFrame';
import {
  OUTCOME_GROUPS,
  OUTCOME_LABELS,
  outcomeName,
  type OutcomeKind,
} from './familyOutcomesView';

type Field = 'kind' | 'date';

export const OUTCOME_FIELD_IDS: Record<Field, string> = {
  kind: 'outcome-kind',
  date: 'outcome-date',
};
const LABELS: Record<Field, string> = { kind: 'Event', date: 'Date' };

/**
 * Records one outcome event by hand, by the rules an outcomes file follows. After a save the event
 * stays chosen (the next one is often of the same kind) and the date goes back to today.
 */
export function FamilyOutcomeForm({
  familyId,
  announce,
}: {
  familyId: number;
  announce: (message: string) => void;
}) {
  const [kind, setKind] = useState<OutcomeKind | ''>('');
  const [date, setDate] = useState(today);
  const form = useFormProblems(OUTCOME_FIELD_IDS, announce, 'outcome-problems');

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (kind === '') {
      form.showErrors({ kind: 'Choose the event.' });
      return;
    }
    if (date === '' || halfTypedDate(OUTCOME_FIELD_IDS.date)) {
      form.showErrors({ date: 'Enter the date of the event.' });
      return;
    }
    const saved = await form.save(
      () => invoke('cocase.addOutcome', { familyId, kind, date }),
      (outcome) => `Recorded ${outcomeName(outcome)}.`,
    );
    if (!saved) return;
    setDate(today());
    document.getElementById(OUTCOME_FIELD_IDS.kind)?.focus();
  }

  const { errors } = form;
  return (
    <div className="family-subform">
      <h3 id="outcome-form-heading">Record an outcome</h3>
      <FamilyFormFrame
        labelledBy="outcome-form-heading"
        problemsId="outcome-problems"
        problemsTitle="The outcome was not recorded"
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <label htmlFor={OUTCOME_FIELD_IDS.kind}>{LABELS.kind}</label>
        <select
          {...form.field('kind')}
          required
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as OutcomeKind | '');
            form.clearError('kind');
          }}
        >
          <option value="">Choose…</option>
          {OUTCOME_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.kinds.map((k) => (
                <option key={k} value={k}>
                  {OUTCOME_LABELS[k]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError fieldId={OUTCOME_FIELD_IDS.kind} message={errors.kind} />
        <FamilyDateField
          form={form}
          name="date"
          label={LABELS.date}
          hint="Not before the family joined. A reunification needs an earlier entry to foster care, a cured sanction an earlier sanction."
          required
          value={date}
          onChange={(value) => {
            setDate(value);
            form.clearError('date');
          }}
        />
        <FormButtons editing={false} addLabel="Record the outcome" onCancel={() => {}} />
      </FamilyFormFrame>
    </div>
  );
}
