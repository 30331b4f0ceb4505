import { useCallback, useState } from 'react';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf } from '../../navigation';
import { formatShare } from '../../components/countyAndYear';
import type { Thresholds } from './bands';
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
      <PageHeading>Match run {runId}</PageHeading>
      {view.error && !data && <p className="error-summary">{view.error.message}</p>}
      {data && (
        <>
          <p role="status">
            {count(data.links)} person links and {count(data.families)} family pairs (
            {count(data.tiers.tertiary)} Tertiary, {count(data.tiers.secondary)} Secondary) at{' '}
            {data.accept}; {count(data.reviewPairs)} pairs for review from {data.review}. Reviewers
            decided {count(data.decided.matches)} matches and {count(data.decided.nonMatches)}{' '}
            non-matches.
          </p>
          <p>
            <a href={hrefOf('matching', 'runs', runId, 'review')}>
              Review uncertain pairs ({count(data.reviewPairs)})
            </a>
          </p>
          <p>
            <a href={hrefOf('matching', 'runs', runId, 'families')}>
              Family pairs ({count(data.families)})
            </a>
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
          <ThresholdBands
            histogram={data.model.histogram}
            prior={data.model.prior}
            shown={data}
            updating={view.isFetching}
            refusal={view.error?.message}
            onSettle={settle}
          />
          <ModelDiagnostics model={data.model} />
          <p className="hint">
            Run settings: extracts {data.run.calworksExtractId} (CalWORKs) and{' '}
            {data.run.cwsExtractId} (CWS), seed {data.run.seed}, {count(data.run.pairsCompared)}{' '}
            pairs compared, by {data.run.actor} on {data.run.finishedAt.slice(0, 10)}.
          </p>
          <ExportRun runId={runId} purged={data.run.purged} />
        </>
      )}
    </>
  );
}
