import { Fragment, useRef, useState } from 'react';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { formatWhen } from '../settings/settingsWords';
import {
  CASELOAD_PROGRAMS,
  caseNumberOn,
  PROGRAM_LABELS,
  unitNotedOn,
  workerName,
  type CaseloadEntry,
  type CaseloadProgram,
} from './caseloadView';
import { FamilyTable } from './FamilyTable';
import { FamilyWorkerForm } from './FamilyWorkerForm';
import type { MutualFamilyRecord } from './familyRecordsView';

/**
 * On the shared server: the family's CalWORKs and CWS workers, from their caseloads (issue 24), in
 * place of the free-text units a single-user Workbench keeps. A coordinator or supervisor assigns,
 * changes and takes the family off a caseload here; a unit noted on a laptop before the move stays
 * readable, not editable.
 */
export function FamilyWorkers({
  family,
  countyId,
}: {
  family: MutualFamilyRecord;
  countyId: number;
}) {
  const caseload = useApi('cocase.caseload', { countyId, familyId: family.familyId });
  const assigns = mayCall(useSignedInUser().data, 'cocase.assignWorker', countyId);
  const [changing, setChanging] = useState<CaseloadProgram | null>(null);
  const [outcome, setOutcome] = useState('');
  const { confirm, dialog } = useConfirm();
  // The button that opened the form: closing it takes the keyboard back there.
  const opener = useRef<Element | null>(null);
  const entryOf = (program: CaseloadProgram) =>
    caseload.data?.find((entry) => entry.program === program);
  const notes = CASELOAD_PROGRAMS.filter((program) => unitNotedOn(family, program) !== '');

  function open(program: CaseloadProgram): void {
    opener.current = document.activeElement;
    setOutcome('');
    setChanging(program);
  }

  function close(): void {
    setChanging(null);
    const back = opener.current;
    requestAnimationFrame(() => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    });
  }

  function takeOff(entry: CaseloadEntry): void {
    const side = PROGRAM_LABELS[entry.program];
    const who = workerName(entry);
    void confirm(
      `Take the family off ${who}’s caseload?`,
      <p>
        {who} stops seeing this family on their {side} worklists, and can no longer see its names.
        The family keeps no {side} worker until you assign one.
      </p>,
      'Take off the caseload',
    ).then(async (sure) => {
      if (!sure) return;
      setOutcome('');
      try {
        await invoke('cocase.unassignWorker', {
          familyId: family.familyId,
          program: entry.program,
        });
        setOutcome(`Took the family off ${who}’s ${side} caseload.`);
      } catch (error) {
        reportError(error);
      }
    });
  }

  return (
    <section aria-labelledby="family-workers-heading" className="family-section">
      <h2 id="family-workers-heading">Workers</h2>
      {caseload.error && <p className="error-summary">{caseload.error.message}</p>}
      <FamilyTable
        label="Workers"
        testId="family-workers-table"
        caption="The family’s workers, from their caseloads"
        headings={['Program', 'Worker', 'Assigned', ...(assigns ? ['Actions'] : [])]}
      >
        <tbody>
          {CASELOAD_PROGRAMS.map((program) => {
            const entry = entryOf(program);
            const side = PROGRAM_LABELS[program];
            const caseNumber = caseNumberOn(family, program);
            return (
              <tr key={program}>
                <th scope="row">
                  {side} {caseNumber && <span className="nowrap">(case {caseNumber})</span>}
                </th>
                <td>{entry ? workerName(entry) : <span className="muted">none assigned</span>}</td>
                <td>
                  {entry ? (
                    `${formatWhen(entry.assignedAt)} by ${entry.assignedBy}`
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                {assigns && (
                  <td>
                    {caseNumber === '' ? (
                      <span>No {side} case number: add it to the family’s record to assign.</span>
                    ) : (
                      <div className="family-workers__actions">
                        <button type="button" className="link" onClick={() => open(program)}>
                          {entry ? 'Change' : 'Assign'}
                          <span className="visually-hidden"> the {side} worker</span>
                        </button>
                        {entry && (
                          <button type="button" className="link" onClick={() => takeOff(entry)}>
                            Take off caseload
                            <span className="visually-hidden"> of the {side} worker</span>
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </FamilyTable>
      {changing && (
        <FamilyWorkerForm
          key={changing}
          countyId={countyId}
          program={changing}
          caseNumber={caseNumberOn(family, changing)}
          current={entryOf(changing)}
          announce={setOutcome}
          onDone={close}
        />
      )}
      <p role="status" className="family-form__status">
        {outcome}
      </p>
      {notes.length > 0 && (
        <dl className="facts family-facts" data-testid="family-units-noted">
          {notes.map((program) => (
            <Fragment key={program}>
              <dt>{PROGRAM_LABELS[program]} unit noted before the shared server</dt>
              <dd>{unitNotedOn(family, program)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {dialog}
    </section>
  );
}
