/**
 * The renderer's one query cache, and its refresh after a change: every query whose contract
 * `reads` what a call `changes` is fetched again, so no page keeps its own list of what to refresh.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import {
  dataChangedBy,
  dataChangedByJob,
  queriesReading,
  type ContractData,
} from '../../api/contractData';
import type { Method } from '../../api/contract';
import type { DataName } from '../../api/contractTypes';
import type { JobKind } from '../../api/jobs/jobTypes';
import { reportError } from '../alerts';

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reportError }),
  mutationCache: new MutationCache({ onError: reportError }),
  defaultOptions: {
    // A local database either answers or has a real problem: retrying only delays the message.
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** Put in at build time from the contract (vite.renderer.config.ts), so no schema ships here. */
declare const __LINKAGES_CONTRACT_DATA__: ContractData;
export const contractData = __LINKAGES_CONTRACT_DATA__;

/** Refetches the queries on screen that read any of `changed` (and marks the others stale). */
export async function refreshChanged(changed: readonly DataName[]): Promise<void> {
  if (changed.length === 0) return;
  await Promise.all(
    queriesReading(contractData, changed).map((method) =>
      queryClient.invalidateQueries({ queryKey: [method] }),
    ),
  );
}

/** After a successful call: refresh what it changed. */
export const refreshAfter = (method: Method) => refreshChanged(dataChangedBy(contractData, method));

/** After a job ended well: refresh what it changed. */
export const refreshAfterJob = (kind: JobKind) =>
  refreshChanged(dataChangedByJob(contractData, kind));
