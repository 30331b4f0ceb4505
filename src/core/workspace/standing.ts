import { z } from 'zod';
import { READINESS_ABSENT } from '../reports/package';
import type { PackageLack } from '../reports/packageLacks';

/**
 * Where a county stands, for its Overview: what needs someone now, what is coming, the state of
 * things people ask about, and the toolkit's getting-started steps ticked by the data itself.
 */

const Count = z.number().int().nonnegative();
const Id = z.number().int().positive();
const Day = z.iso.date();

/** `now`: past due or running out; `soon`: due within the window; `status`: where things are. */
export const Urgency = z.enum(['now', 'soon', 'status']);
export type Urgency = z.infer<typeof Urgency>;

export const StandingItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tasksOverdue'), count: Count, oldestDue: Day }),
  z.object({ kind: z.literal('tasksDueSoon'), count: Count, withinDays: Count }),
  z.object({
    kind: z.literal('streamRunsOut'),
    streamName: z.string(),
    runOutDate: Day,
    sfyEnd: Day,
  }),
  z.object({ kind: z.literal('reviewsOverdue'), count: Count }),
  z.object({ kind: z.literal('reviewsDue'), count: Count, withinDays: Count }),
  z.object({ kind: z.literal('familiesWithoutPlan'), count: Count, afterDays: Count }),
  z.object({ kind: z.literal('pairsToReview'), runId: Id, count: Count }),
  z.object({
    kind: z.literal('readinessOpen'),
    roundId: Id,
    title: z.string(),
    heldOn: Day,
    respondents: Count,
  }),
  z.object({
    kind: z.literal('packageLacks'),
    sfyStartYear: z.number().int(),
    lacks: z.array(
      z.union([
        z.object({ part: z.literal('readiness'), reason: z.enum(READINESS_ABSENT) }),
        z.object({
          part: z.enum(['model', 'rollout', 'budget', 'spending', 'training', 'families']),
        }),
      ]),
    ),
  }),
  z.object({
    kind: z.literal('newestMatchRun'),
    runId: Id,
    finishedOn: Day,
    families: Count,
    pairsToReview: Count,
  }),
  z.object({
    kind: z.literal('trainingsThisSfy'),
    sfyStartYear: z.number().int(),
    sessions: Count,
    attendees: Count,
  }),
]);
export type StandingItem = z.infer<typeof StandingItem>;

export const GETTING_STARTED = [
  'fundingStreams',
  'readinessRound',
  'programModel',
  'rolloutPlan',
  'matchRun',
  'mutualFamilies',
  'reportPackage',
] as const;
export type GettingStartedStep = (typeof GETTING_STARTED)[number];

export const Standing = z.object({
  asOf: Day,
  sfyStartYear: z.number().int(),
  items: z.array(z.object({ urgency: Urgency, item: StandingItem })),
  steps: z.array(z.object({ step: z.enum(GETTING_STARTED), done: z.boolean() })),
});
export type Standing = z.infer<typeof Standing>;

/** What the service gathers from each area, as of one day; the rule below decides the rest. */
export interface StandingFacts {
  readonly asOf: string;
  readonly sfyStartYear: number;
  readonly sfyEnd: string;
  readonly rounds: readonly {
    id: number;
    title: string;
    heldOn: string;
    status: 'open' | 'closed';
    respondents: number;
  }[];
  readonly modelComponentsAdopted: number;
  readonly plan: {
    readonly tasks: number;
    readonly overdueDues: readonly string[];
    readonly dueSoon: number;
    readonly dueSoonDays: number;
  };
  readonly streams: number;
  readonly budgetCentsThisSfy: number;
  readonly burn: readonly { streamName: string; runOutDate: string | null; runsOut: boolean }[];
  readonly worklists: {
    readonly reviewsOverdue: number;
    readonly reviewsDue: number;
    readonly dueWithinDays: number;
    readonly withoutPlan: number;
    readonly planWithinDays: number;
  };
  readonly families: number;
  /** The newest finished run, with its families and the pairs in its review band not decided. */
  readonly newestRun: {
    runId: number;
    finishedOn: string;
    families: number;
    pairsToReview: number;
  } | null;
  readonly trainingsThisSfy: { sessions: number; attendees: number };
  readonly packageLacks: readonly PackageLack[];
}

