/**
 * What the signed-in user may do, from the roles each method declares (the same declarations the
 * service enforces): the pages hide areas and disable actions the user's roles do not allow.
 */
import type { Method } from '../../api/contract';
import type { SignedInUser } from '../../api/system/users.contract';
import type { AreaId } from '../areas';
import { useQuery } from '@tanstack/react-query';
import { invoke } from './client';
import { contractData } from './queryClient';

/**
 * Who is signed in: asked once, then kept (a sign-in or sign-out resets every query, and a change
 * to users refreshes it). Without that, every component mounting would ask again, and a refusal
 * would take the shell down and up again for ever.
 */
export function useSignedInUser() {
  return useQuery<SignedInUser>({
    queryKey: ['system.whoAmI', {}],
    queryFn: () => invoke('system.whoAmI', {}),
    staleTime: Infinity,
    refetchOnMount: false,
    retryOnMount: false,
  });
}

/** Whether the user may call `method` in the county (any county, for a method that takes none). */
export function mayCall(
  user: SignedInUser | undefined,
  method: Method,
  countyId: number | null,
): boolean {
  if (!user) return false;
  const roles = contractData[method].roles;
  return user.grants.some(
    (grant) =>
      roles.includes(grant.role) &&
      (grant.countyId === null || countyId === null || grant.countyId === countyId),
  );
}

/** The call an area's first page makes: a user who may not make it has no use for the area. */
const AREA_GATE: Readonly<Record<AreaId, Method>> = {
  overview: 'workspace.get',
  readiness: 'readiness.listRounds',
  program: 'program.getModel',
  fiscal: 'fiscal.summary',
  matching: 'matching.runs',
  cocase: 'cocase.families',
  reports: 'reports.listRollups',
  settings: 'system.info',
};

/**
 * An area's pages that need more than the area does, by their path within it (a record's number
 * as ":id"): the call each page makes first, and what it is called. The statewide roll-ups are the
 * committee's and the coordinator's; the evaluation is not the programs' caseworkers'; the review
 * of uncertain pairs shows identifiers, the analyst's alone.
 */
const PAGE_GATE: Partial<
  Record<AreaId, Readonly<Record<string, { method: Method; label: string }>>>
> = {
  reports: {
    rollups: { method: 'reports.listRollups', label: 'Statewide roll-ups' },
    'rollups/:id': { method: 'reports.listRollups', label: 'Statewide roll-ups' },
  },
  cocase: { evaluation: { method: 'cocase.evaluation', label: 'The evaluation' } },
  matching: {
    'runs/:id/review': {
      method: 'matching.reviewQueue',
      label: 'The review of uncertain pairs',
    },
  },
};

/** The page's name when the user's roles open its area but not the page itself; else null. */
export function pageClosedTo(
  user: SignedInUser | undefined,
  area: AreaId,
  path: readonly (string | number)[],
  countyId: number | null,
): string | null {
  const page = path.map((part) => (/^\d+$/.test(String(part)) ? ':id' : part)).join('/');
  const gate = PAGE_GATE[area]?.[page];
  return gate && !mayCall(user, gate.method, countyId) ? gate.label : null;
}

export function mayOpenArea(
  user: SignedInUser | undefined,
  area: AreaId,
  countyId: number | null,
): boolean {
  // Reports: the county's package or the statewide roll-up, whichever the user may read.
  if (area === 'reports' && mayCall(user, 'reports.previewPackage', countyId)) return true;
  return mayCall(user, AREA_GATE[area], countyId);
}
