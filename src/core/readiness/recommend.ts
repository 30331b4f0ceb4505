/**
 * From a round's scores to what the county should prepare, start or extend, each with its reason in
 * plain words. The rules are data (recommendationRules.ts); this module only applies them.
 */
import type { ComponentCatalog, Tier } from '../program/catalog';
import { TIERS } from '../program/catalog';
import { FEW_ANSWERS, formatScore, roundScore } from './levels';
import {
  OVERALL,
  type RecommendationRule,
  type RecommendationRules,
  type RuleCondition,
} from './recommendationRules';
import type { RoundScores } from './scoring';

export interface RecommendedComponent {
  readonly id: string;
  readonly name: string;
}

export interface Recommendation {
  readonly ruleId: string;
  readonly verb: RecommendationRule['verb'];
  readonly tier: RecommendationRule['tier'];
  readonly components: readonly RecommendedComponent[];
  /** "Information sharing 2.1 < 3.0: put a data-sharing MOU in place before …" */
  readonly reason: string;
}

export interface RecommendationResult {
  /** Foundations first, then tiers to start, then to extend, in rule order within each. */
  readonly recommendations: readonly Recommendation[];
  /** Tiers to start or extend, Primary first. */
  readonly tiers: readonly Tier[];
  /** Domains a rule needed but could not judge: fewer than FEW_ANSWERS answers. */
  readonly unjudged: readonly string[];
}

const VERB_ORDER: Record<RecommendationRule['verb'], number> = { prepare: 0, start: 1, extend: 2 };
const OVERALL_NAME = 'Overall readiness';

export function recommend(
  scores: RoundScores,
  rules: RecommendationRules,
  catalog: ComponentCatalog,
): RecommendationResult {
  const subjects = new Map<string, { name: string; score: number | null }>([
    [OVERALL, { name: OVERALL_NAME, score: scores.overall }],
    // A domain mean on a handful of answers is not a basis for advice (FEW_ANSWERS).
    ...scores.domains.map(
      (domain) =>
        [
          domain.domainId,
          { name: domain.name, score: domain.overall.n < FEW_ANSWERS ? null : domain.overall.mean },
        ] as const,
    ),
  ]);
  const componentName = new Map(catalog.components.map((c) => [c.id, c.name]));
  const unjudged = new Set<string>();
  const recommendations: Recommendation[] = [];

  for (const rule of rules.list) {
    let holds = true;
    for (const condition of rule.when) {
      const subject = subjects.get(condition.subject);
      if (subject === undefined || subject.score === null) {
        if (subject) unjudged.add(subject.name);
        holds = false;
      } else if (!conditionHolds(condition, subject.score)) {
        holds = false;
      }
    }
    if (!holds) continue;
    recommendations.push({
      ruleId: rule.id,
      verb: rule.verb,
      tier: rule.tier,
      components: rule.components.map((id) => ({ id, name: componentName.get(id) ?? id })),
      reason: `${rule.when.map((c) => describe(c, subjects)).join(', and ')}. ${sentence(rule.advice)}`,
    });
  }

  recommendations.sort((a, b) => VERB_ORDER[a.verb] - VERB_ORDER[b.verb]);
  const tiers = TIERS.filter((tier) =>
    recommendations.some((r) => r.tier === tier && r.verb !== 'prepare'),
  );
  return { recommendations, tiers, unjudged: [...unjudged].sort() };
}

/** Judged on the score as shown (one decimal), so the reason never says 3.0 is below 3.0. */
function conditionHolds(condition: RuleCondition, score: number): boolean {
  const shown = roundScore(score);
  return condition.op === 'below' ? shown < condition.value : shown >= condition.value;
}

/**
 * A condition in words a coordinator reads aloud ("Shared goals scored 2.8; 3.0 is needed"), not
 * as a comparison sign: a "below" rule fires because the county has not yet reached its mark.
 */
function describe(
  condition: RuleCondition,
  subjects: ReadonlyMap<string, { name: string; score: number | null }>,
): string {
  const subject = subjects.get(condition.subject);
  const scored = `${subject?.name ?? condition.subject} scored ${formatScore(subject?.score ?? null)}`;
  const mark = condition.value.toFixed(1);
  return condition.op === 'below'
    ? `${scored}; ${mark} is needed`
    : `${scored}, at least the ${mark} needed`;
}

/** The rule's advice as a sentence of its own. */
function sentence(advice: string): string {
  const text = advice.charAt(0).toUpperCase() + advice.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
