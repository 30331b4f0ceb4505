/**
 * What the county's PDF report is made from: the report package's figures (the same object the
 * package workbook writes) and, for the two areas the package sums up in a single figure, the
 * detail behind it — the readiness round's domain scores and the newest match run's rates.
 * Aggregates only, like the package: no person, case number or note.
 */
import type { CountyPackage } from '../../core/reports/package';

export interface ReadinessDomainScore {
  readonly name: string;
  /** Mean of the round's answers in the domain (1–5), null when no one answered it. */
  readonly score: number | null;
  /** Change since the previous round, as the results page shows it; null without one. */
  readonly change: number | null;
}

export interface MatchRateFigure {
  /** e.g. "All CalWORKs children" */
  readonly population: string;
  readonly count: number;
  readonly matched: number;
  readonly matchedIn: 'CWS' | 'CalWORKs';
}

/** The newest match run's results at its thresholds, counts only. */
export interface MatchRunFigures {
  /** ISO date-time the run finished. */
  readonly finishedAt: string;
  readonly families: number;
  readonly tiers: { readonly secondary: number; readonly tertiary: number };
  readonly rates: readonly MatchRateFigure[];
}

export interface CountyReport {
  readonly pkg: CountyPackage;
  /** The domains of the package's readiness round; empty when the package has no round. */
  readonly readinessDomains: readonly ReadinessDomainScore[];
  /** null when the county has run no match. */
  readonly matchRun: MatchRunFigures | null;
}
