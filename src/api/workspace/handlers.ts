import { findCounty, listCounties, readSetting, writeSetting } from '../../db/workspace/repository';
import type { Db } from '../../db/openDatabase';
import { belongsTo } from '../../core/system/roles';
import type { HandlersFor } from '../context';
import type { Caller } from '../system/access';
import { countyOrThrow } from '../county';
import type { Workspace, workspaceContract } from './contract';
import { countyStandingOf } from './standing';

/** Each user of the shared server works in a county of their own choosing; the local user, in one. */
function currentCountyKey(caller: Caller): string {
  return caller.userId === null ? 'currentCountyId' : `currentCountyId:user:${caller.userId}`;
}

export const workspaceHandlers: HandlersFor<typeof workspaceContract> = {
  // A user sees only the counties they belong to.
  'counties.list': (_input, { workbench, caller }) =>
    listCounties(workbench.db).filter((county) => belongsTo(caller.grants, county.id)),

  'workspace.get': (_input, { workbench, caller }) => currentWorkspace(workbench.db, caller),

  // The service has refused a county the caller holds no role in (system/access.ts).
  'workspace.setCounty': ({ countyId }, { workbench, actor, caller }) => {
    countyOrThrow(workbench.db, countyId);
    writeSetting(workbench.db, currentCountyKey(caller), countyId, actor);
    return currentWorkspace(workbench.db, caller);
  },

  'workspace.standing': ({ countyId, asOf }, ctx) => countyStandingOf(ctx, countyId, asOf),
};

function currentWorkspace(db: Db, caller: Caller): Workspace {
  // Until a user chooses, one who belongs to a single county works in it.
  const counties = new Set(caller.grants.map((grant) => grant.countyId));
  const only = counties.size === 1 && !counties.has(null) ? [...counties][0] : undefined;
  const countyId = readSetting(db, currentCountyKey(caller)) ?? only;
  // A county the user no longer belongs to is no longer theirs to work in.
  const county =
    typeof countyId === 'number' && belongsTo(caller.grants, countyId)
      ? findCounty(db, countyId)
      : undefined;
  return { county: county ?? null };
}
