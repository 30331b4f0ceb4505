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

export type ReadinessLevelId = 'foundation' | 'developing' | 'ready' | 'established';

export interface ReadinessLevel {
  readonly id: ReadinessLevelId;
  readonly label: string;
  /** The lowest overall score (one decimal) at this level. */
  readonly from: number;
  readonly meaning: string;
}

/** Overall readiness levels, lowest first. */
export const READINESS_LEVELS: readonly ReadinessLevel[] = [
  {
    id: 'foundation',
    label: 'Building the foundation',
    from: 1,
    meaning: 'Leadership, agreements and shared understanding come before new services.',
  },
  {
    id: 'developing',
    label: 'Developing',
    from: 2.5,
    meaning: 'Ready for universal (Primary) components while the foundations are strengthened.',
  },
  {
    id: 'ready',
    label: 'Ready to install',
    from: 3.3,
    meaning: 'Ready to install Secondary components and plan Tertiary coordination.',
  },
  {
    id: 'established',
    label: 'Ready to extend',
    from: 4,
    meaning: 'Ready for full Tertiary coordination and for extending what works.',
  },
];

export function readinessLevelOf(overall: number | null): ReadinessLevel | null {
  if (overall === null) return null;
  const shown = roundScore(overall);
  let level: ReadinessLevel | null = null;
  for (const candidate of READINESS_LEVELS) if (shown >= candidate.from) level = candidate;
  return level;
}
