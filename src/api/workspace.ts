import {
  findCounty,
  listCounties,
  readSetting,
  writeSetting,
  type CountyRow,
} from '../db/workspace';
import type { Db } from '../db/openDatabase';
import type { HandlersFor } from './context';
import { NotFound } from './errors';
import type { Workspace, workspaceContract } from './workspace.contract';

const CURRENT_COUNTY = 'currentCountyId';

/** Every county-scoped method starts here: an unknown county id is NotFound, in the same words. */
export function countyOrThrow(db: Db, countyId: number): CountyRow {
  const county = findCounty(db, countyId);
  if (!county) throw new NotFound(`There is no county with id ${countyId}.`);
  return county;
}

export const workspaceHandlers: HandlersFor<typeof workspaceContract> = {
  'counties.list': (_input, { workbench }) => listCounties(workbench.db),

  'workspace.get': (_input, { workbench }) => currentWorkspace(workbench.db),

  'workspace.setCounty': ({ countyId }, { workbench, actor }) => {
    countyOrThrow(workbench.db, countyId);
    writeSetting(workbench.db, CURRENT_COUNTY, countyId, actor);
    return currentWorkspace(workbench.db);
  },
};

function currentWorkspace(db: Db): Workspace {
  const countyId = readSetting(db, CURRENT_COUNTY);
  const county = typeof countyId === 'number' ? findCounty(db, countyId) : undefined;
  return { county: county ?? null };
}
