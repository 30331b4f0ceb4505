/** The county's evaluation logic model: the toolkit's starting model until the county saves its own. */
import { DEFAULT_LOGIC_MODEL, INDICATOR_IDS } from '../../core/cocase/evaluation/logicModel';
import { findLogicModel, saveLogicModel, type LogicModelRow } from '../../db/cocase/logicModel';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { z } from 'zod';
import { StoredLogicModelItem, type logicModelContract } from './logicModel.contract';
import { countyOrThrow } from '../county';
import { checkVersion } from '../recordVersion';

/**
 * A stored model goes back through its schema (it was checked when saved); an indicator the
 * Workbench no longer counts is left off rather than shown.
 */
function modelView(row: LogicModelRow | undefined) {
  if (!row)
    return {
      items: DEFAULT_LOGIC_MODEL.map((item) => ({ ...item, indicatorIds: [...item.indicatorIds] })),
      isDefault: true,
      updatedAt: null,
      version: null,
    };
  const known = new Set(INDICATOR_IDS);
  const stored = z.array(StoredLogicModelItem).parse(JSON.parse(row.itemsJson));
  return {
    items: stored.map((item) => ({
      ...item,
      indicatorIds: item.indicatorIds.filter((id) => known.has(id)),
    })),
    isDefault: false,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The county's logic model, or the toolkit's starting model while it has not saved one. */
export function countyLogicModel(
  ctx: ServiceContext,
  countyId: number,
): OutputOf<typeof logicModelContract, 'cocase.logicModel'> {
  countyOrThrow(ctx.workbench.db, countyId);
  return modelView(findLogicModel(ctx.workbench.db, countyId));
}

export const logicModelHandlers: HandlersFor<typeof logicModelContract> = {
  'cocase.logicModel': ({ countyId }, ctx) => countyLogicModel(ctx, countyId),

  'cocase.saveLogicModel': ({ countyId, version, items }, ctx) => {
    const { db } = ctx.workbench;
    countyOrThrow(db, countyId);
    const stored = findLogicModel(db, countyId);
    if (stored) {
      checkVersion(db, {
        what: 'logic model',
        entity: 'logic_model',
        id: countyId,
        // Edited from the starting model (null) while the county had saved one: that is older.
        expected: version ?? 0,
        stored,
      });
    }
    return modelView(saveLogicModel(ctx.workbench, { actor: ctx.actor, countyId }, items));
  },
};
