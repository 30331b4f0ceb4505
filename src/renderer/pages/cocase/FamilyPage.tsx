import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { CocaseNav } from './CocaseNav';
import { FamilyBarriers } from './FamilyBarriers';
import { FamilyMeetings } from './FamilyMeetings';
import { FamilyPlanForm } from './FamilyPlanForm';
import { GROUP_LABELS, TIER_LABELS, type MutualFamilyRecord } from './familyRecordsView';
import { FamilyServices } from './FamilyServices';
import { familyName } from './familyView';

/**
 * #/cocase/families/<id>: one mutual family's co-case record. Its coordinated plan, joint
 * meetings, barriers and services, under its two case numbers (the Workbench keeps no names).
 */
export function FamilyPage({ familyId }: { familyId: number }) {
  const detail = useApi('cocase.family', { familyId });
  const workspace = useApi('workspace.get', {});
  const data = detail.data;
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
          <FamilyFacts family={data.family} />
          <FamilyPlanForm familyId={familyId} plan={data.plan} />
          <FamilyMeetings familyId={familyId} meetings={data.meetings} />
          <FamilyBarriers familyId={familyId} barriers={data.barriers} />
          <FamilyServices
            familyId={familyId}
            countyId={workspace.data?.county?.id ?? null}
            services={data.services}
            ledgerRows={data.unlinkedLedgerRows}
          />
        </div>
      )}
    </>
  );
}

function FamilyFacts({ family }: { family: MutualFamilyRecord }) {
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
      <dd>{family.startDate}</dd>
      <dt>End date</dt>
      <dd>{family.endDate ?? <span className="muted">open</span>}</dd>
      <dt>CalWORKs worker</dt>
      <dd>{family.calworksWorker || notRecorded}</dd>
      <dt>CWS worker</dt>
      <dd>{family.cwsWorker || notRecorded}</dd>
    </dl>
  );
}
