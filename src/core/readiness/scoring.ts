/**
 * Scoring of one readiness round (pure). Means pool the answers (1–5) of the respondents in a group;
 * "don't know" (0) and unanswered items are left out, and every mean carries its count of answers.
 */
import { ANSWER_DONT_KNOW, type Answer, type Instrument } from './instrument';
import {
  FEW_ANSWERS,
  JUDGED_SHARE_FOR_LEVEL,
  readinessLevelOf,
  roundScore,
  type ReadinessLevel,
} from './levels';
import {
  RESPONDENT_PROGRAMS,
  ROLE_LEVELS,
  type RespondentProgram,
  type RoleLevel,
} from './respondents';

export interface RespondentAnswers {
  readonly program: RespondentProgram;
  readonly roleLevel: RoleLevel;
  /** itemId → answer; items left blank are absent. */
  readonly answers: ReadonlyMap<string, Answer>;
}

export interface Mean {
  readonly mean: number | null;
  /** Answers behind the mean (1–5 only). */
  readonly n: number;
}

export interface GroupMeans {
  readonly overall: Mean;
  readonly byProgram: Record<RespondentProgram, Mean>;
  readonly byRole: Record<RoleLevel, Mean>;
  /** CalWORKs mean − CWS mean: positive when CalWORKs staff see more readiness. */
  readonly alignmentGap: number | null;
  /** Managers' mean − line staff's mean. */
  readonly roleGap: number | null;
  readonly dontKnow: number;
}

export interface DomainScore extends GroupMeans {
  readonly domainId: string;
  readonly name: string;
}

export interface ItemScore extends GroupMeans {
  readonly itemId: string;
  readonly domainId: string;
  /** Counts of answers: index 0 "don't know", 1–5 the scale. */
  readonly distribution: readonly [number, number, number, number, number, number];
}

export interface RoundScores {
  readonly respondents: number;
  readonly domains: readonly DomainScore[];
  readonly items: readonly ItemScore[];
  /** Mean of the domain means (each domain weighs the same); null with no answers at all. */
  readonly overall: number | null;
  /** Null until enough domains rest on enough answers (JUDGED_SHARE_FOR_LEVEL, FEW_ANSWERS). */
  readonly level: ReadinessLevel | null;
  /** Highest domains first. */
  readonly strengths: readonly DomainScore[];
  /** Lowest domains first. */
  readonly gaps: readonly DomainScore[];
  /** Items where CalWORKs and CWS disagree most, largest first. */
  readonly disagreements: readonly ItemScore[];
}

export const STRENGTHS_SHOWN = 3;
export const DISAGREEMENTS_SHOWN = 5;
/** An item's programs disagree only when each side has at least this many answers. */
export const MIN_ANSWERS_PER_SIDE = 2;

class Tally {
  sum = 0;
  n = 0;
  add(answer: number): void {
    this.sum += answer;
    this.n += 1;
  }
  mean(): Mean {
    return { mean: this.n === 0 ? null : this.sum / this.n, n: this.n };
  }
}

class GroupTally {
  readonly overall = new Tally();
  readonly programs = new Map<RespondentProgram, Tally>(
    RESPONDENT_PROGRAMS.map((p) => [p, new Tally()]),
  );
  readonly roles = new Map<RoleLevel, Tally>(ROLE_LEVELS.map((r) => [r, new Tally()]));
  readonly distribution: [number, number, number, number, number, number] = [0, 0, 0, 0, 0, 0];

  add(answer: Answer, respondent: RespondentAnswers): void {
    this.distribution[answer] = (this.distribution[answer] ?? 0) + 1;
    if (answer === ANSWER_DONT_KNOW) return;
    this.overall.add(answer);
    this.programs.get(respondent.program)?.add(answer);
    this.roles.get(respondent.roleLevel)?.add(answer);
  }

  means(): GroupMeans {
    const byProgram = record(RESPONDENT_PROGRAMS, (p) => this.programs.get(p)?.mean() ?? empty);
    const byRole = record(ROLE_LEVELS, (r) => this.roles.get(r)?.mean() ?? empty);
    return {
      overall: this.overall.mean(),
      byProgram,
      byRole,
      alignmentGap: difference(byProgram.calworks, byProgram.cws),
      roleGap: difference(byRole.manager, byRole.line),
      dontKnow: this.distribution[ANSWER_DONT_KNOW],
    };
  }
}

