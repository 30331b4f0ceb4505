import { PageHeading } from '../../components/PageHeading';
import { CocaseNav } from './CocaseNav';

/** #/cocase: the county's mutual family records. */
export function FamilyRecordsPage() {
  return (
    <>
      <PageHeading>Mutual family records</PageHeading>
      <CocaseNav current="" />
    </>
  );
}
