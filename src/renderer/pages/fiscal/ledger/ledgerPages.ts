import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerEntryView } from '../../../../api/fiscal/contract';
import { invoke, type Output } from '../../../client/client';
import { PAGE_SIZE, type LedgerView } from './ledgerView';

type LedgerPage = Output<'fiscal.listLedger'>;

/** Pages either side of the rows in view, fetched before the user reaches them. */
const LOOK_AHEAD_ROWS = 40;
/** A drag of the scroll bar across a million rows passes thousands of pages: fetch where it stops. */
const SETTLE_MS = 100;

function pageInput(view: LedgerView, page: number) {
  return { ...view, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
}

/** The same key shape as useApi, so refreshAfterChange(['fiscal.listLedger']) reaches every page. */
function pageKey(view: LedgerView, page: number) {
  return ['fiscal.listLedger', pageInput(view, page)] as const;
}

function samePages(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((page, i) => page === b[i]);
}

export interface LedgerPages {
  /** Rows matching the view; the last known count while the view's first page is on its way. */
  readonly total: number;
  /** Whether `total` is the current view's own count. */
  readonly counted: boolean;
  /** A loaded row, or undefined while its page is on its way. */
  rowAt(index: number): LedgerEntryView | undefined;
  /** The table tells which rows are in view; their pages are fetched once the scrolling settles. */
  show(first: number, last: number): void;
}

/**
 * The ledger as pages of PAGE_SIZE rows, fetched for the rows in view and cached per view and
 * offset (TanStack Query), so a ledger of a million rows is never in the page at once.
 */
export function useLedgerPages(view: LedgerView): LedgerPages {
  const queryClient = useQueryClient();
  const viewKey = JSON.stringify(view);
  const [wanted, setWanted] = useState({ viewKey, pages: [0] as readonly number[] });
  const pages = wanted.viewKey === viewKey ? wanted.pages : [0];
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The last count shown, kept while a new view's first page is on its way (no collapse, no jump).
  const [remembered, setRemembered] = useState(0);
  const totalForScroll = useRef(0);

  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: pageKey(view, page),
      queryFn: () => invoke('fiscal.listLedger', pageInput(view, page)),
      // Pages scrolled past go soon; a long scroll would otherwise keep thousands of them.
      gcTime: 60_000,
    })),
  });

  const loaded = new Map<number, LedgerPage>();
  // Pages fetched at different times may disagree after a change: the newest count wins.
  let newestAt = -1;
  let counted: number | null = null;
  for (const [i, result] of results.entries()) {
    const page = pages[i];
    if (page === undefined || !result.data) continue;
    loaded.set(page, result.data);
    if (result.dataUpdatedAt > newestAt) {
      newestAt = result.dataUpdatedAt;
      counted = result.data.total;
    }
  }
  if (counted !== null && counted !== remembered) setRemembered(counted);
  const total = counted ?? remembered;
  useEffect(() => {
    totalForScroll.current = total;
  }, [total]);
  useEffect(() => () => clearTimeout(settle.current), []);

  const rowAt = (index: number): LedgerEntryView | undefined => {
    const page = Math.floor(index / PAGE_SIZE);
    // Pages scrolled past earlier are still cached: show them while the scrolling settles.
    const data = loaded.get(page) ?? queryClient.getQueryData<LedgerPage>(pageKey(view, page));
    return data?.rows[index - page * PAGE_SIZE];
  };

  const show = useCallback(
    (first: number, last: number) => {
      const from = Math.floor(Math.max(0, first - LOOK_AHEAD_ROWS) / PAGE_SIZE);
      const end = Math.max(last, Math.min(last + LOOK_AHEAD_ROWS, totalForScroll.current - 1));
      const to = Math.floor(end / PAGE_SIZE);
      const next = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      clearTimeout(settle.current);
      settle.current = setTimeout(() => {
        setWanted((current) =>
          current.viewKey === viewKey && samePages(current.pages, next)
            ? current
            : { viewKey, pages: next },
        );
      }, SETTLE_MS);
    },
    [viewKey],
  );

  return { total, counted: counted !== null, rowAt, show };
}
