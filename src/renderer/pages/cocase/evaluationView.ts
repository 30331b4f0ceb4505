/**
 * The evaluation dashboard's words and groupings, worked out from the service's figures: a cell's
 * counts and rate (a hidden count shows as "<11", never with a rate), the difference in points with
 * whether it is good news, the tables per indicator and the chart's points.
 */
import type { Output } from '../../../api/contract';
import { fiscalPeriodLabel, fiscalPeriodOf } from '../../../core/fiscalCalendar';

export type Evaluation = Output<'cocase.evaluation'>;
export type EvaluationFigure = Evaluation['figures'][number];
export type EvaluationCell = EvaluationFigure['linkages'];
export type PeriodKind = EvaluationFigure['periodKind'];
export type EvaluationProgram = EvaluationFigure['program'];
export type ProgramFilter = EvaluationProgram | 'all';

export const PROGRAM_LABELS: Record<EvaluationProgram, string> = {
  cws: 'CWS',
  calworks: 'CalWORKs',
};

export const PROGRAM_HEADINGS: Record<EvaluationProgram, string> = {
  cws: 'Child welfare (CWS) indicators',
  calworks: 'CalWORKs indicators',
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  quarter: 'Quarters',
  sfy: 'State fiscal years',
};

export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** A rate (0–1) as a percentage with one decimal: 0.5 → "50.0%". */
export const formatRate = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

/** What a hidden count shows instead: "<11" for the usual small cell of 11. */
export const hiddenCount = (smallCell: number): string => `<${smallCell}`;

/** A count as shown, or null when it is hidden. */
export function countText(count: number | null, smallCell: number): string {
  return count === null ? hiddenCount(smallCell) : formatCount(count);
}

/** "15 / 30 (50.0%)", "<11 / 30", "<11 / <11", or "0 / 0" when nobody was in the denominator. */
export function cellText(cell: EvaluationCell, smallCell: number): string {
  const counts = `${countText(cell.numerator, smallCell)} / ${countText(cell.denominator, smallCell)}`;
  return cell.rate === null ? counts : `${counts} (${formatRate(cell.rate)})`;
}

export type Verdict = 'better' | 'worse' | 'same';

export interface DifferenceText {
  /** "+10.0 points", "−2.5 points", "0.0 points", or "—" when a rate is not shown. */
  readonly points: string;
  /** Whether Linkages did better than the comparison group; null when there is no difference. */
  readonly verdict: Verdict | null;
  /** The two together, for a screen reader or a tooltip. */
  readonly words: string;
}

/**
 * Linkages' rate minus the comparison group's, with a word that follows the indicator's good
 * direction: 5 points more re-entry is worse, 5 points more reunification is better.
 */
export function differenceText(
  differencePoints: number | null,
  better: EvaluationFigure['better'],
): DifferenceText {
  if (differencePoints === null) {
    return {
      points: '—',
      verdict: null,
      words: 'no difference: a rate is hidden or has no families',
    };
  }
  const rounded = Number(differencePoints.toFixed(1));
  const size = Math.abs(rounded).toFixed(1);
  if (rounded === 0)
    return { points: `${size} points`, verdict: 'same', words: `${size} points, the same` };
  const points = `${rounded > 0 ? '+' : '−'}${size} points`;
  const higher = rounded > 0;
  const verdict: Verdict = higher === (better === 'higher') ? 'better' : 'worse';
  return { points, verdict, words: `${points}, ${verdict}` };
}

/**
 * Whether a period had begun by the as-of day. The service counts every quarter of the as-of
 * day's SFY; the ones still to come would only show the families enrolled, so they are left out.
 * Period labels sort as text ("SFY 2026-27 Q2" < "SFY 2026-27 Q3").
 */
export function hasBegun(figure: Pick<EvaluationFigure, 'period' | 'periodKind'>, asOf: string) {
  if (figure.periodKind === 'sfy') return true;
  return figure.period <= fiscalPeriodLabel(fiscalPeriodOf(asOf));
}

