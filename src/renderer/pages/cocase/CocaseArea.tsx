import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { EvaluationPage } from './EvaluationPage';
import { FamilyRecordsPage } from './FamilyRecordsPage';

/** #/cocase (mutual family records) and #/cocase/evaluation. */
export function CocaseArea({ path }: { path: readonly string[] }) {
  if (path[0] === undefined) return <FamilyRecordsPage />;
  if (path[0] === 'evaluation' && path[1] === undefined) return <EvaluationPage />;
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        <a href={hrefOf('cocase')}>Back to Co-case &amp; evaluation</a>
      </p>
    </>
  );
}
