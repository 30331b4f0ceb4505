import { useState } from 'react';
import { formatDate } from '../../components/format';
import { useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { CocaseNav } from './CocaseNav';
import { FamilyBarriers } from './FamilyBarriers';
import { FamilyMeetings } from './FamilyMeetings';
import { FamilyNamesSection } from './FamilyNamesSection';
import { FamilyPlanForm } from './FamilyPlanForm';
import { FamilyRecordForm } from './FamilyRecordForm';
import { GROUP_LABELS, TIER_LABELS, type MutualFamilyRecord } from './familyRecordsView';
import { FamilyOutcomes } from './FamilyOutcomes';
import { FamilyServices } from './FamilyServices';
import { FamilyWorkers } from './FamilyWorkers';
import { familyName } from './familyView';

/**
 * #/cocase/families/<id>: one mutual family's co-case record. Its coordinated plan, joint
 * meetings, barriers and services, under its two case numbers (the Workbench keeps no names).
 */
export function FamilyPage({ familyId }: { familyId: number }) {
  const detail = useApi('cocase.family', { familyId });
  const workspace = useApi('workspace.get', {});
  const data = detail.data;
  const countyId = workspace.data?.county?.id ?? null;
  // The shared server keeps workers as caseloads; one person's Workbench, as free-text units.
  const shared = useSignedInUser().data?.shared ?? false;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('cocase')}>Mutual family records</a>
      </p>
      <PageHeading>{data ? `Family ${familyName(data.family)}` : 'Mutual family'}</PageHeading>
      <CocaseNav current="" />
      {detail.error && <p className="error-summary">{detail.error.message}</p>}
      {detail.isPending && <p>Loading the family’s record…</p>}
      {data && (
        // Keyed by family: another family's page starts with its own empty forms.
        <div key={familyId}>
          <FamilyFacts family={data.family} shared={shared} />
          <FamilyRecordEdit family={data.family} countyId={countyId} />
          {shared && countyId !== null && (
            <FamilyWorkers family={data.family} countyId={countyId} />
          )}
          {countyId !== null && <FamilyNamesSection family={data.family} countyId={countyId} />}
          <FamilyPlanForm familyId={familyId} plan={data.plan} />
          <FamilyMeetings familyId={familyId} meetings={data.meetings} />
          <FamilyBarriers familyId={familyId} barriers={data.barriers} />
          <FamilyServices
            familyId={familyId}
            countyId={countyId}
            services={data.services}
            ledgerRows={data.unlinkedLedgerRows}
          />
          <FamilyOutcomes familyId={familyId} outcomes={data.outcomes} />
        </div>
      )}
    </>
  );
}

const EDIT_BUTTON_ID = 'family-record-edit';

/** Edit opens the family's own record in a form; leaving it takes the keyboard back to Edit. */
function FamilyRecordEdit({
  family,
  countyId,
}: {
  family: MutualFamilyRecord;
  countyId: number | null;
}) {
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState('');

  function close(): void {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(EDIT_BUTTON_ID)?.focus());
  }

  return (
    <>
      {editing && countyId !== null ? (
        <div className="family-subform">
          <h2 id="family-record-edit-heading">Change the family’s record</h2>
          <FamilyRecordForm
            countyId={countyId}
            editing={family}
            labelledBy="family-record-edit-heading"
            announce={setOutcome}
            onDone={close}
          />
        </div>
      ) : (
        countyId !== null && (
          <div className="button-row">
            <button
              id={EDIT_BUTTON_ID}
              type="button"
              onClick={() => {
                setOutcome('');
                setEditing(true);
              }}
            >
              Edit the family’s record
            </button>
          </div>
        )
      )}
      <p role="status" className="family-form__status">
        {outcome}
      </p>
    </>
  );
}

function FamilyFacts({ family, shared }: { family: MutualFamilyRecord; shared: boolean }) {
  const notRecorded = <span className="muted">not recorded</span>;
  return (
    <dl className="facts family-facts" data-testid="family-facts">
      <dt>CalWORKs case</dt>
      <dd>{family.calworksCase}</dd>
      <dt>CWS case</dt>
      <dd>{family.cwsCase}</dd>
      <dt>Tier</dt>
      <dd>{TIER_LABELS[family.tier]}</dd>
      <dt>Group</dt>
      <dd>{GROUP_LABELS[family.group]}</dd>
      <dt>Start date</dt>
      <dd>{formatDate(family.startDate)}</dd>
      <dt>End date</dt>
      <dd>{family.endDate ? formatDate(family.endDate) : <span className="muted">open</span>}</dd>
      {!shared && (
        <>
          <dt>CalWORKs worker</dt>
          <dd>{family.calworksWorker || notRecorded}</dd>
          <dt>CWS worker</dt>
          <dd>{family.cwsWorker || notRecorded}</dd>
        </>
      )}
    </dl>
  );
}
