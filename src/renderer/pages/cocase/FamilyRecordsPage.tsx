import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { AddFamiliesFromRun } from './AddFamiliesFromRun';
import { CocaseNav } from './CocaseNav';
import { FamilyRecordsList } from './FamilyRecordsList';
import { OutcomesImport } from './OutcomesImport';

/** #/cocase: the county's mutual family records. */
export function FamilyRecordsPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
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
          <AddFamiliesFromRun countyId={county.id} />
          <FamilyRecordsList countyId={county.id} />
          <OutcomesImport countyId={county.id} />
        </>
      )}
    </>
  );
}
