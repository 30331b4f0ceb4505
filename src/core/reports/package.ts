/**
 * The county report package: the figures one county hands the oversight committee for an SFY.
 * Aggregates only — counts and sums, never a person, a case number or a free-text description —
 * so a package can travel by e-mail and sit in a statewide roll-up. Versioned: a reader accepts
 * its own version and older ones it knows, and names a newer one as newer.
 */
import { z } from 'zod';
import { TIERS, Tier } from '../program/catalog';
import { ComponentStatus } from '../program/model';
import { STAGES, type Stage } from '../program/rollout';

export const PACKAGE_FORMAT = 'linkages-county-package';
/**
 * 2 added `evaluation`; a version 1 package reads as one without it. 3 takes readiness from a
 * closed round only, names the round, and says why there are no readiness figures
 * (`readinessAbsent`); an older package reads with its round unnamed (title and status null).
 */
export const PACKAGE_VERSION = 3;

/**
 * Why a package carries no readiness figures. `no-round-answered` is the only reason packages
 * before version 3 could have (they took the newest round with answers, open or closed).
 */
export const READINESS_ABSENT = [
  'no-round-held',
  'no-round-closed',
  'no-closed-round-answered',
  'no-round-answered',
] as const;
export type ReadinessAbsent = (typeof READINESS_ABSENT)[number];

/** The reason in words, for the package's readable sheet and the preview. */
export const READINESS_ABSENT_WORDS: Record<ReadinessAbsent, string> = {
  'no-round-held': 'No readiness round was held by the end of the SFY.',
  'no-round-closed':
    'No readiness round held by the end of the SFY is closed; an open round is still collecting answers, so its figures are not reported.',
  'no-closed-round-answered':
    'No closed readiness round held by the end of the SFY has a respondent.',
  'no-round-answered': 'No readiness round had answers (a package made before format version 3).',
};

const STAGE_IDS = STAGES.map((s) => s.id) as [Stage, ...Stage[]];
const Count = z.number().int().nonnegative();
const Cents = z.number().int();
const ByProgram = z.object({ calworks: Count, cws: Count, partner: Count, total: Count });
/** A count of the evaluation, null where it was suppressed (under the small-cell limit). */
const EvaluationCell = z.object({ numerator: Count.nullable(), denominator: Count.nullable() });

export const CountyPackage = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(PACKAGE_VERSION)]),
  county: z.object({ fips: z.string().regex(/^06\d{3}$/), name: z.string().min(1) }),
  sfyStartYear: z.number().int().min(2000).max(2099),
  generatedAt: z.iso.datetime(),
  appVersion: z.string(),
  /**
   * The readiness instrument's newest closed round with answers held by the end of the SFY, or
   * null (and `readinessAbsent` says why). Its title, status and instrument version are null in
   * packages before version 3, which did not name the round.
   */
  readiness: z
    .object({
      title: z.string().min(1).max(120).nullable(),
      status: z.literal('closed').nullable(),
      instrumentVersion: z.number().int().positive().nullable(),
      heldOn: z.iso.date(),
      respondents: Count,
      overall: z.number().nullable(),
      level: z.enum(['foundation', 'developing', 'ready', 'established']).nullable(),
    })
    .nullable(),
  /** Why `readiness` is null; null when it is not. */
  readinessAbsent: z.enum(READINESS_ABSENT).nullable(),
  model: z.object({
    components: Count,
    componentsOperating: Count,
    /** Primary, secondary and tertiary tiers with at least one component operating. */
    tiersOperating: Count,
    byTierStatus: z.array(
      z.object({
        tier: z.union([Tier, z.literal('cross-cutting')]),
        status: ComponentStatus,
        components: Count,
      }),
    ),
  }),
  rollout: z.object({
    tasks: Count,
    done: Count,
    overdue: Count,
    byStage: z.array(z.object({ stage: z.enum(STAGE_IDS), done: Count, total: Count })),
  }),
  fiscal: z.object({
    budgetCents: Cents,
    spentCents: Cents,
    leveragedCents: Cents,
    generalFundSavedCents: Cents,
    generalFundCommittedCents: Cents,
    leverageRatio: z.number().nullable(),
    byStream: z.array(
      z.object({
        stream: z.string().min(1),
        sourceProgram: z.enum(['calworks', 'cws', 'county', 'other']),
        budgetCents: Cents,
        spentCents: Cents,
        leveragedCents: Cents,
      }),
    ),
    byQuarter: z.array(
      z.object({
        quarter: z.number().int().min(1).max(4),
        spentCents: Cents,
        leveragedCents: Cents,
      }),
    ),
  }),
  training: z.object({
    sessions: Count,
    minutes: Count,
    attendees: ByProgram,
  }),
  /**
   * The evaluation's indicators for the SFY and its quarters, Linkages and the comparison group,
   * counts under `smallCell` suppressed; null when the county records no mutual families.
   */
  evaluation: z
    .object({
      asOf: z.iso.date(),
      smallCell: z.number().int().min(1),
      families: z.object({ linkages: Count, comparison: Count }),
      indicators: z.array(
        z.object({
          indicator: z.string().min(1),
          period: z.string().min(1),
          followUp: z.enum(['complete', 'open']),
          linkages: EvaluationCell,
          comparison: EvaluationCell,
        }),
      ),
    })
    .nullable(),
});
export type CountyPackage = z.infer<typeof CountyPackage>;

