import { useRef, useState } from 'react';
import { rolesIn } from '../../../core/system/roles';
import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { FamilyNames } from '../matching/FamilyNames';
import type { MutualFamilyRecord } from './familyRecordsView';

/**
 * The family's names, from the match run that found it, for those who work it: the analyst, and on
 * the shared server its own CalWORKs and CWS workers (issue 24). Anyone else is told who sees them
 * instead of being offered a button the service would refuse. The page itself keeps no names.
 */
export function FamilyNamesSection({
  family,
  countyId,
}: {
  family: MutualFamilyRecord;
  countyId: number;
}) {
  const user = useSignedInUser().data;
  const caseload = useApi('cocase.caseload', { countyId, familyId: family.familyId });
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const runId = family.matchRunId;
  if (runId === null || !user || !mayCall(user, 'matching.familyPersons', countyId)) return null;
  const sees =
    !user.shared ||
    rolesIn(user.grants, countyId).has('analyst') ||
    (caseload.data ?? []).some((entry) => entry.userName === user.userName);
  if (open) {
    return (
      <FamilyNames
        runId={runId}
        family={family}
        onHide={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
    );
  }
  return (
    <section aria-labelledby="family-names-offer-heading">
      <h2 id="family-names-offer-heading">Names</h2>
      {sees ? (
        <div className="button-row">
          <button ref={button} type="button" onClick={() => setOpen(true)}>
            Show the names in {family.calworksCase} and {family.cwsCase}
          </button>
        </div>
      ) : (
        <p>
          Only this family’s own CalWORKs and CWS workers and the county’s analyst see its names.
        </p>
      )}
    </section>
  );
}
