import { useState, type FormEvent } from 'react';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf } from '../../navigation';
import { formatShare } from '../fiscal/fiscalView';
import { ModelDiagnostics } from './ModelDiagnostics';

const count = (n: number) => n.toLocaleString('en-US');

/** #/matching/runs/<id>: a run's results at its thresholds or others, and its review queue. */
export function RunPage({ runId }: { runId: number }) {
  const [thresholds, setThresholds] = useState<{ accept?: number; review?: number }>({});
  const view = useApi('matching.runView', { runId, ...thresholds });
  const [accept, setAccept] = useState('');
  const [review, setReview] = useState('');
  const [problem, setProblem] = useState('');
  const data = view.data;

  function apply(event: FormEvent): void {
    event.preventDefault();
    const next = { accept: Number(accept || data?.accept), review: Number(review || data?.review) };
    if (!(next.review > 0 && next.accept < 1 && next.review <= next.accept)) {
      setProblem(
        'Use probabilities between 0 and 1, with the review threshold at most the link threshold.',
      );
      return;
    }
    setProblem('');
    setThresholds(next);
  }

  return (
    <>
      <p>
        <a href={hrefOf('matching')}>Mutual families</a>
      </p>
      <PageHeading>Match run {runId}</PageHeading>
      {view.error && <p className="error-summary">{view.error.message}</p>}
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
          <form onSubmit={apply} className="thresholds">
            <fieldset>
              <legend>See the results at other thresholds</legend>
              <label htmlFor="view-accept">Link pairs at least this likely</label>
              <input
                id="view-accept"
                type="number"
                min="0.000001"
                max="0.999999"
                step="any"
                placeholder={String(data.accept)}
                value={accept}
                onChange={(e) => setAccept(e.target.value)}
              />
              <label htmlFor="view-review">Review pairs from</label>
              <input
                id="view-review"
                type="number"
                min="0.000001"
                max="0.999999"
                step="any"
                placeholder={String(data.review)}
                value={review}
                onChange={(e) => setReview(e.target.value)}
              />
              <button type="submit">Show</button>
            </fieldset>
            {problem && (
              <p className="error-summary" role="alert">
                {problem}
              </p>
            )}
          </form>
          <ModelDiagnostics model={data.model} />
          <p className="hint">
            Run settings: extracts {data.run.calworksExtractId} (CalWORKs) and{' '}
            {data.run.cwsExtractId} (CWS), seed {data.run.seed}, {count(data.run.pairsCompared)}{' '}
            pairs compared, by {data.run.actor} on {data.run.finishedAt.slice(0, 10)}.
          </p>
        </>
      )}
    </>
  );
}
