import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { CocaseNav } from './CocaseNav';
import { EvaluationDashboard } from './EvaluationDashboard';
import { LogicModelSection } from './LogicModelSection';

/**
 * #/cocase/evaluation: the indicators for Linkages and the comparison group, then the logic model
 * that says which outcomes they measure.
 */
export function EvaluationPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <PageHeading>Evaluation</PageHeading>
      <CocaseNav current="evaluation" />
      <p className="lead">
        How families served by Linkages fare against the comparison group on each indicator, period
        by period, with the denominators in view.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its evaluation.</p>
      )}
      {county && (
        <>
          <EvaluationDashboard key={county.id} countyId={county.id} />
          <LogicModelSection key={`logic-model-${county.id}`} countyId={county.id} />
        </>
      )}
    </>
  );
}
