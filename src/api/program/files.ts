/** The program area's workbook: model, plan, team and trainings as the API shows them. */
import { z } from 'zod';
import { localIsoDate } from '../../core/isoDate';
import { buildProgramWorkbook } from '../../export/program';
import type { ServiceContext } from '../context';
import { asExport } from '../exportFile';
import { fileNamePart, type ExportFile } from '../files.contract';
import type { ProgramModel } from './contract';
import { RolloutPlan } from './rollout.contract';
import { rolloutHandlers } from './rollout';
import { TeamMember } from './team.contract';
import { teamHandlers } from './team';
import { trainingHandlers } from './training';
import { TrainingSession, TrainingTotals } from './training.contract';
import { countyOrThrow } from '../county';

/** The same figures the pages show: each read through its own method, checked by its schema. */
export async function exportProgramWorkbook(
  ctx: ServiceContext,
  countyId: number,
  model: ProgramModel,
): Promise<ExportFile> {
  const county = countyOrThrow(ctx.workbench.db, countyId);
  const today = localIsoDate(new Date());
  const plan = RolloutPlan.parse(
    await rolloutHandlers['program.getPlan']({ countyId, today }, ctx),
  );
  const team = z.array(TeamMember).parse(await teamHandlers['program.listTeam']({ countyId }, ctx));
  const trainings = z
    .object({ sessions: z.array(TrainingSession), totals: z.array(TrainingTotals) })
    .parse(await trainingHandlers['program.listTrainings']({ countyId }, ctx));
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
