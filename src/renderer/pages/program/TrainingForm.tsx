import { useRef, useState } from 'react';
import type { TrainingSession } from '../../../api/program/training.contract';
import { MAX_SESSION_HOURS } from '../../../core/program/training';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { formatDate } from '../../components/format';
import { useEditForm, useFocusOnEdit, type EditFormProps } from '../../components/editForm';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import type { FormProblems } from '../../components/form/useFormProblems';

/** Number fields are kept as typed (strings) and read once, on submit. */
interface Draft {
  heldOn: string;
  topic: string;
  curriculum: string;
  hours: string;
  calworksAttendees: string;
  cwsAttendees: string;
  partnerAttendees: string;
  notes: string;
}

const blank: Draft = {
  heldOn: '',
  topic: '',
  curriculum: '',
  hours: '',
  calworksAttendees: '',
  cwsAttendees: '',
  partnerAttendees: '',
  notes: '',
};

function draftOf(session: TrainingSession): Draft {
  return {
    ...session,
    hours: String(session.hours),
    calworksAttendees: String(session.calworksAttendees),
    cwsAttendees: String(session.cwsAttendees),
    partnerAttendees: String(session.partnerAttendees),
  };
}

const ATTENDEE_FIELDS = ['calworksAttendees', 'cwsAttendees', 'partnerAttendees'] as const;

type TrainingField = keyof Draft;

const FIELD_IDS: Record<TrainingField, string> = {
  heldOn: 'training-date',
  topic: 'training-topic',
  curriculum: 'training-curriculum',
  hours: 'training-hours',
  calworksAttendees: 'training-calworks',
  cwsAttendees: 'training-cws',
  partnerAttendees: 'training-partner',
  notes: 'training-notes',
};

const LABELS: Record<TrainingField, string> = {
  heldOn: 'Date',
  topic: 'Topic',
  curriculum: 'Curriculum',
  hours: 'Hours',
  calworksAttendees: 'CalWORKs attendees',
  cwsAttendees: 'CWS attendees',
  partnerAttendees: 'Partner attendees',
  notes: 'Notes',
};

/** Logs a session, or changes the one being edited (the parent remounts it per session). */
export function TrainingForm({
  countyId,
  editing,
  onSaved,
  onCancel,
}: EditFormProps<TrainingSession>) {
  const [draft, setDraft] = useState(editing ? draftOf(editing) : blank);
  const first = useRef<HTMLInputElement>(null);
  useFocusOnEdit(first, editing);
  const { form, outcome, save } = useEditForm({
    fieldIds: FIELD_IDS,
    summaryId: 'training-problems',
    editing: editing !== null,
    reset: () => setDraft(blank),
    onSaved,
  });
  const set = (change: Partial<Draft>) => {
    for (const key of Object.keys(change)) form.clearError(key as TrainingField);
    setDraft((d) => ({ ...d, ...change }));
  };

  function submit(): Promise<void> {
    // An empty count means none came; the service still asks for at least one attendee overall.
    const count = (text: string) => (text.trim() === '' ? 0 : Number(text));
    return save(
      () =>
        invoke('program.saveTraining', {
          countyId,
          id: editing?.id ?? null,
          version: editing?.version ?? null,
          heldOn: draft.heldOn,
          topic: draft.topic,
          curriculum: draft.curriculum,
          hours: Number(draft.hours),
          calworksAttendees: count(draft.calworksAttendees),
          cwsAttendees: count(draft.cwsAttendees),
          partnerAttendees: count(draft.partnerAttendees),
          notes: draft.notes,
        }),
      (saved) => {
        const name = `“${saved.topic}” on ${formatDate(saved.heldOn)}`;
        return editing ? `Saved changes to ${name}.` : `Logged ${name}.`;
      },
    );
  }

  return (
    <section aria-labelledby="training-form-heading">
      <h2 id="training-form-heading">
        {editing ? `Edit “${editing.topic}”` : 'Log a training session'}
      </h2>
      <FormWithProblems
        problemsId="training-problems"
        problemsTitle={editing ? 'The changes were not saved' : 'The session was not logged'}
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <label htmlFor="training-date">Date</label>
        <input
          {...form.field('heldOn')}
          ref={first}
          type="date"
          required
          value={draft.heldOn}
          onChange={(e) => set({ heldOn: e.target.value })}
        />
        <FieldError fieldId={FIELD_IDS.heldOn} message={form.errors.heldOn} />
        <label htmlFor="training-topic">Topic</label>
        <input
          {...form.field('topic')}
          required
          maxLength={200}
          value={draft.topic}
          placeholder="e.g. Coordinated case plans"
          onChange={(e) => set({ topic: e.target.value })}
        />
        <FieldError fieldId={FIELD_IDS.topic} message={form.errors.topic} />
        <label htmlFor="training-curriculum">Curriculum (optional)</label>
        <input
          {...form.field('curriculum')}
          maxLength={200}
          value={draft.curriculum}
          placeholder="e.g. Linkages core curriculum, module 2"
          onChange={(e) => set({ curriculum: e.target.value })}
        />
        <FieldError fieldId={FIELD_IDS.curriculum} message={form.errors.curriculum} />
        <label htmlFor="training-hours">Hours</label>
        <input
          {...form.field('hours', 'training-hours-hint')}
          type="number"
          inputMode="decimal"
          required
          min={0.25}
          max={MAX_SESSION_HOURS}
          step={0.25}
          value={draft.hours}
          onChange={(e) => set({ hours: e.target.value })}
        />
        <p id="training-hours-hint" className="hint form__hint">
          In quarter hours: 1.5 is an hour and a half.
        </p>
        <FieldError fieldId={FIELD_IDS.hours} message={form.errors.hours} />
        {ATTENDEE_FIELDS.map((name) => (
          <AttendeeField
            key={name}
            form={form}
            name={name}
            value={draft[name]}
            onChange={(value) => set({ [name]: value })}
          />
        ))}
        <label htmlFor="training-notes">Notes (optional)</label>
        <textarea
          {...form.field('notes')}
          maxLength={2000}
          rows={2}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <FieldError fieldId={FIELD_IDS.notes} message={form.errors.notes} />
        <FormButtons
          editing={editing !== null}
          addLabel="Log session"
          onCancel={onCancel}
          outcome={outcome}
        />
      </FormWithProblems>
    </section>
  );
}

function AttendeeField(props: {
  form: FormProblems<TrainingField>;
  name: (typeof ATTENDEE_FIELDS)[number];
  value: string;
  onChange: (value: string) => void;
}) {
  const { form, name } = props;
  return (
    <>
      <label htmlFor={FIELD_IDS[name]}>{LABELS[name]}</label>
      <input
        {...form.field(name)}
        type="number"
        inputMode="numeric"
        min={0}
        max={10_000}
        step={1}
        value={props.value}
        placeholder="0"
        onChange={(e) => props.onChange(e.target.value)}
      />
      <FieldError fieldId={FIELD_IDS[name]} message={form.errors[name]} />
    </>
  );
}