/**
 * An older package's figures in the current shape, before its schema check: version 1 had no
 * evaluation; versions 1 and 2 did not name their readiness round nor say why it was missing.
 * Used on files read back and on packages a roll-up stored before version 3.
 */
export function upgradeOlderPackage(shaped: Record<string, unknown>): Record<string, unknown> {
  const { version } = shaped;
  if (typeof version !== 'number' || version >= 3) return shaped;
  const upgraded = { ...shaped };
  if (version === 1 && !('evaluation' in upgraded)) upgraded.evaluation = null;
  const { readiness } = upgraded;
  if (!('readinessAbsent' in upgraded)) {
    upgraded.readinessAbsent = readiness === null ? 'no-round-answered' : null;
  }
  if (readiness !== null && typeof readiness === 'object' && !Array.isArray(readiness)) {
    upgraded.readiness = { title: null, status: null, instrumentVersion: null, ...readiness };
  }
  return upgraded;
}

/** Tiers (cross-cutting components aside) with at least one component operating. */
export function tiersOperating(byTierStatus: CountyPackage['model']['byTierStatus']): number {
  return TIERS.filter((tier) =>
    byTierStatus.some((c) => c.tier === tier && c.status === 'operating' && c.components > 0),
  ).length;
}

const sum = <T>(rows: readonly T[], value: (row: T) => number) =>
  rows.reduce((total, row) => total + value(row), 0);

/**
 * Where a package's figures disagree with their own totals, each said in words: a package whose
 * parts do not add up was edited by hand or damaged, and the roll-up must not take it.
 */
