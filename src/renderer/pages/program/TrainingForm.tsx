import { useRef, useState, type FormEvent } from 'react';
import type { TrainingSession } from '../../../api/program/training.contract';
import { MAX_SESSION_HOURS } from '../../../core/program/training';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { formatDate } from '../../components/format';
import { useFocusOnEdit, useSaveForm, type EditFormProps } from '../../components/editForm';

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

const FIELDS = [
  ['calworksAttendees', 'training-calworks', 'CalWORKs attendees'],
  ['cwsAttendees', 'training-cws', 'CWS attendees'],
  ['partnerAttendees', 'training-partner', 'Partner attendees'],
] as const;

const FIELD_IDS: Record<string, string> = {
  heldOn: 'training-date',
  topic: 'training-topic',
  curriculum: 'training-curriculum',
  hours: 'training-hours',
  notes: 'training-notes',
  ...Object.fromEntries(FIELDS.map(([key, id]) => [key, id])),
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
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  useFocusOnEdit(first, editing);
  const save = useSaveForm({
    adding: !editing,
    reset: () => setDraft(blank),
    fieldIds: FIELD_IDS,
    onSaved,
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    // An empty count means none came; the service still asks for at least one attendee overall.
    const count = (text: string) => (text.trim() === '' ? 0 : Number(text));
    save(
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
      <form className="form form--grid" onSubmit={submit}>
        <label htmlFor="training-date">Date</label>
        <input
          id="training-date"
          ref={first}
          type="date"
          required
          value={draft.heldOn}
          onChange={(e) => set({ heldOn: e.target.value })}
        />
        <label htmlFor="training-topic">Topic</label>
        <input
          id="training-topic"
          required
          maxLength={200}
          value={draft.topic}
          placeholder="e.g. Coordinated case plans"
          onChange={(e) => set({ topic: e.target.value })}
        />
        <label htmlFor="training-curriculum">Curriculum (optional)</label>
        <input
          id="training-curriculum"
          maxLength={200}
          value={draft.curriculum}
          placeholder="e.g. Linkages core curriculum, module 2"
          onChange={(e) => set({ curriculum: e.target.value })}
        />
        <label htmlFor="training-hours">Hours</label>
        <input
          id="training-hours"
          type="number"
          inputMode="decimal"
          required
          min={0.25}
          max={MAX_SESSION_HOURS}
          step={0.25}
          value={draft.hours}
          aria-describedby="training-hours-hint"
          onChange={(e) => set({ hours: e.target.value })}
        />
        <p id="training-hours-hint" className="hint form__hint">
          In quarter hours: 1.5 is an hour and a half.
        </p>
        {FIELDS.map(([key, id, label]) => (
          <AttendeeField
            key={key}
            id={id}
            label={label}
            value={draft[key]}
            onChange={(value) => set({ [key]: value })}
          />
        ))}
        <label htmlFor="training-notes">Notes (optional)</label>
        <textarea
          id="training-notes"
          maxLength={2000}
          rows={2}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <FormButtons editing={editing !== null} addLabel="Log session" onCancel={onCancel} />
      </form>
    </section>
  );
}

function AttendeeField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={0}
        max={10_000}
        step={1}
        value={props.value}
        placeholder="0"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </>
  );
}
