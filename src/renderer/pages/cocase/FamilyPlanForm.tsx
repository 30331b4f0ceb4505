import { useState, type FormEvent } from 'react';
import { invoke } from '../../client/client';
import { halfTypedDate, useFamilyForm } from './familyForm';
import { FamilyFieldError, FamilyProblemSummary } from './FamilyFormProblems';
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

/**
 * When the Welfare-to-Work plan and the CWS case plan were coordinated, and whether the WtW
 * activities fit the case plan. The parent remounts it for another family; a save keeps the
 * values the service stored.
 */
export function FamilyPlanForm({ familyId, plan }: { familyId: number; plan: CoordinatedPlan }) {
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [outcome, setOutcome] = useState('');
  const form = useFamilyForm(FIELD_IDS, setOutcome);
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
          coordinatedPlanOn: draft.coordinatedPlanOn || null,
          wtwAligned: wtwAlignedOf(draft.wtwAligned),
          wtwAlignedNote: draft.wtwAlignedNote,
        }),
      (stored) =>
        stored.coordinatedPlanOn
          ? `Saved the coordinated plan of ${stored.coordinatedPlanOn}.`
          : 'Saved the plan: not coordinated yet.',
    );
    if (saved) setDraft(draftOf(saved));
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
      <form
        className="form family-form"
        aria-labelledby="family-plan-heading"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <FamilyProblemSummary
          id="family-plan-problems"
          title="The plan was not saved"
          errors={errors}
          fieldIds={FIELD_IDS}
          labels={LABELS}
        />
        <label htmlFor={FIELD_IDS.coordinatedPlanOn}>{LABELS.coordinatedPlanOn} (optional)</label>
        <input
          {...form.field('coordinatedPlanOn', 'family-plan-date-hint')}
          type="date"
          value={draft.coordinatedPlanOn}
          onChange={(e) => set('coordinatedPlanOn', { coordinatedPlanOn: e.target.value })}
        />
        <p id="family-plan-date-hint" className="hint">
          Leave it empty until both plans are coordinated.
        </p>
        <FamilyFieldError
          fieldId={FIELD_IDS.coordinatedPlanOn}
          message={errors.coordinatedPlanOn}
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
        <FamilyFieldError fieldId={FIELD_IDS.wtwAligned} message={errors.wtwAligned} />
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
        <FamilyFieldError fieldId={FIELD_IDS.wtwAlignedNote} message={errors.wtwAlignedNote} />
        <div className="button-row">
          <button type="submit" className="primary">
            Save the plan
          </button>
        </div>
      </form>
      <p role="status" className="family-form__status">
        {outcome}
      </p>
    </section>
  );
}
