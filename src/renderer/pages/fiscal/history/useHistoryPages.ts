import { useInfiniteQuery } from '@tanstack/react-query';
import type { HistoryEvent } from '../../../../api/system/history.contract';
import { invoke } from '../../../client/client';
import type { HistoryKind } from './historyFields';

/** Events asked for at a time; "Load older" asks for the next this many. */
export const HISTORY_PAGE = 50;

/**
 * The fiscal history newest first, a page at a time, each page asked for before the oldest event
 * already shown. The key starts with 'history.list', so a change that refreshes the history
 * (undo, a save) refetches every page loaded.
 */
export function useHistoryPages(query: {
  countyId: number;
  entity: HistoryKind | null;
  entityId: string | null;
}) {
  const input = { ...query, scope: 'fiscal' as const, limit: HISTORY_PAGE };
  const pages = useInfiniteQuery({
    queryKey: ['history.list', input, 'pages'],
    queryFn: ({ pageParam }) => invoke('history.list', { ...input, beforeEventId: pageParam }),
    initialPageParam: null as number | null,
    getNextPageParam: (last: HistoryEvent[]) =>
      last.length < HISTORY_PAGE ? undefined : (last.at(-1)?.eventId ?? undefined),
  });
  return {
    events: pages.data?.pages.flat() ?? null,
    isPending: pages.isPending,
    hasOlder: pages.hasNextPage,
    loadingOlder: pages.isFetchingNextPage,
    loadOlder: () => pages.fetchNextPage(),
  };
}