export function packageInconsistencies(p: CountyPackage): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const { model, rollout, fiscal, training } = p;
  check(
    sum(model.byTierStatus, (c) => c.components) === model.components,
    `the model's components by tier and status add up to ${sum(model.byTierStatus, (c) => c.components)}, not its total of ${model.components}`,
  );
  const operating = sum(
    model.byTierStatus.filter((c) => c.status === 'operating'),
    (c) => c.components,
  );
  check(
    operating === model.componentsOperating,
    `${operating} components are operating by tier, not ${model.componentsOperating}`,
  );
  check(
    tiersOperating(model.byTierStatus) === model.tiersOperating,
    `${tiersOperating(model.byTierStatus)} tiers have a component operating, not ${model.tiersOperating}`,
  );
  check(
    sum(rollout.byStage, (s) => s.total) === rollout.tasks,
    `the rollout's tasks by stage add up to ${sum(rollout.byStage, (s) => s.total)}, not ${rollout.tasks}`,
  );
  check(
    sum(rollout.byStage, (s) => s.done) === rollout.done,
    `the rollout's done tasks by stage add up to ${sum(rollout.byStage, (s) => s.done)}, not ${rollout.done}`,
  );
  check(
    rollout.byStage.every((s) => s.done <= s.total) && rollout.overdue <= rollout.tasks,
    'the rollout counts more tasks done or overdue than it has',
  );
  const streams = (value: (s: CountyPackage['fiscal']['byStream'][number]) => number) =>
    sum(fiscal.byStream, value);
  check(
    streams((s) => s.budgetCents) === fiscal.budgetCents,
    `the budget by stream adds up to ${streams((s) => s.budgetCents)} cents, not ${fiscal.budgetCents}`,
  );
  check(
    streams((s) => s.spentCents) === fiscal.spentCents,
    `spending by stream adds up to ${streams((s) => s.spentCents)} cents, not ${fiscal.spentCents}`,
  );
  check(
    streams((s) => s.leveragedCents) === fiscal.leveragedCents,
    `leveraged funds by stream add up to ${streams((s) => s.leveragedCents)} cents, not ${fiscal.leveragedCents}`,
  );
  check(
    sum(fiscal.byQuarter, (q) => q.spentCents) === fiscal.spentCents &&
      sum(fiscal.byQuarter, (q) => q.leveragedCents) === fiscal.leveragedCents,
    'spending or leverage by quarter does not add up to the year',
  );
  const ratio =
    fiscal.generalFundCommittedCents > 0
      ? fiscal.leveragedCents / fiscal.generalFundCommittedCents
      : null;
  check(
    ratio === null
      ? fiscal.leverageRatio === null
      : fiscal.leverageRatio !== null && Math.abs(fiscal.leverageRatio - ratio) < 1e-9,
    'the leverage ratio is not leveraged funds ÷ general fund committed',
  );
  const { attendees } = training;
  check(
    attendees.calworks + attendees.cws + attendees.partner === attendees.total,
    `training attendees by program add up to ${attendees.calworks + attendees.cws + attendees.partner}, not ${attendees.total}`,
  );
  check(
    (p.readiness === null) !== (p.readinessAbsent === null),
    p.readiness === null
      ? 'the package has no readiness figures and does not say why'
      : 'the package gives readiness figures and a reason it has none',
  );
  check(
    p.version < 3 ||
      p.readiness === null ||
      (p.readiness.title !== null &&
        p.readiness.status === 'closed' &&
        p.readiness.instrumentVersion !== null),
    'the readiness figures do not name the closed round they come from',
  );
  if (p.evaluation) problems.push(...evaluationInconsistencies(p.evaluation));
  return problems;
}

/**
 * An evaluation cell that counts more events than families, or shows a count the small-cell rule
 * hides: the second would put a family at risk of being recognized, so the package is not taken.
 */
function evaluationInconsistencies(evaluation: NonNullable<CountyPackage['evaluation']>) {
  const problems: string[] = [];
  const small = (count: number | null) =>
    count !== null && count > 0 && count < evaluation.smallCell;
  for (const row of evaluation.indicators) {
    for (const group of ['linkages', 'comparison'] as const) {
      const { numerator, denominator } = row[group];
      const where = `${row.indicator} in ${row.period} (${group})`;
      if (numerator !== null && denominator !== null && numerator > denominator) {
        problems.push(`${where} counts ${numerator} families with the event of ${denominator}`);
      }
      if (small(numerator) || small(denominator)) {
        problems.push(
          `${where} shows a count under ${evaluation.smallCell}, which must be suppressed`,
        );
      }
    }
  }
  return problems;
}