type Entry = Standing['items'][number];

/** The items in the order a coordinator reads them: what is late, then what is coming, then status. */
export function countyStanding(facts: StandingFacts): Standing {
  const items: Entry[] = [];
  const steps = gettingStarted(facts);
  const add = (urgency: Urgency, item: StandingItem) => items.push({ urgency, item });
  const { plan, worklists: lists, newestRun } = facts;

  if (plan.overdueDues.length > 0) {
    const oldestDue = [...plan.overdueDues].sort()[0] ?? facts.asOf;
    add('now', { kind: 'tasksOverdue', count: plan.overdueDues.length, oldestDue });
  }
  if (lists.reviewsOverdue > 0) add('now', { kind: 'reviewsOverdue', count: lists.reviewsOverdue });
  // A projection that runs out only after the SFY ends needs no one today.
  for (const stream of facts.burn) {
    if (stream.runsOut && stream.runOutDate !== null && stream.runOutDate <= facts.sfyEnd) {
      add('now', {
        kind: 'streamRunsOut',
        streamName: stream.streamName,
        runOutDate: stream.runOutDate,
        sfyEnd: facts.sfyEnd,
      });
    }
  }
  if (lists.withoutPlan > 0) {
    add('now', {
      kind: 'familiesWithoutPlan',
      count: lists.withoutPlan,
      afterDays: lists.planWithinDays,
    });
  }
  if (newestRun && newestRun.pairsToReview > 0) {
    add('now', { kind: 'pairsToReview', runId: newestRun.runId, count: newestRun.pairsToReview });
  }

  if (plan.dueSoon > 0) {
    add('soon', { kind: 'tasksDueSoon', count: plan.dueSoon, withinDays: plan.dueSoonDays });
  }
  if (lists.reviewsDue > 0) {
    add('soon', { kind: 'reviewsDue', count: lists.reviewsDue, withinDays: lists.dueWithinDays });
  }
  for (const round of facts.rounds.filter((r) => r.status === 'open')) {
    add('soon', {
      kind: 'readinessOpen',
      roundId: round.id,
      title: round.title,
      heldOn: round.heldOn,
      respondents: round.respondents,
    });
  }
  // On a county with nothing yet, the getting-started steps say it all; the package would lack everything.
  if (facts.packageLacks.length > 0 && steps.some((s) => s.done)) {
    add('soon', {
      kind: 'packageLacks',
      sfyStartYear: facts.sfyStartYear,
      lacks: [...facts.packageLacks],
    });
  }

  if (newestRun) add('status', { kind: 'newestMatchRun', ...newestRun });
  add('status', {
    kind: 'trainingsThisSfy',
    sfyStartYear: facts.sfyStartYear,
    ...facts.trainingsThisSfy,
  });

  return {
    asOf: facts.asOf,
    sfyStartYear: facts.sfyStartYear,
    items,
    steps,
  };
}

/** The toolkit's order; each step is done when its data exists, so nobody ticks it by hand. */
function gettingStarted(facts: StandingFacts): Standing['steps'] {
  const done: Record<GettingStartedStep, boolean> = {
    fundingStreams: facts.streams > 0 && facts.budgetCentsThisSfy > 0,
    readinessRound: facts.rounds.length > 0,
    programModel: facts.modelComponentsAdopted > 0,
    rolloutPlan: facts.plan.tasks > 0,
    matchRun: facts.newestRun !== null,
    mutualFamilies: facts.families > 0,
    reportPackage: facts.packageLacks.length === 0,
  };
  return GETTING_STARTED.map((step) => ({ step, done: done[step] }));
}