/** One indicator's figures, a row per period: the table and the chart both draw from it. */
export interface IndicatorTable {
  readonly indicatorId: string;
  readonly label: string;
  readonly program: EvaluationProgram;
  readonly better: EvaluationFigure['better'];
  readonly numeratorText: string;
  readonly denominatorText: string;
  readonly rows: readonly EvaluationFigure[];
}

/**
 * The figures of one period kind and program, one table per indicator, in the service's order
 * (indicators as the evaluation lists them, periods oldest first).
 */
export function indicatorTables(
  evaluation: Pick<Evaluation, 'asOf' | 'figures'>,
  periodKind: PeriodKind,
  program: ProgramFilter,
): IndicatorTable[] {
  const tables = new Map<string, IndicatorTable & { rows: EvaluationFigure[] }>();
  for (const figure of evaluation.figures) {
    if (figure.periodKind !== periodKind) continue;
    if (program !== 'all' && figure.program !== program) continue;
    if (!hasBegun(figure, evaluation.asOf)) continue;
    const table = tables.get(figure.indicatorId);
    if (table) {
      table.rows.push(figure);
      continue;
    }
    tables.set(figure.indicatorId, {
      indicatorId: figure.indicatorId,
      label: figure.label,
      program: figure.program,
      better: figure.better,
      numeratorText: figure.numeratorText,
      denominatorText: figure.denominatorText,
      rows: [figure],
    });
  }
  return [...tables.values()];
}

/** The tables under their program, programs in the order they first appear. */
export function tablesByProgram(
  tables: readonly IndicatorTable[],
): { program: EvaluationProgram; tables: IndicatorTable[] }[] {
  const groups: { program: EvaluationProgram; tables: IndicatorTable[] }[] = [];
  for (const table of tables) {
    const group = groups.find((g) => g.program === table.program);
    if (group) group.tables.push(table);
    else groups.push({ program: table.program, tables: [table] });
  }
  return groups;
}

export interface TrendPoint {
  readonly period: string;
  /** Percent (0–100); null draws a gap: a hidden count or no families is not a zero. */
  readonly linkages: number | null;
  readonly comparison: number | null;
}

const percent = (rate: number | null) => (rate === null ? null : rate * 100);

export function trendPoints(table: IndicatorTable): TrendPoint[] {
  return table.rows.map((row) => ({
    period: row.period,
    linkages: percent(row.linkages.rate),
    comparison: percent(row.comparison.rate),
  }));
}

/** The chart's words for a screen reader: what it plots, the latest pair of rates, where the figures are. */
export function trendDescription(table: IndicatorTable, periodKind: PeriodKind): string {
  const first = table.rows[0]?.period;
  const last = table.rows.at(-1)?.period;
  const span =
    first === undefined
      ? 'with no periods yet'
      : first === last
        ? `in ${first}`
        : `by ${periodKind === 'quarter' ? 'quarter' : 'state fiscal year'} from ${first} to ${last}`;
  const latest = table.rows.findLast((r) => r.linkages.rate !== null && r.comparison.rate !== null);
  const latestText = latest
    ? ` In ${latest.period}: Linkages ${formatRate(latest.linkages.rate ?? 0)}, comparison group ${formatRate(latest.comparison.rate ?? 0)}.`
    : '';
  return `Line chart of ${table.label}, ${span}: the rate for Linkages families and for the comparison group, in percent.${latestText} Periods with a hidden count or no families are gaps. The table “${table.label}” has every figure.`;
}

/** What an indicator counts, in a sentence: "Families …, out of families …. Lower is better." */
export function indicatorDescription(
  table: Pick<IndicatorTable, 'numeratorText' | 'denominatorText' | 'better'>,
): string {
  return `Families ${table.numeratorText}, out of ${table.denominatorText}. ${table.better === 'higher' ? 'Higher' : 'Lower'} is better.`;
}

/** Whether a table has any rate to draw. */
export const hasTrend = (table: IndicatorTable): boolean =>
  table.rows.some((r) => r.linkages.rate !== null || r.comparison.rate !== null);

/** The chart opens on the first indicator with something to draw. */
export function defaultTrendTable(tables: readonly IndicatorTable[]): IndicatorTable | undefined {
  return tables.find(hasTrend) ?? tables[0];
}
