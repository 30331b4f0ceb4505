import type { Tier } from '../program/catalog';

/**
 * Product rules for reading readiness scores, written once here and shown in the UI as they are.
 */

/** Scores are judged as they are shown: to one decimal. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

export function formatScore(score: number | null): string {
  return score === null ? '–' : roundScore(score).toFixed(1);
}

/** A domain mean resting on fewer answers than this is flagged "few answers" wherever it shows. */
export const FEW_ANSWERS = 5;

/** A level is set only when at least this share of the domains has FEW_ANSWERS answers or more. */
export const JUDGED_SHARE_FOR_LEVEL = 0.5;

/**
 * Results resting on one respondent, or on fewer than this share of the answers a round's
 * respondents could give ("don't know" counts as an answer), are provisional: shown, but never as
 * the county's score or level.
 */
export const PROVISIONAL_ANSWERED_SHARE = 0.5;

export type ProvisionalReason = 'one-respondent' | 'few-answers';

/** Why a round's results are provisional; none for a round with no answers (nothing is shown). */
export function provisionalReasons(
  respondents: number,
  answered: number,
  itemCount: number,
): ProvisionalReason[] {
  if (respondents === 0 || answered === 0) return [];
  const reasons: ProvisionalReason[] = [];
  if (respondents === 1) reasons.push('one-respondent');
  if (answered < PROVISIONAL_ANSWERED_SHARE * respondents * itemCount) reasons.push('few-answers');
  return reasons;
}

export type ReadinessLevelId = 'foundation' | 'developing' | 'ready' | 'established';

export interface ReadinessLevel {
  readonly id: ReadinessLevelId;
  readonly label: string;
  /** The lowest overall score (one decimal) at this level. */
  readonly from: number;
  /** The prevention tier a county at this level is ready to start; recommendation rules agree. */
  readonly opens: Tier | null;
  readonly meaning: string;
}

/** Overall readiness levels, lowest first. */
export const READINESS_LEVELS: readonly ReadinessLevel[] = [
  {
    id: 'foundation',
    label: 'Building the foundation',
    from: 1,
    opens: null,
    meaning: 'Leadership, agreements and shared understanding come before new services.',
  },
  {
    id: 'developing',
    label: 'Developing',
    from: 2.5,
    opens: 'primary',
    meaning: 'Ready for universal (Primary) components while the foundations are strengthened.',
  },
  {
    id: 'ready',
    label: 'Ready to install',
    from: 3,
    opens: 'secondary',
    meaning: 'Ready to install Secondary components for families with risk factors.',
  },
  {
    id: 'established',
    label: 'Ready to coordinate',
    from: 3.5,
    opens: 'tertiary',
    meaning: 'Ready for Tertiary coordination: linked case plans and joint case conferences.',
  },
];

export function readinessLevelOf(overall: number | null): ReadinessLevel | null {
  if (overall === null) return null;
  const shown = roundScore(overall);
  let level: ReadinessLevel | null = null;
  for (const candidate of READINESS_LEVELS) if (shown >= candidate.from) level = candidate;
  return level;
}