const empty: Mean = { mean: null, n: 0 };

function record<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

function difference(a: Mean, b: Mean, minimum = 1): number | null {
  return a.mean === null || b.mean === null || a.n < minimum || b.n < minimum
    ? null
    : a.mean - b.mean;
}

export function scoreRound(
  instrument: Instrument,
  respondents: readonly RespondentAnswers[],
): RoundScores {
  const itemTallies = new Map(instrument.items.map((item) => [item.id, new GroupTally()]));
  const domainTallies = new Map(instrument.domains.map((domain) => [domain.id, new GroupTally()]));
  const domainOfItem = new Map(instrument.items.map((item) => [item.id, item.domain]));

  for (const respondent of respondents) {
    for (const [itemId, answer] of respondent.answers) {
      const domainId = domainOfItem.get(itemId);
      // Answers to items outside this instrument are refused at the API; here they cannot count.
      if (domainId === undefined) continue;
      itemTallies.get(itemId)?.add(answer, respondent);
      domainTallies.get(domainId)?.add(answer, respondent);
    }
  }

  const domains: DomainScore[] = instrument.domains.map((domain) => ({
    domainId: domain.id,
    name: domain.name,
    ...(domainTallies.get(domain.id) ?? new GroupTally()).means(),
  }));
  const items: ItemScore[] = instrument.items.map((item) => {
    const tally = itemTallies.get(item.id) ?? new GroupTally();
    return {
      itemId: item.id,
      domainId: item.domain,
      ...tally.means(),
      distribution: [...tally.distribution],
    };
  });

  const scored = domains.filter((domain) => domain.overall.mean !== null);
  const overall =
    scored.length === 0
      ? null
      : scored.reduce((sum, domain) => sum + (domain.overall.mean ?? 0), 0) / scored.length;
  const shownEach = Math.min(STRENGTHS_SHOWN, Math.floor(scored.length / 2));
  const byMean = [...scored].sort(
    (a, b) => (b.overall.mean ?? 0) - (a.overall.mean ?? 0) || a.name.localeCompare(b.name),
  );
  const disagreements = items
    .map((item) => ({
      item,
      gap: difference(item.byProgram.calworks, item.byProgram.cws, MIN_ANSWERS_PER_SIDE),
    }))
    .filter(
      (entry): entry is { item: ItemScore; gap: number } => entry.gap !== null && entry.gap !== 0,
    )
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.item.itemId.localeCompare(b.item.itemId))
    .slice(0, DISAGREEMENTS_SHOWN)
    .map((entry) => entry.item);

  return {
    respondents: respondents.length,
    domains,
    items,
    overall,
    level:
      domains.filter((d) => d.overall.n >= FEW_ANSWERS).length >=
      domains.length * JUDGED_SHARE_FOR_LEVEL
        ? readinessLevelOf(overall)
        : null,
    // With few scored domains, top and bottom would overlap: each list takes at most half.
    strengths: byMean.slice(0, shownEach),
    gaps: byMean.slice(byMean.length - shownEach).reverse(),
    disagreements,
  };
}

/**
 * Change of the overall score and of each domain since an earlier round, between the scores as
 * shown (one decimal), so the change matches what people read; null where either is unknown.
 */
export interface RoundTrend {
  readonly overall: number | null;
  readonly domains: ReadonlyMap<string, number | null>;
}

export function trendSince(previous: RoundScores, current: RoundScores): RoundTrend {
  const before = new Map(previous.domains.map((domain) => [domain.domainId, domain.overall.mean]));
  return {
    overall:
      previous.overall === null || current.overall === null
        ? null
        : roundScore(roundScore(current.overall) - roundScore(previous.overall)),
    domains: new Map(
      current.domains.map((domain) => {
        const earlier = before.get(domain.domainId);
        return [
          domain.domainId,
          earlier == null || domain.overall.mean === null
            ? null
            : roundScore(roundScore(domain.overall.mean) - roundScore(earlier)),
        ];
      }),
    ),
  };
}
