import { useEffect, useRef, useState } from 'react';
import { PageHeading } from '../../../components/PageHeading';
import { hrefOf } from '../../../navigation';
import { PairTable } from './PairTable';
import './review.css';
import { useDecisionKeys } from './useDecisionKeys';
import { useReview, type ReviewCounts, type ReviewView } from './useReview';

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

function countsLine({ remaining, decided }: ReviewCounts): string {
  const { matches, nonMatches } = decided;
  return [
    `${remaining} ${remaining === 1 ? 'pair' : 'pairs'} left`,
    `${matches} decided as ${matches === 1 ? 'a match' : 'matches'}`,
    `${nonMatches} as ${nonMatches === 1 ? 'a non-match' : 'non-matches'}`,
  ].join(' · ');
}

/**
 * Clerical review of a run's uncertain pairs, one at a time. The review is blind: the model's
 * score stays hidden unless the reviewer asks, and no decision button is styled as the expected
 * one, so neither nudges the decision.
 */
export function ReviewPage({ runId }: { runId: number }) {
  const review = useReview(runId);
  const { view, current, counts, outcome, canUndo } = review;
  const [showScore, setShowScore] = useState(false);
  const firstButton = useRef<HTMLButtonElement>(null);
  const noPair = useRef<HTMLDivElement>(null);
  /** Set by the reviewer's first action: before it, the page leaves the focus where it is. */
  const acted = useRef(false);

  function act(action: () => void): void {
    acted.current = true;
    action();
  }

  useDecisionKeys((key) => {
    if (key === 'y') act(() => review.decide('match'));
    else if (key === 'n') act(() => review.decide('non-match'));
    else if (key === 's') act(review.skip);
    else act(review.undo);
  });

  // A button that goes away (the last pair's, "Try again") takes the focus with it; put it back on
  // the page, where the next Tab or screen-reader move starts, rather than on the window.
  useEffect(() => {
    if (!acted.current) return;
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    (view === 'pair' ? firstButton.current : noPair.current)?.focus();
  }, [view]);

  const runHref = hrefOf('matching', 'runs', runId);
  // The decision buttons stay while the next batch loads, so the focus stays on them too.
  const deciding = view === 'pair' || view === 'loading';

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('matching')}>Mutual families</a> › <a href={runHref}>Match run {runId}</a>
      </p>
      <PageHeading>Review uncertain pairs</PageHeading>
      <p className="lead">
        Decide whether the CalWORKs record and the CWS record beside it are the same person. The
        model’s score stays hidden unless you ask for it, so that it does not sway the decision.
      </p>
      <p role="status" className="review-status" data-testid="review-status">
        {outcome && <span className="review-status__outcome">{outcome} </span>}
        {counts && <span>{countsLine(counts)}</span>}
      </p>

      {current ? (
        <section aria-labelledby="review-pair-heading" className="review-pair">
          <h2 id="review-pair-heading">Is this the same person?</h2>
          <p className="review-score-line">
            <span className="review-check">
              <input
                id="review-show-score"
                type="checkbox"
                checked={showScore}
                onChange={(event) => setShowScore(event.target.checked)}
              />
              <label htmlFor="review-show-score">Show the model's score</label>
            </span>
            {showScore && (
              <span className="review-score" data-testid="review-score">
                Score: {percent.format(current.probability)}, the model’s estimate that the two
                records are the same person.
              </span>
            )}
          </p>
          <PairTable pair={current} />
          <p className="hint">SSNs show their last four digits only.</p>
        </section>
      ) : (
        <div ref={noPair} tabIndex={-1} className="review-none">
          <NoPair view={view} runHref={runHref} onRetry={() => act(review.reload)} />
        </div>
      )}

      {view !== 'starting' && (
        // Undo stays in the same place in every view, so it keeps the focus when the last pair is
        // decided or the one taken back comes again.
        <div className="button-row review-actions" role="group" aria-label="Decision">
          {deciding && (
            <>
              <button
                ref={firstButton}
                type="button"
                aria-keyshortcuts="Y"
                aria-disabled={!current}
                onClick={() => act(() => review.decide('match'))}
              >
                Match (Y)
              </button>
              <button
                type="button"
                aria-keyshortcuts="N"
                aria-disabled={!current}
                onClick={() => act(() => review.decide('non-match'))}
              >
                Not a match (N)
              </button>
              <button
                type="button"
                aria-keyshortcuts="S"
                aria-disabled={!current}
                onClick={() => act(review.skip)}
              >
                Skip (S)
              </button>
            </>
          )}
          <button
            type="button"
            aria-keyshortcuts="U"
            aria-disabled={!canUndo}
            onClick={() => act(review.undo)}
          >
            Undo (U)
          </button>
        </div>
      )}

      {deciding && (
        <>
          <p className="keys-help">
            Keys: <kbd>Y</kbd> match, <kbd>N</kbd> not a match, <kbd>S</kbd> skip (the pair stays
            undecided), <kbd>U</kbd> undo the last decision made here.
          </p>
          <p>
            <a href={runHref}>Back to the run</a>
          </p>
        </>
      )}
    </>
  );
}

function NoPair({
  view,
  runHref,
  onRetry,
}: {
  view: ReviewView;
  runHref: string;
  onRetry: () => void;
}) {
  switch (view) {
    case 'failed':
      return (
        <>
          <p>The pairs to review could not be loaded.</p>
          <p className="button-row">
            <button type="button" onClick={onRetry}>
              Try again
            </button>
            <a href={runHref}>Back to the run</a>
          </p>
        </>
      );
    case 'empty':
      return (
        <>
          <p>No pairs are waiting for review in this run.</p>
          <p>
            <a href={runHref}>Back to the run</a>
          </p>
        </>
      );
    case 'loading':
      return <p>Loading the next pairs…</p>;
    default:
      return <p>Loading the pairs to review…</p>;
  }
}
