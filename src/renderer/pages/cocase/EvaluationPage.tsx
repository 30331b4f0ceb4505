import { PageHeading } from '../../components/PageHeading';
import { CocaseNav } from './CocaseNav';

/** #/cocase/evaluation: the indicators for Linkages and the comparison group. */
export function EvaluationPage() {
  return (
    <>
      <PageHeading>Evaluation</PageHeading>
      <CocaseNav current="evaluation" />
    </>
  );
}
