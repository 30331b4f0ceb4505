import { useEffect, useRef, useState, type FormEvent } from 'react';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { FieldError } from '../../components/form/FormProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import {
  PROGRAM_LABELS,
  workerName,
  workersFor,
  type CaseloadEntry,
  type CaseloadProgram,
} from './caseloadView';

const FIELD_IDS = { userName: 'family-worker-choice', caseNumber: 'family-worker-choice' };

/**
 * Putting the family on a CalWORKs or CWS worker's caseload, by its case number on that side (the
 * service assigns every mutual family with that number, as the worker's caseload runs by case).
 * The keyboard goes to the choice when it opens; Escape there, or Cancel, closes it unchanged.
 */
export function FamilyWorkerForm({
  countyId,
  program,
  caseNumber,
  current,
  announce,
  onDone,
}: {
  countyId: number;
  program: CaseloadProgram;
  caseNumber: string;
  current: CaseloadEntry | undefined;
  announce: (message: string) => void;
  onDone: () => void;
}) {
  const workers = useApi('cocase.workers', { countyId });
  const choices = workersFor(workers.data ?? [], program);
  const [userName, setUserName] = useState(current?.userName ?? '');
  const form = useFormProblems(FIELD_IDS, announce);
  const choice = useRef<HTMLSelectElement>(null);
  const side = PROGRAM_LABELS[program];
  const headingId = `family-worker-${program}-heading`;
  useEffect(() => {
    choice.current?.focus();
  }, [workers.isSuccess]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (userName === '') {
      form.showErrors({ userName: `Choose the ${side} worker.` });
      return;
    }
    const chosen = choices.find((worker) => worker.userName === userName);
    const saved = await form.save(
      () => invoke('cocase.assignWorker', { countyId, program, caseNumber, userName }),
      ({ assigned }) =>
        `Put ${assigned === 1 ? 'the family' : `${assigned} families`} with ${side} case ${caseNumber} on ${chosen ? workerName(chosen) : userName}’s caseload.`,
    );
    if (saved) onDone();
  }

  return (
    <form
      className="form family-form family-resolve"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={headingId}>
        {current ? 'Change' : 'Assign'} the {side} worker for case {caseNumber}
      </h3>
      {workers.error && <p className="error-summary">{workers.error.message}</p>}
      {workers.isSuccess && choices.length === 0 ? (
        <p>
          No {side} staff of this county can sign in yet: ask your administrator to add them with
          the {side} staff role.
        </p>
      ) : (
        <>
          <label htmlFor={FIELD_IDS.userName}>{side} worker</label>
          <select
            {...form.field('userName')}
            ref={choice}
            value={userName}
            onChange={(e) => {
              setUserName(e.target.value);
              form.clearError('userName');
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              onDone();
            }}
          >
            <option value="">Choose…</option>
            {choices.map((worker) => (
              <option key={worker.userName} value={worker.userName}>
                {workerName(worker)}
              </option>
            ))}
          </select>
          <FieldError
            fieldId={FIELD_IDS.userName}
            message={form.errors.userName ?? form.errors.caseNumber}
          />
        </>
      )}
      <div className="button-row">
        {choices.length > 0 && (
          <button type="submit" className="primary">
            {current ? 'Change the worker' : 'Assign the worker'}
          </button>
        )}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
