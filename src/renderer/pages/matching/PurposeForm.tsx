import { useState } from 'react';
import { revealPurposeProblem } from '../../../core/system/revealPurpose';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';

const LABELS = { purpose: 'Why do you need these names?' } as const;
const IDS = { purpose: 'reveal-purpose' } as const;

/**
 * Asked before names are shown on the shared server: the reason goes into the record the county's
 * privacy officer reads (who saw identifiers, when, for which family, and why).
 */
export function PurposeForm({
  onGiven,
  onCancel,
}: {
  onGiven: (purpose: string) => void;
  onCancel: () => void;
}) {
  const [purpose, setPurpose] = useState('');
  const form = useFormProblems(IDS, () => undefined, 'reveal-purpose-problems');
  return (
    <FormWithProblems
      className="form"
      problemsId="reveal-purpose-problems"
      problemsTitle="The names were not shown"
      form={form}
      labels={LABELS}
      onSubmit={() => {
        const problem = revealPurposeProblem(purpose);
        if (problem !== null) {
          form.showErrors({ purpose: problem });
          return;
        }
        onGiven(purpose.trim());
      }}
    >
      <label htmlFor={IDS.purpose}>{LABELS.purpose}</label>
      <p id="reveal-purpose-hint" className="hint">
        For example “joint case conference on Monday”. Recorded with your name for the county’s
        privacy officer.
      </p>
      <FieldError fieldId={IDS.purpose} message={form.errors.purpose} />
      <input
        {...form.field('purpose', 'reveal-purpose-hint')}
        maxLength={200}
        value={purpose}
        onChange={(event) => {
          form.clearError('purpose');
          setPurpose(event.target.value);
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary">
          Show the names
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </FormWithProblems>
  );
}
