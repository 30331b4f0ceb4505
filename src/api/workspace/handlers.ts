import { findCounty, listCounties, readSetting, writeSetting } from '../../db/workspace/repository';
import type { Db } from '../../db/openDatabase';
import type { HandlersFor } from '../context';
import { countyOrThrow } from '../county';
import type { Workspace, workspaceContract } from './contract';
import { countyStandingOf } from './standing';

const CURRENT_COUNTY = 'currentCountyId';

export const workspaceHandlers: HandlersFor<typeof workspaceContract> = {
  'counties.list': (_input, { workbench }) => listCounties(workbench.db),

  'workspace.get': (_input, { workbench }) => currentWorkspace(workbench.db),

  'workspace.setCounty': ({ countyId }, { workbench, actor }) => {
    countyOrThrow(workbench.db, countyId);
    writeSetting(workbench.db, CURRENT_COUNTY, countyId, actor);
    return currentWorkspace(workbench.db);
  },

  'workspace.standing': ({ countyId, asOf }, ctx) => countyStandingOf(ctx, countyId, asOf),
};

function currentWorkspace(db: Db): Workspace {
  const countyId = readSetting(db, CURRENT_COUNTY);
  const county = typeof countyId === 'number' ? findCounty(db, countyId) : undefined;
  return { county: county ?? null };
}
