/** The co-case workbooks, made from the same handlers the pages read, so they cannot disagree. */
import { buildEvaluationWorkbook, buildWorklistsWorkbook } from '../../export/cocase';
import { cocaseHandlers } from './handlers';
import { cocaseContract } from './contract';
import type { cocaseExportContract } from './export.contract';
import { cocasePlansHandlers } from './plans';
import { cocasePlansContract } from './plans.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { asExport } from '../exportFile';
import { fileNamePart } from '../files.contract';
import { logicModelHandlers } from './logicModel';
import { LogicModel } from './logicModel.contract';
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
    const lists = cocasePlansContract['cocase.worklists'].output.parse(
      await cocasePlansHandlers['cocase.worklists'](input, ctx),
    );
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
    const evaluation = cocaseContract['cocase.evaluation'].output.parse(
      await cocaseHandlers['cocase.evaluation']({ countyId, asOf }, ctx),
    );
    const model = LogicModel.parse(
      await logicModelHandlers['cocase.logicModel']({ countyId }, ctx),
    );
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
