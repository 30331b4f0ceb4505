import { useState, type FormEvent } from 'react';
import { formatDate } from '../../components/format';
import { invoke } from '../../client/client';
import { FamilyDateField } from './FamilyDateField';
import { useFormProblems } from '../../components/form/useFormProblems';
import { halfTypedDate } from './familyForm';
import { FieldError } from '../../components/form/FormProblems';
import { FamilyFormFrame } from './FamilyFormFrame';
import {
  WTW_CHOICES,
  wtwAlignedOf,
  wtwChoiceOf,
  type CoordinatedPlan,
  type WtwChoice,
} from './familyView';

type Field = 'coordinatedPlanOn' | 'wtwAligned' | 'wtwAlignedNote';

const FIELD_IDS: Record<Field, string> = {
  coordinatedPlanOn: 'family-plan-date',
  wtwAligned: 'family-plan-aligned-yes',
  wtwAlignedNote: 'family-plan-note',
};
const LABELS: Record<Field, string> = {
  coordinatedPlanOn: 'Date the plan was coordinated',
  wtwAligned: 'WtW activities aligned',
  wtwAlignedNote: 'Which activities',
};

interface PlanDraft {
  readonly coordinatedPlanOn: string;
  readonly wtwAligned: WtwChoice;
  readonly wtwAlignedNote: string;
}

const draftOf = (plan: CoordinatedPlan): PlanDraft => ({
  coordinatedPlanOn: plan.coordinatedPlanOn ?? '',
  wtwAligned: wtwChoiceOf(plan.wtwAligned),
  wtwAlignedNote: plan.wtwAlignedNote,
});

const sameDraft = (a: PlanDraft, b: PlanDraft) =>
  a.coordinatedPlanOn === b.coordinatedPlanOn &&
  a.wtwAligned === b.wtwAligned &&
  a.wtwAlignedNote === b.wtwAlignedNote;

/**
 * When the Welfare-to-Work plan and the CWS case plan were coordinated, and whether the WtW
 * activities fit the case plan. The parent remounts it for another family; a save keeps the
 * values the service stored. The plan is part of the family's record, so a save of the record
 * moves its version too. The draft follows a newer plan when it was left untouched, and takes its
 * version when only the rest of the record changed; a draft with changes to a plan changed since
 * keeps the version it was made from, so its save is refused rather than made over what it has
 * not seen.
 */
export function FamilyPlanForm({ familyId, plan }: { familyId: number; plan: CoordinatedPlan }) {
  const [basis, setBasis] = useState(plan);
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [outcome, setOutcome] = useState('');
  const form = useFormProblems(FIELD_IDS, setOutcome, 'family-plan-problems');
  if (plan.version !== basis.version) {
    const untouched = sameDraft(draft, draftOf(basis));
    if (untouched || sameDraft(draftOf(plan), draftOf(basis))) {
      setBasis(plan);
      if (untouched) setDraft(draftOf(plan));
    }
  }
  const set = (field: Field, change: Partial<PlanDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    form.clearError(field);
  };

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (halfTypedDate(FIELD_IDS.coordinatedPlanOn)) {
      form.showErrors({ coordinatedPlanOn: 'Finish the date (month, day and year) or clear it.' });
      return;
    }
    const saved = await form.save(
      () =>
        invoke('cocase.savePlan', {
          familyId,
          version: basis.version,
          coordinatedPlanOn: draft.coordinatedPlanOn || null,
          wtwAligned: wtwAlignedOf(draft.wtwAligned),
          wtwAlignedNote: draft.wtwAlignedNote,
        }),
      (stored) =>
        stored.coordinatedPlanOn
          ? `Saved the coordinated plan of ${formatDate(stored.coordinatedPlanOn)}.`
          : 'Saved the plan: not coordinated yet.',
    );
    if (!saved) return;
    setBasis(saved);
    setDraft(draftOf(saved));
  }

  const { errors } = form;
  // A fieldset is a group, which takes no aria-invalid: its message is tied to it by description.
  const alignedError = errors.wtwAligned ? `${FIELD_IDS.wtwAligned}-error` : undefined;

  return (
    <section aria-labelledby="family-plan-heading" className="family-section">
      <h2 id="family-plan-heading">Coordinated plan</h2>
      <p className="hint">
        When the family’s Welfare-to-Work plan and CWS case plan were coordinated, and whether the
        WtW activities fit the case plan.
      </p>
      <FamilyFormFrame
        labelledBy="family-plan-heading"
        problemsId="family-plan-problems"
        problemsTitle="The plan was not saved"
        form={form}
        labels={LABELS}
        level={3}
        onSubmit={submit}
      >
        <FamilyDateField
          form={form}
          name="coordinatedPlanOn"
          label={`${LABELS.coordinatedPlanOn} (optional)`}
          hint="Leave it empty until both plans are coordinated."
          value={draft.coordinatedPlanOn}
          onChange={(value) => set('coordinatedPlanOn', { coordinatedPlanOn: value })}
        />
        <fieldset className="family-form__group" aria-describedby={alignedError}>
          <legend>WtW activities aligned with the case plan</legend>
          {WTW_CHOICES.map((choice) => (
            <label key={choice.value} className="family-form__choice">
              <input
                id={`family-plan-aligned-${choice.value}`}
                type="radio"
                name="family-plan-aligned"
                value={choice.value}
                checked={draft.wtwAligned === choice.value}
                onChange={() => set('wtwAligned', { wtwAligned: choice.value })}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
        <FieldError fieldId={FIELD_IDS.wtwAligned} message={errors.wtwAligned} />
        <label htmlFor={FIELD_IDS.wtwAlignedNote}>{LABELS.wtwAlignedNote} (optional)</label>
        <textarea
          {...form.field('wtwAlignedNote', 'family-plan-note-hint')}
          rows={2}
          maxLength={500}
          value={draft.wtwAlignedNote}
          onChange={(e) => set('wtwAlignedNote', { wtwAlignedNote: e.target.value })}
        />
        <p id="family-plan-note-hint" className="hint">
          E.g. job search hours set around visits. Activities, not names.
        </p>
        <FieldError fieldId={FIELD_IDS.wtwAlignedNote} message={errors.wtwAlignedNote} />
        <div className="button-row">
          <button type="submit" className="primary">
            Save the plan
          </button>
        </div>
      </FamilyFormFrame>
      <p role="status" className="family-form__status">
        {outcome}
      </p>
    </section>
  );
}
