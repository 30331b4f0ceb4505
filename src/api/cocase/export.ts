/**
 * The co-case workbooks, made by the same service functions the pages read, so they cannot
 * disagree.
 */
import { evaluationFigures } from './handlers';
import type { cocaseExportContract } from './export.contract';
import { countyWorklists } from './plans';
import type { HandlersFor, ServiceContext } from '../context';
import { asExport } from '../exportFile';
import { fileNamePart } from '../files.contract';
import { countyLogicModel } from './logicModel';
import { countyOrThrow } from '../county';

const cover = (ctx: ServiceContext, countyName: string, asOf: string) => ({
  countyName,
  asOf,
  appVersion: ctx.appVersion,
  generatedAt: new Date(),
});

export const cocaseExportHandlers: HandlersFor<typeof cocaseExportContract> = {
  'cocase.exportWorklists': async (input, ctx) => {
    const county = countyOrThrow(ctx.workbench.db, input.countyId);
    const lists = countyWorklists(ctx, input.countyId, input);
    const { buildWorklistsWorkbook } = await import('../../export/cocase');
    return asExport(
      `${fileNamePart(county.name)}-co-case-worklists-${lists.asOf}.xlsx`,
      buildWorklistsWorkbook({
        ...cover(ctx, county.name, lists.asOf),
        ...lists,
        dueWithinDays: input.dueWithinDays,
        planWithinDays: input.planWithinDays,
      }),
    );
  },

  'cocase.exportEvaluation': async ({ countyId, asOf }, ctx) => {
    const county = countyOrThrow(ctx.workbench.db, countyId);
    const evaluation = evaluationFigures(ctx, countyId, asOf);
    const model = countyLogicModel(ctx, countyId);
    const { buildEvaluationWorkbook } = await import('../../export/cocase');
    return asExport(
      `${fileNamePart(county.name)}-linkages-evaluation-${evaluation.asOf}.xlsx`,
      buildEvaluationWorkbook({
        ...cover(ctx, county.name, evaluation.asOf),
        ...evaluation,
        logicModel: model.items,
      }),
    );
  },
};
