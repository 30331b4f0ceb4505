import { useState } from 'react';
import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { AddFamiliesFromRun } from './AddFamiliesFromRun';
import { CocaseNav } from './CocaseNav';
import { FamilyRecordForm } from './FamilyRecordForm';
import type { MutualFamilyRecord } from './familyRecordsView';
import { FamilyRecordsList } from './FamilyRecordsList';
import { OutcomesImport } from './OutcomesImport';

/** #/cocase: the county's mutual family records. */
export function FamilyRecordsPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  const user = useSignedInUser().data;
  return (
    <>
      <PageHeading>Mutual family records</PageHeading>
      <CocaseNav current="" />
      <p className="lead">
        The families the evaluation follows: served by Linkages, or a comparison group matched the
        same way and served as usual. Only case numbers are kept here, never names.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its families.</p>
      )}
      {county && (
        <>
          {/* The families first: adding more is what a page of them is visited for less often. */}
          <FamilyRecordsList countyId={county.id} />
          {/* Each way to add is shown to those who may use it: the analyst and coordinator take
              families in from a run and outcomes from a file; the programs' staff record by hand. */}
          {mayCall(user, 'cocase.addFromRun', county.id) && (
            <AddFamiliesFromRun countyId={county.id} />
          )}
          {mayCall(user, 'cocase.saveFamily', county.id) && (
            <RecordByHand key={county.id} countyId={county.id} />
          )}
          {mayCall(user, 'cocase.importOutcomes', county.id) && (
            <OutcomesImport countyId={county.id} />
          )}
        </>
      )}
    </>
  );
}

/** One family at a time, for a family no match run found; its status leads to the new family. */
function RecordByHand({ countyId }: { countyId: number }) {
  const [outcome, setOutcome] = useState<{
    message: string;
    family: MutualFamilyRecord | null;
  }>({ message: '', family: null });
  return (
    <section aria-labelledby="family-record-add-heading" className="family-section">
      <h2 id="family-record-add-heading">Record a family by hand</h2>
      <FamilyRecordForm
        countyId={countyId}
        editing={null}
        labelledBy="family-record-add-heading"
        announce={(message, family) => setOutcome({ message, family })}
      />
      <p role="status" className="family-form__status">
        {outcome.message}
        {outcome.family && (
          <>
            {' '}
            <a href={hrefOf('cocase', 'families', outcome.family.familyId)}>
              Open the family’s page
            </a>
          </>
        )}
      </p>
    </section>
  );
}
