/** The program area's workbook: model, plan, team and trainings as the API shows them. */
import { localIsoDate } from '../../core/isoDate';
import type { ServiceContext } from '../context';
import { asExport } from '../exportFile';
import { fileNamePart, type ExportFile } from '../files.contract';
import type { ProgramModel } from './contract';
import { rolloutPlan } from './rollout';
import { countyTeam } from './team';
import { trainingLog } from './training';
import { countyOrThrow } from '../county';

/** The same figures the pages show: each read by the service function behind its page's method. */
export async function exportProgramWorkbook(
  ctx: ServiceContext,
  countyId: number,
  model: ProgramModel,
): Promise<ExportFile> {
  const { buildProgramWorkbook } = await import('../../export/program');
  const county = countyOrThrow(ctx.workbench.db, countyId);
  const today = localIsoDate(new Date());
  const plan = rolloutPlan(ctx, countyId, today);
  const team = countyTeam(ctx, countyId);
  const trainings = trainingLog(ctx, countyId);
  return asExport(
    `${fileNamePart(county.name)}-program-model-and-plan.xlsx`,
    buildProgramWorkbook({
      countyName: county.name,
      // Status changes are stored as UTC instants; the county reads them as its own dates.
      model: model.components.map((c) => {
        const changedAt = c.history.at(-1)?.changedAt;
        return { ...c, statusSince: changedAt ? localIsoDate(new Date(changedAt)) : null };
      }),
      plan,
      team,
      trainings,
      today,
      appVersion: ctx.appVersion,
      generatedAt: new Date(),
    }),
  );
}
