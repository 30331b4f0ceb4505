import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate } from '../../components/format';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { FamilyDateField } from './FamilyDateField';
import { useFormProblems } from '../../components/form/useFormProblems';
import { halfTypedDate, today } from './familyForm';
import { FieldError } from '../../components/form/FormProblems';
import { FamilyFormFrame } from './FamilyFormFrame';
import type { JointMeeting } from './familyView';

type Field =
  'date' | 'calworksAttended' | 'cwsAttended' | 'othersAttended' | 'decisions' | 'nextReviewDue';

const FIELD_IDS: Record<Field, string> = {
  date: 'meeting-date',
  calworksAttended: 'meeting-calworks',
  cwsAttended: 'meeting-cws',
  othersAttended: 'meeting-others',
  decisions: 'meeting-decisions',
  nextReviewDue: 'meeting-next-review',
};
const LABELS: Record<Field, string> = {
  date: 'Date of the meeting',
  calworksAttended: 'CalWORKs worker attended',
  cwsAttended: 'CWS worker attended',
  othersAttended: 'Others attended',
  decisions: 'Decisions',
  nextReviewDue: 'Next joint review due',
};

interface MeetingDraft {
  readonly date: string;
  readonly calworksAttended: boolean;
  readonly cwsAttended: boolean;
  readonly othersAttended: string;
  readonly decisions: string;
  readonly nextReviewDue: string;
}

const blank = (): MeetingDraft => ({
  date: today(),
  calworksAttended: false,
  cwsAttended: false,
  othersAttended: '',
  decisions: '',
  nextReviewDue: '',
});

const draftOf = (m: JointMeeting): MeetingDraft => ({
  date: m.date,
  calworksAttended: m.calworksAttended,
  cwsAttended: m.cwsAttended,
  othersAttended: m.othersAttended,
  decisions: m.decisions,
  nextReviewDue: m.nextReviewDue ?? '',
});

/**
 * Records a joint meeting, or changes the one loaded by Edit. Enter in a one-line field saves;
 * after a save the form starts over for the next meeting with the keyboard on its date.
 */
export function FamilyMeetingForm({
  familyId,
  editing,
  onDone,
  onCancel,
  announce,
}: {
  familyId: number;
  editing: JointMeeting | null;
  onDone: () => void;
  onCancel: () => void;
  announce: (message: string) => void;
}) {
  const [draft, setDraft] = useState(blank);
  const [loaded, setLoaded] = useState<number | null>(null);
  // The version the draft was loaded from: a refetched row of the same id does not move it.
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const form = useFormProblems(FIELD_IDS, announce, 'meeting-problems');
  const dateField = useRef<HTMLInputElement>(null);

  const editingId = editing?.meetingId ?? null;
  if (editingId !== loaded) {
    setLoaded(editingId);
    setLoadedVersion(editing?.version ?? null);
    setDraft(editing ? draftOf(editing) : blank());
    form.setErrors({});
  }
  // Edit takes the keyboard to the loaded meeting.
  useEffect(() => {
    if (editingId !== null) dateField.current?.focus();
  }, [editingId]);

  function set<K extends Field>(field: K, value: MeetingDraft[K]): void {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearError(field);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (draft.date === '' || halfTypedDate(FIELD_IDS.date)) {
      form.showErrors({ date: 'Enter the date of the meeting.' });
      return;
    }
    if (halfTypedDate(FIELD_IDS.nextReviewDue)) {
      form.showErrors({ nextReviewDue: 'Finish the date (month, day and year) or clear it.' });
      return;
    }
    const saved = await form.save(
      () =>
        invoke('cocase.saveMeeting', {
          familyId,
          meetingId: editingId,
          version: loadedVersion,
          ...draft,
          nextReviewDue: draft.nextReviewDue || null,
        }),
      (meeting) =>
        editing
          ? `Saved the changes to the meeting of ${formatDate(meeting.date)}.`
          : `Recorded the joint meeting of ${formatDate(meeting.date)}.`,
    );
    if (!saved) return;
    if (editing) onDone();
    else setDraft(blank());
    dateField.current?.focus();
  }

  const { errors } = form;
  const check = (field: 'calworksAttended' | 'cwsAttended') => (
    <div className="family-form__choice">
      <input
        {...form.field(field)}
        type="checkbox"
        checked={draft[field]}
        onChange={(e) => set(field, e.target.checked)}
      />
      <label htmlFor={FIELD_IDS[field]}>{LABELS[field]}</label>
    </div>
  );

  return (
    <div className="family-subform">
      <h3 id="meeting-form-heading">
        {editing ? `Change the meeting of ${formatDate(editing.date)}` : 'Record a joint meeting'}
      </h3>
      <FamilyFormFrame
        labelledBy="meeting-form-heading"
        problemsId="meeting-problems"
        problemsTitle={editing ? 'The changes were not saved' : 'The meeting was not recorded'}
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <FamilyDateField
          form={form}
          name="date"
          label={LABELS.date}
          ref={dateField}
          required
          value={draft.date}
          onChange={(value) => set('date', value)}
        />
        <fieldset className="family-form__group">
          <legend>Who attended</legend>
          {check('calworksAttended')}
          <FieldError fieldId={FIELD_IDS.calworksAttended} message={errors.calworksAttended} />
          {check('cwsAttended')}
          <FieldError fieldId={FIELD_IDS.cwsAttended} message={errors.cwsAttended} />
        </fieldset>
        <label htmlFor={FIELD_IDS.othersAttended}>{LABELS.othersAttended} (optional)</label>
        <input
          {...form.field('othersAttended', 'meeting-others-hint')}
          autoComplete="off"
          maxLength={200}
          value={draft.othersAttended}
          onChange={(e) => set('othersAttended', e.target.value)}
        />
        <p id="meeting-others-hint" className="hint">
          Roles, not names: e.g. parent, child care provider, mental health clinician.
        </p>
        <FieldError fieldId={FIELD_IDS.othersAttended} message={errors.othersAttended} />
        <label htmlFor={FIELD_IDS.decisions}>{LABELS.decisions} (optional)</label>
        <textarea
          {...form.field('decisions')}
          rows={3}
          maxLength={2000}
          value={draft.decisions}
          onChange={(e) => set('decisions', e.target.value)}
        />
        <FieldError fieldId={FIELD_IDS.decisions} message={errors.decisions} />
        <FamilyDateField
          form={form}
          name="nextReviewDue"
          label={`${LABELS.nextReviewDue} (optional)`}
          value={draft.nextReviewDue}
          onChange={(value) => set('nextReviewDue', value)}
        />
        <FormButtons editing={editing !== null} addLabel="Record the meeting" onCancel={onCancel} />
      </FamilyFormFrame>
    </div>
  );
}
