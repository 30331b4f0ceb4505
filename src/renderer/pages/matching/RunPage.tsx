import { useCallback, useState } from 'react';
import { pageClosedTo, useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf } from '../../navigation';
import { formatShare } from '../../components/countyAndYear';
import { formatDate } from '../../components/format';
import { localIsoDate } from '../../../core/isoDate';
import type { Thresholds } from './bands';
import { BlockingRules } from './BlockingRules';
import { ExportRun } from './ExportRun';
import { ModelDiagnostics } from './ModelDiagnostics';
import { ThresholdBands } from './ThresholdBands';

const count = (n: number) => n.toLocaleString('en-US');

/** #/matching/runs/<id>: a run's results at its thresholds or others, and its review queue. */
export function RunPage({ runId }: { runId: number }) {
  // Another run is another page: thresholds and figures shown do not carry over.
  return <RunResults key={runId} runId={runId} />;
}

function RunResults({ runId }: { runId: number }) {
  // Null until the user moves a threshold: the service then answers at the run's own.
  const [asked, setAsked] = useState<Thresholds | null>(null);
  const view = useApi('matching.runView', { runId, ...asked });
  const user = useSignedInUser().data;
  const countyId = useApi('workspace.get', {}).data?.county?.id ?? null;
  // The figures last shown stay while other thresholds load, and when the service refuses them.
  const [lastShown, setLastShown] = useState(view.data);
  if (view.data && view.data !== lastShown) setLastShown(view.data);
  const data = view.data ?? lastShown;

  const runAccept = data?.run.accept;
  const runReview = data?.run.review;
  const settle = useCallback(
    (next: Thresholds) =>
      setAsked((previous) => {
        const current = previous ?? { accept: runAccept, review: runReview };
        return current.accept === next.accept && current.review === next.review ? previous : next;
      }),
    [runAccept, runReview],
  );

  return (
    <>
      <p>
        <a href={hrefOf('matching')}>Mutual families</a>
      </p>
      <PageHeading>
        Match run {runId}
        {data && `, ${formatDate(localIsoDate(new Date(data.run.finishedAt)))}`}
      </PageHeading>
      {view.error && !data && <p className="error-summary">{view.error.message}</p>}
      {data && (
        <>
          <p className="lead" role="status" data-testid="run-lead">
            {count(data.links)} {data.links === 1 ? 'person' : 'people'} found on both caseloads, in{' '}
            {count(data.families)} {data.families === 1 ? 'family' : 'families'} (
            {count(data.tiers.tertiary)} Tertiary, {count(data.tiers.secondary)} Secondary);{' '}
            {data.reviewPairs === 0
              ? 'no pair needs a person to look.'
              : `${count(data.reviewPairs)} ${data.reviewPairs === 1 ? 'pair needs' : 'pairs need'} a person to look.`}
          </p>
          <div className="button-row">
            {pageClosedTo(user, 'matching', ['runs', runId, 'review'], countyId) === null && (
              <a className="button" href={hrefOf('matching', 'runs', runId, 'review')}>
                Review uncertain pairs ({count(data.reviewPairs)})
              </a>
            )}
            <a className="button" href={hrefOf('matching', 'runs', runId, 'families')}>
              Family pairs ({count(data.families)})
            </a>
          </div>
          <p data-testid="run-decided">
            Reviewers have decided {count(data.decided.matches)}{' '}
            {data.decided.matches === 1 ? 'pair' : 'pairs'} to be the same person and{' '}
            {count(data.decided.nonMatches)} not.
          </p>
          <TableScroll label="Match rates">
            <table className="data-table">
              <caption>Match rates, in the statewide table’s shape</caption>
              <thead>
                <tr>
                  <th scope="col">Population</th>
                  <th scope="col">Count</th>
                  <th scope="col">Matched</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {data.rates.map((rate) => (
                  <tr key={rate.population}>
                    <th scope="row">{rate.population}</th>
                    <td className="number">{count(rate.count)}</td>
                    <td className="number">
                      {count(rate.matched)} in {rate.matchedIn}
                    </td>
                    <td className="number">{formatShare(rate.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {/* For analysts: coordinators read the figures above; the model's workings wait here. */}
          <details className="how-decided">
            <summary>How the model decided</summary>
            <p>
              Pairs at a match chance of {data.accept} or more are linked; from {data.review} up to
              that, a person looks.
            </p>
            <ThresholdBands
              histogram={data.model.histogram}
              prior={data.model.prior}
              shown={data}
              updating={view.isFetching}
              refusal={view.error?.message}
              onSettle={settle}
            />
            <ModelDiagnostics model={data.model} />
            <BlockingRules blocking={data.model.blocking} />
            <p className="hint">
              Run settings: extracts {data.run.calworksExtractId} (CalWORKs) and{' '}
              {data.run.cwsExtractId} (CWS), seed {data.run.seed}, {count(data.run.pairsCompared)}{' '}
              pairs compared, by {data.run.actor} on{' '}
              {formatDate(localIsoDate(new Date(data.run.finishedAt)))}.
            </p>
          </details>
          <ExportRun runId={runId} purged={data.run.purged} />
        </>
      )}
    </>
  );
}
