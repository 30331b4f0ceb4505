import { useEffect, useRef, useState, type FormEvent } from 'react';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { FamilyDateField } from './FamilyDateField';
import {
  useFormProblems,
  type FormProblems,
  type FieldErrors,
} from '../../components/form/useFormProblems';
import { halfTypedDate } from './familyForm';
import { FieldError } from '../../components/form/FormProblems';
import { useSignedInUser } from '../../client/permissions';
import { FamilyFormFrame } from './FamilyFormFrame';
import type { MutualFamilyRecord } from './familyRecordsView';
import {
  blank,
  choiceId,
  draftOf,
  FIELD_IDS,
  GROUP_CHOICES,
  LABELS,
  TIER_CHOICES,
  type ChoiceField,
  type Field,
  type RecordDraft,
  type TextField,
} from './familyRecordDraft';
import { familyName } from './familyView';

/** What the form can tell before sending: a choice not made, a date missing or half typed. */
function problemsOf(draft: RecordDraft): FieldErrors<Field> {
  const problems: FieldErrors<Field> = {};
  if (draft.tier === '') problems.tier = 'Choose the family’s tier.';
  if (draft.group === '') problems.group = 'Choose the family’s group.';
  if (draft.startDate === '' || halfTypedDate(FIELD_IDS.startDate)) {
    problems.startDate = 'Enter the date the family joined.';
  }
  if (halfTypedDate(FIELD_IDS.endDate)) {
    problems.endDate = 'Finish the date (month, day and year) or clear it.';
  }
  return problems;
}

/**
 * A mutual family's own record, by hand: its two case numbers, tier, group, the days it joined
 * and left, and (one person's Workbench) its workers by role. Adds a family (editing null; after a save it starts over with
 * the keyboard on the first field) or changes the one given (the parent remounts it for each).
 * announce gets the saved family with the message, so its status can lead to the family's page.
 */
export function FamilyRecordForm({
  countyId,
  editing,
  labelledBy,
  announce,
  onDone = () => undefined,
}: {
  countyId: number;
  editing: MutualFamilyRecord | null;
  labelledBy: string;
  announce: (message: string, saved: MutualFamilyRecord | null) => void;
  /** After a change is saved or cancelled (edit only). */
  onDone?: () => void;
}) {
  const [draft, setDraft] = useState(() => (editing ? draftOf(editing) : blank()));
  // On the shared server the workers are caseloads (the family page); a unit noted before is kept.
  const shared = useSignedInUser().data?.shared ?? false;
  // The version the draft was made from, not the page's refetched one: a change made elsewhere
  // since must be refused, not saved over.
  const [version] = useState(editing?.version ?? null);
  const lastSaved = useRef<MutualFamilyRecord | null>(null);
  const form = useFormProblems(
    FIELD_IDS,
    (message) => announce(message, message ? lastSaved.current : null),
    problemsIdOf(editing !== null),
  );
  const firstField = useRef<HTMLInputElement>(null);
  // Edit takes the keyboard to the loaded record (once: not again when the page refetches it).
  const editingId = editing?.familyId ?? null;
  useEffect(() => {
    if (editingId !== null) firstField.current?.focus();
  }, [editingId]);

  function set<K extends Field>(field: K, value: RecordDraft[K]): void {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problems = problemsOf(draft);
    const { tier, group } = draft;
    if (Object.keys(problems).length > 0 || tier === '' || group === '') {
      form.showErrors(problems);
      return;
    }
    const saved = await form.save(
      async () => {
        const family = await invoke('cocase.saveFamily', {
          countyId,
          familyId: editing?.familyId ?? null,
          version,
          ...draft,
          tier,
          group,
          endDate: draft.endDate || null,
        });
        lastSaved.current = family;
        return family;
      },
      (family) =>
        editing
          ? `Saved the changes to the family ${familyName(family)}.`
          : `Recorded the family ${familyName(family)}.`,
    );
    if (!saved) return;
    if (editing) {
      onDone();
    } else {
      setDraft(blank());
      firstField.current?.focus();
    }
  }

  const text = (name: TextField, label: string, hint?: string) => {
    const hintId = hint ? `${FIELD_IDS[name]}-hint` : undefined;
    const caseNumber = name === 'calworksCase' || name === 'cwsCase';
    return (
      <>
        <label htmlFor={FIELD_IDS[name]}>{label}</label>
        <input
          {...form.field(name, hintId)}
          ref={name === 'calworksCase' ? firstField : undefined}
          autoComplete="off"
          spellCheck={caseNumber ? false : undefined}
          maxLength={caseNumber ? 30 : 100}
          value={draft[name]}
          onChange={(e) => set(name, e.target.value)}
        />
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        <FieldError fieldId={FIELD_IDS[name]} message={form.errors[name]} />
      </>
    );
  };

  const date = (name: 'startDate' | 'endDate', label: string, hint?: string) => (
    <FamilyDateField
      form={form}
      name={name}
      label={label}
      hint={hint}
      required={name === 'startDate'}
      value={draft[name]}
      onChange={(value) => set(name, value)}
    />
  );

  return (
    <FamilyFormFrame
      labelledBy={labelledBy}
      problemsId={problemsIdOf(editing !== null)}
      problemsTitle={editing ? 'The changes were not saved' : 'The family was not recorded'}
      form={form}
      labels={LABELS}
      level={3}
      onSubmit={submit}
    >
      {text('calworksCase', LABELS.calworksCase)}
      {text('cwsCase', LABELS.cwsCase, 'Case numbers only — never a name.')}
      <Choices
        form={form}
        field="tier"
        choices={TIER_CHOICES}
        value={draft.tier}
        onChange={(value) => set('tier', value)}
      />
      <Choices
        form={form}
        field="group"
        choices={GROUP_CHOICES}
        value={draft.group}
        onChange={(value) => set('group', value)}
      />
      {date('startDate', LABELS.startDate)}
      {date('endDate', `${LABELS.endDate} (optional)`, 'Empty while the family is still followed.')}
      {!shared && text('calworksWorker', `${LABELS.calworksWorker} (optional)`)}
      {!shared &&
        text('cwsWorker', `${LABELS.cwsWorker} (optional)`, 'A role or unit, not a person’s name.')}
      <FormButtons editing={editing !== null} addLabel="Record the family" onCancel={onDone} />
    </FamilyFormFrame>
  );
}

/** Tier or group: radios in a named group, arrow keys moving between them. */
function Choices<V extends string>({
  form,
  field,
  choices,
  value,
  onChange,
}: {
  form: Pick<FormProblems<Field>, 'errors'>;
  field: ChoiceField;
  choices: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
}) {
  const errorOf = form.errors[field];
  // A fieldset is a group, which takes no aria-invalid: its message is tied to it by description.
  return (
    <>
      <fieldset
        className="family-form__group"
        aria-describedby={errorOf ? `${FIELD_IDS[field]}-error` : undefined}
      >
        <legend>{LABELS[field]}</legend>
        {choices.map((choice) => (
          <label key={choice.value} className="family-form__choice">
            <input
              id={choiceId(field, choice.value)}
              type="radio"
              name={`family-record-${field}`}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      <FieldError fieldId={FIELD_IDS[field]} message={errorOf} />
    </>
  );
}

/** The add form and the edit form can be on the page together: each has its own summary. */
function problemsIdOf(editing: boolean): string {
  return editing ? 'family-record-edit-problems' : 'family-record-add-problems';
}
