import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { reportError } from '../../../alerts';
import { invoke, type Output } from '../../../client/client';

export type ReviewPair = Output<'matching.reviewQueue'>['pairs'][number];
export type Decision = 'match' | 'non-match';

export interface ReviewCounts {
  /** Undecided pairs in the run's review band, skipped ones included. */
  readonly remaining: number;
  readonly decided: Output<'matching.decide'>['decided'];
}

/** What the screen shows: the first load, a pair, the next batch loading, a failure, or nothing left. */
export type ReviewView = 'starting' | 'pair' | 'loading' | 'failed' | 'empty';

interface Made {
  readonly pair: ReviewPair;
  readonly decision: Decision;
}

/** Pairs are loaded a batch at a time; the contract caps one call at 100. */
const BATCH = 20;
const MAX_LIMIT = 100;

const keyOf = (pair: ReviewPair) => `${pair.calworksRow}:${pair.cwsRow}`;

export const decisionWords = (decision: Decision) =>
  decision === 'match' ? 'match' : 'not a match';

function counted(counts: ReviewCounts, decision: Decision, by: 1 | -1): ReviewCounts {
  const { matches, nonMatches } = counts.decided;
  return {
    remaining: counts.remaining - by,
    decided:
      decision === 'match'
        ? { matches: matches + by, nonMatches }
        : { matches, nonMatches: nonMatches + by },
  };
}

/**
 * The next batch, without the pairs skipped on this page: the service returns the undecided pairs
 * in the same order every time, so without this a reviewer who skipped a whole batch would be shown
 * it again and never reach the pairs after it. Asking for more pairs makes room for the skipped
 * ones. When only skipped pairs are left, they come round again.
 */
async function fetchNext(runId: number, skipped: Set<string>) {
  const queue = await invoke('matching.reviewQueue', {
    runId,
    limit: Math.min(MAX_LIMIT, BATCH + skipped.size),
  });
  const counts: ReviewCounts = { remaining: queue.total, decided: queue.decided };
  const unseen = queue.pairs.filter((pair) => !skipped.has(keyOf(pair)));
  if (unseen.length === 0 && queue.pairs.length > 0) {
    skipped.clear();
    return {
      pairs: queue.pairs.slice(0, BATCH),
      counts,
      note: 'Only skipped pairs are left: they are shown again.',
    };
  }
  return { pairs: unseen.slice(0, BATCH), counts, note: '' };
}

/**
 * The review queue of one run, one pair at a time. A decision moves to the next pair at once and is
 * saved behind it, the saves one at a time in the order made (an undo after the decision it takes
 * back), so a quick reviewer never waits and no key press is lost. The pairs (names, dates of
 * birth, SSNs' last four) live in this page's state only, not in the query cache, so they go when
 * the page closes.
 */
