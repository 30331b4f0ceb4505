import { z } from 'zod';
import { localIsoDate } from '../core/isoDate';
import { LeadProgram } from '../core/program/catalog';
import { ComponentStatus } from '../core/program/model';
import type { Invoke } from '../api/contract';

/** Plan dates are days from the day the demo loads, so some tasks are always overdue or due soon. */
export const DemoProgram = z
  .object({
    /**
     * The round whose recommendation became the model: the first one, so the latest round still
     * proposes what the county has not taken up yet.
     */
    modelFromRound: z.string(),
    /** Status changes after that. */
    components: z.array(
      z.object({ componentId: z.string(), status: ComponentStatus, reason: z.string() }).strict(),
    ),
    tasks: z.array(
      z
        .object({
          key: z.string(),
          title: z.string(),
          roadmapStep: z.string(),
          stage: z.string(),
          ownerRole: z.string(),
          program: LeadProgram,
          startInDays: z.number().int(),
          dueInDays: z.number().int(),
          status: z.enum(['not-started', 'in-progress', 'done', 'blocked']),
          componentId: z.string().nullable(),
          /** Keys of earlier tasks. */
          dependsOn: z.array(z.string()),
        })
        .strict(),
    ),
    team: z.array(
      z
        .object({
          role: z.string(),
          program: z.enum(['calworks', 'cws', 'partner']),
          roleLabel: z.string(),
          contactNotes: z.string(),
        })
        .strict(),
    ),
    trainings: z.array(
      z
        .object({
          heldOn: z.string(),
          topic: z.string(),
          curriculum: z.string(),
          hours: z.number(),
          calworksAttendees: z.number().int(),
          cwsAttendees: z.number().int(),
          partnerAttendees: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();
export type DemoProgram = z.infer<typeof DemoProgram>;

function inDays(days: number, today: Date): string {
  const date = new Date(today);
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}

/** The model, its component changes, the team and the trainings: everything but the plan's tasks. */
export async function loadDemoProgram(
  invoke: Invoke,
  countyId: number,
  demo: DemoProgram,
): Promise<void> {
  const rounds = await invoke('readiness.listRounds', { countyId });
  const round = rounds.find((r) => r.title === demo.modelFromRound);
  if (!round) throw new Error(`The demo has no readiness round “${demo.modelFromRound}”.`);
  const model = await invoke('program.acceptRecommendation', { countyId, roundId: round.id });
  // A component the demo changes twice is changed the second time from what the first stored.
  const versions = new Map(model.components.map((c) => [c.componentId, c.version]));
  for (const change of demo.components) {
    const current = model.components.find((c) => c.componentId === change.componentId);
    const saved = await invoke('program.setComponent', {
      countyId,
      componentId: change.componentId,
      version: versions.get(change.componentId) ?? null,
      status: change.status,
      leadProgram: current?.leadProgram ?? 'joint',
      startDate: current?.startDate ?? null,
      targetPopulation: current?.targetPopulation ?? null,
      notes: current?.notes ?? '',
      reason: change.reason,
    });
    versions.set(saved.componentId, saved.version);
  }
  for (const member of demo.team) await invoke('program.saveTeamMember', { countyId, ...member });
  for (const session of demo.trainings) {
    await invoke('program.saveTraining', { countyId, ...session });
  }
}

/**
 * The rollout plan's tasks, dated from `today`: the one part of the demo that moves with the day
 * it is loaded, so the demo loads it last (a prebuilt demo database is everything before it).
 */
export async function loadDemoPlanTasks(
  invoke: Invoke,
  countyId: number,
  demo: DemoProgram,
  today = new Date(),
): Promise<void> {
  const ids = new Map<string, number>();
  for (const { key, startInDays, dueInDays, dependsOn, ...task } of demo.tasks) {
    const saved = await invoke('program.saveTask', {
      countyId,
      ...task,
      startDate: inDays(startInDays, today),
      dueDate: inDays(dueInDays, today),
      dependsOn: dependsOn.map((k) => {
        const id = ids.get(k);
        if (id === undefined) throw new Error(`Demo task “${key}” depends on unknown “${k}”.`);
        return id;
      }),
    });
    ids.set(key, saved.id);
  }
}
