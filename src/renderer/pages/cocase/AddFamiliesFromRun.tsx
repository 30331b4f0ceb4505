import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/errors';
import { localIsoDate } from '../../../core/isoDate';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { hrefOf } from '../../navigation';
import type { RecordGroup } from './familyRecordsView';
import { formatDate } from '../../components/format';

type Field = 'runId' | 'group' | 'startDate';
type FieldErrors = Partial<Record<Field, string>>;

const FIELD_IDS: Record<Field, string> = {
  runId: 'add-families-run',
  group: 'add-families-group-linkages',
  startDate: 'add-families-start',
};
const isField = (path: string): path is Field => path in FIELD_IDS;

const GROUP_CHOICES: { value: RecordGroup; label: string }[] = [
  { value: 'linkages', label: 'Served by Linkages' },
  { value: 'comparison', label: 'Comparison group (matched, served as usual)' },
];

const families = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'family' : 'families'}`;

/** Records a match run's family pairs as mutual families, in one group, from a start date. */
export function AddFamiliesFromRun({ countyId }: { countyId: number }) {
  const runs = useApi('matching.runs', { countyId });
  return (
    <section aria-labelledby="add-families-heading">
      <h2 id="add-families-heading">Add families from a match run</h2>
      {runs.error && <p className="error-summary">{runs.error.message}</p>}
      {runs.isPending && <p>Loading the match runs…</p>}
      {runs.data &&
        (runs.data.length === 0 ? (
          <p className="notice">
            No match run yet for this county. <a href={hrefOf('matching')}>Run a match</a> of the
            CalWORKs and CWS extracts first; its family pairs can then be recorded here.
          </p>
        ) : (
          <AddForm countyId={countyId} runs={runs.data} />
        ))}
    </section>
  );
}

function AddForm({
  countyId,
  runs,
}: {
  countyId: number;
  runs: readonly { runId: number; finishedAt: string; purged: boolean }[];
}) {
  const [adding, setAdding] = useState(false);
  const [runId, setRunId] = useState<number | null>(null);
  const [group, setGroup] = useState<RecordGroup>('linkages');
  const [startDate, setStartDate] = useState<string>(() => localIsoDate(new Date()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState('');
  // The newest run, until another is chosen.
  const chosen = runId ?? runs[0]?.runId ?? null;

  function showErrors(found: FieldErrors): void {
    setErrors(found);
    const first = (Object.keys(FIELD_IDS) as Field[]).find((field) => found[field]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (chosen === null || adding) return;
    setOutcome('');
    if (startDate === '') {
      showErrors({ startDate: 'Enter the date these families start being counted.' });
      return;
    }
    setErrors({});
    setAdding(true);
    try {
      // Called directly, not as a mutation: the app's alert would repeat the field messages.
      const { added, alreadyRecorded } = await invoke('cocase.addFromRun', {
        countyId,
        runId: chosen,
        group,
        startDate,
      });
      setOutcome(
        `Added ${families(added)}; ${alreadyRecorded.toLocaleString('en-US')} ${alreadyRecorded === 1 ? 'was' : 'were'} recorded already.`,
      );
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues : [];
      const onFields = issues.filter((issue) => isField(issue.path));
      if (onFields.length === 0) {
        reportError(error);
        return;
      }
      showErrors(Object.fromEntries(onFields.map((issue) => [issue.path, issue.message])));
      const elsewhere = issues.filter((issue) => !isField(issue.path));
      if (elsewhere.length > 0) reportError(new Error(elsewhere.map((i) => i.message).join(' ')));
    } finally {
      setAdding(false);
    }
  }

  const problem = (field: Field) =>
    errors[field] && (
      <p id={`${FIELD_IDS[field]}-error`} className="field-error">
        {errors[field]}
      </p>
    );
  const described = (field: Field) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${FIELD_IDS[field]}-error` } : {};
  // A fieldset is a group, which takes no aria-invalid: the message is tied to it by description.
  const groupDescribed = errors.group ? { 'aria-describedby': `${FIELD_IDS.group}-error` } : {};

  return (
    <form className="form add-families" onSubmit={(event) => void submit(event)} noValidate>
      <p className="hint">
        Each family pair the run found becomes a mutual family record (its two case numbers, no
        names). Pairs recorded already keep their group and start date.
      </p>
      <label htmlFor={FIELD_IDS.runId}>Match run</label>
      <select
        id={FIELD_IDS.runId}
        value={chosen ?? ''}
        onChange={(e) => {
          setRunId(Number(e.target.value));
          setErrors((current) => ({ ...current, runId: undefined }));
        }}
        {...described('runId')}
      >
        {runs.map((run) => (
          <option key={run.runId} value={run.runId}>
            Run {run.runId}, {formatDate(run.finishedAt)}
            {run.purged ? ' (identifiers purged)' : ''}
          </option>
        ))}
      </select>
      {problem('runId')}
      <fieldset className="add-families__group" {...groupDescribed}>
        <legend>Group</legend>
        {GROUP_CHOICES.map((choice) => (
          <label key={choice.value} className="add-families__choice">
            <input
              id={`add-families-group-${choice.value}`}
              type="radio"
              name="add-families-group"
              value={choice.value}
              checked={group === choice.value}
              onChange={() => {
                setGroup(choice.value);
                setErrors((current) => ({ ...current, group: undefined }));
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      {problem('group')}
      <label htmlFor={FIELD_IDS.startDate}>Start date</label>
      <input
        id={FIELD_IDS.startDate}
        type="date"
        value={startDate}
        onChange={(e) => {
          setStartDate(e.target.value);
          setErrors((current) => ({ ...current, startDate: undefined }));
        }}
        {...described('startDate')}
      />
      {problem('startDate')}
      <div className="button-row">
        {/* Not disabled while adding: the keyboard stays on the button (submit ignores repeats). */}
        <button type="submit" className="primary">
          Add the run’s families
        </button>
      </div>
      <p role="status" className="add-families__status">
        {adding ? 'Adding the families…' : outcome}
      </p>
    </form>
  );
}