export function useReview(runId: number) {
  const [pairs, setPairs] = useState<readonly ReviewPair[]>([]);
  const [counts, setCounts] = useState<ReviewCounts | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [undoable, setUndoable] = useState(false);
  // Handlers read from refs, not from the render they were made in: a key pressed before React has
  // rendered the last one must see its effect. The states above mirror them for the screen.
  /** The loaded pairs not yet decided or skipped; the first is the one shown. */
  const queue = useRef<readonly ReviewPair[]>([]);
  /** Decisions made on this page, newest last: what Undo takes back. */
  const made = useRef<readonly Made[]>([]);
  /** Counted as if every waiting save had succeeded. */
  const shown = useRef<ReviewCounts | null>(null);
  const skipped = useRef(new Set<string>());
  const saves = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  const fetching = useRef(false);

  function show(list: readonly ReviewPair[]): void {
    queue.current = list;
    setPairs(list);
  }

  function count(next: ReviewCounts): void {
    shown.current = next;
    setCounts(next);
  }

  function record(list: readonly Made[]): void {
    made.current = list;
    setUndoable(list.length > 0);
  }

  /** Runs after every save asked for before it. */
  function inTurn(task: () => Promise<void>): void {
    waiting.current += 1;
    saves.current = saves.current.then(async () => {
      try {
        await task();
      } catch (error) {
        reportError(error);
      } finally {
        waiting.current -= 1;
      }
    });
  }

  /** The service's counts are the truth once nothing more is waiting to be saved. */
  function settle(counts: ReviewCounts): void {
    if (waiting.current > 1) return;
    count(counts);
  }

  /** The next batch, once the saves before it are in (so it leaves out the pairs just decided). */
  function loadMore(): void {
    if (fetching.current) return;
    fetching.current = true;
    setLoading(true);
    setFailed(false);
    inTurn(async () => {
      try {
        const next = await fetchNext(runId, skipped.current);
        // An undo while this batch loaded has put its pair first already.
        const have = new Set(queue.current.map(keyOf));
        show([...queue.current, ...next.pairs.filter((pair) => !have.has(keyOf(pair)))]);
        if (waiting.current === 1) count(next.counts);
        if (next.note) setOutcome(next.note);
      } catch (error) {
        setFailed(true);
        throw error;
      } finally {
        fetching.current = false;
        setLoading(false);
      }
    });
  }

  const start = useEffectEvent(loadMore);
  useEffect(() => {
    start();
  }, []);

  /** After the shown pair has gone: the next batch when the loaded pairs have run out. */
  function next(rest: readonly ReviewPair[]): void {
    show(rest);
    if (rest.length === 0 && (shown.current?.remaining ?? 0) > 0) loadMore();
  }

  function decide(decision: Decision): void {
    const pair = queue.current[0];
    if (!pair || !shown.current) return;
    const entry: Made = { pair, decision };
    skipped.current.delete(keyOf(pair));
    record([...made.current, entry]);
    count(counted(shown.current, decision, 1));
    // The save goes in line before next() may ask for another batch, which must leave this pair out.
    inTurn(async () => {
      try {
        const result = await invoke('matching.decide', {
          runId,
          calworksRow: pair.calworksRow,
          cwsRow: pair.cwsRow,
          decision,
        });
        setOutcome(`Saved: ${decisionWords(decision)}.`);
        settle(result);
      } catch (error) {
        // Not saved: the pair comes back, first, for the reviewer to decide again.
        record(made.current.filter((m) => m !== entry));
        if (shown.current) count(counted(shown.current, decision, -1));
        show([pair, ...queue.current.filter((p) => keyOf(p) !== keyOf(pair))]);
        setOutcome(`Not saved: ${decisionWords(decision)}. The pair is shown again.`);
        throw error;
      }
    });
    next(queue.current.slice(1));
  }

  function skip(): void {
    const pair = queue.current[0];
    if (!pair) return;
    skipped.current.add(keyOf(pair));
    setOutcome('Skipped: the pair stays undecided.');
    next(queue.current.slice(1));
  }

  function undo(): void {
    const last = made.current.at(-1);
    if (!last || !shown.current) {
      setOutcome('Nothing to undo: no decision was made on this page yet.');
      return;
    }
    const { pair, decision } = last;
    record(made.current.slice(0, -1));
    count(counted(shown.current, decision, -1));
    show([pair, ...queue.current.filter((p) => keyOf(p) !== keyOf(pair))]);
    setFailed(false);
    inTurn(async () => {
      try {
        const result = await invoke('matching.decide', {
          runId,
          calworksRow: pair.calworksRow,
          cwsRow: pair.cwsRow,
          decision: null,
        });
        setOutcome(`Taken back: ${decisionWords(decision)}. The pair is shown again.`);
        settle(result);
      } catch (error) {
        // The decision stands: it is undoable again, and its pair leaves the screen again.
        record([...made.current, last]);
        if (shown.current) count(counted(shown.current, decision, 1));
        next(queue.current.filter((p) => keyOf(p) !== keyOf(pair)));
        setOutcome(`Not taken back: the decision “${decisionWords(decision)}” stands.`);
        throw error;
      }
    });
  }

  const current = pairs[0] ?? null;
  const view: ReviewView = current
    ? 'pair'
    : loading
      ? counts
        ? 'loading'
        : 'starting'
      : failed
        ? 'failed'
        : 'empty';

  return {
    view,
    current,
    counts,
    outcome,
    canUndo: undoable,
    decide,
    skip,
    undo,
    reload: loadMore,
  };
}
