import { describe, expect, it } from 'vitest';
import {
  cellText,
  defaultTrendTable,
  differenceText,
  hasBegun,
  indicatorDescription,
  indicatorTables,
  tablesByProgram,
  trendDescription,
  trendPoints,
  type EvaluationCell,
  type EvaluationFigure,
} from '../../../../src/renderer/pages/cocase/evaluationView';

const shown = (numerator: number, denominator: number): EvaluationCell => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
  suppressed: false,
});
const smallNumerator = (denominator: number): EvaluationCell => ({
  numerator: null,
  denominator,
  rate: null,
  suppressed: true,
});
const allHidden: EvaluationCell = {
  numerator: null,
  denominator: null,
  rate: null,
  suppressed: true,
};

const INDICATORS = {
  'wtw-engagement': {
    label: 'Welfare-to-Work engagement',
    program: 'calworks',
    better: 'higher',
    numeratorText: 'engaged in Welfare-to-Work activities in the period',
    denominatorText: 'families in the group during the period',
  },
  'foster-care-entry': {
    label: 'Entry to foster care',
    program: 'cws',
    better: 'lower',
    numeratorText: 'with a child entering foster care in the period',
    denominatorText: 'families in the group during the period',
  },
} as const;

function figure(
  indicatorId: keyof typeof INDICATORS,
  period: string,
  linkages: EvaluationCell,
  comparison: EvaluationCell,
): EvaluationFigure {
  const difference =
    linkages.rate === null || comparison.rate === null
      ? null
      : (linkages.rate - comparison.rate) * 100;
  return {
    indicatorId,
    ...INDICATORS[indicatorId],
    period,
    periodKind: / Q\d$/.test(period) ? 'quarter' : 'sfy',
    followUpComplete: true,
    linkages,
    comparison,
    differencePoints: difference,
  };
}

// The service's order: indicator by indicator, each SFY's quarters then the SFY.
const figures: EvaluationFigure[] = [
  figure('foster-care-entry', 'SFY 2026-27 Q1', smallNumerator(30), shown(12, 40)),
  figure('foster-care-entry', 'SFY 2026-27 Q2', shown(0, 30), shown(12, 40)),
  figure('foster-care-entry', 'SFY 2026-27 Q3', shown(0, 30), shown(0, 40)),
  figure('foster-care-entry', 'SFY 2026-27 Q4', shown(0, 30), shown(0, 40)),
  figure('foster-care-entry', 'SFY 2026-27', smallNumerator(30), shown(20, 40)),
  figure('wtw-engagement', 'SFY 2026-27 Q1', shown(15, 30), shown(12, 40)),
  figure('wtw-engagement', 'SFY 2026-27 Q2', shown(18, 30), allHidden),
  figure('wtw-engagement', 'SFY 2026-27 Q3', shown(0, 30), shown(0, 40)),
  figure('wtw-engagement', 'SFY 2026-27 Q4', shown(0, 30), shown(0, 40)),
  figure('wtw-engagement', 'SFY 2026-27', shown(21, 30), shown(12, 40)),
];
const evaluation = { asOf: '2026-11-23', figures };

describe('cellText', () => {
  it('gives the numerator over the denominator, and the rate to one decimal', () => {
    expect(cellText(shown(15, 30), 11)).toBe('15 / 30 (50.0%)');
    expect(cellText(shown(12, 40), 11)).toBe('12 / 40 (30.0%)');
    // 11 ÷ 12 = 0.91666… → 91.7%
    expect(cellText(shown(11, 12), 11)).toBe('11 / 12 (91.7%)');
    expect(cellText(shown(1234, 5000), 11)).toBe('1,234 / 5,000 (24.7%)');
  });

  it('shows a hidden count as "<11" and never a rate for it', () => {
    expect(cellText(smallNumerator(30), 11)).toBe('<11 / 30');
    expect(cellText(allHidden, 11)).toBe('<11 / <11');
  });

  it('shows zero counts, and no rate when nobody was in the denominator', () => {
    expect(cellText(shown(0, 30), 11)).toBe('0 / 30 (0.0%)');
    expect(cellText(shown(0, 0), 11)).toBe('0 / 0');
  });
});

describe('differenceText', () => {
  it('says better when Linkages is higher on an indicator where higher is better', () => {
    // 15/30 − 12/40 = 0.5 − 0.3 = 20 points
    expect(differenceText((0.5 - 0.3) * 100, 'higher')).toEqual({
      points: '+20.0 points',
      verdict: 'better',
      words: '+20.0 points, better',
    });
  });

  it('says worse when Linkages is higher on an indicator where lower is better', () => {
    expect(differenceText(4.25, 'lower').words).toBe('+4.3 points, worse');
  });

  it('uses a minus sign, and flips the word, when Linkages is lower', () => {
    expect(differenceText(-2.5, 'lower')).toEqual({
      points: '−2.5 points',
      verdict: 'better',
      words: '−2.5 points, better',
    });
    expect(differenceText(-2.5, 'higher').verdict).toBe('worse');
  });

  it('calls a difference that rounds to 0.0 the same', () => {
    expect(differenceText(0.04, 'higher')).toEqual({
      points: '0.0 points',
      verdict: 'same',
      words: '0.0 points, the same',
    });
    expect(differenceText(-0.04, 'lower').points).toBe('0.0 points');
  });

  it('shows a dash when either rate is hidden', () => {
    expect(differenceText(null, 'higher')).toMatchObject({ points: '—', verdict: null });
  });
});

describe('hasBegun', () => {
  it('keeps quarters up to the as-of day’s quarter, and every SFY', () => {
    // 2026-11-23 is in SFY 2026-27 Q2 (October–December).
    const quarter = (period: string) => ({ period, periodKind: 'quarter' as const });
    expect(hasBegun(quarter('SFY 2025-26 Q4'), '2026-11-23')).toBe(true);
    expect(hasBegun(quarter('SFY 2026-27 Q2'), '2026-11-23')).toBe(true);
    expect(hasBegun(quarter('SFY 2026-27 Q3'), '2026-11-23')).toBe(false);
    expect(hasBegun(quarter('SFY 2026-27 Q1'), '2026-07-01')).toBe(true);
    expect(hasBegun(quarter('SFY 2026-27 Q2'), '2026-07-01')).toBe(false);
    expect(hasBegun({ period: 'SFY 2026-27', periodKind: 'sfy' }, '2026-07-01')).toBe(true);
  });
});

describe('indicatorTables', () => {
  it('makes a table per indicator with its begun periods of the kind asked for', () => {
    const tables = indicatorTables(evaluation, 'quarter', 'all');
    expect(tables.map((t) => [t.indicatorId, t.rows.map((r) => r.period)])).toEqual([
      ['foster-care-entry', ['SFY 2026-27 Q1', 'SFY 2026-27 Q2']],
      ['wtw-engagement', ['SFY 2026-27 Q1', 'SFY 2026-27 Q2']],
    ]);
    expect(tables[1]).toMatchObject({
      label: 'Welfare-to-Work engagement',
      program: 'calworks',
      better: 'higher',
    });
  });

  it('keeps one program, and the SFY rows for the year view', () => {
    const tables = indicatorTables(evaluation, 'sfy', 'calworks');
    expect(tables.map((t) => [t.indicatorId, t.rows.map((r) => r.period)])).toEqual([
      ['wtw-engagement', ['SFY 2026-27']],
    ]);
  });

  it('groups the tables under their program, in order of first appearance', () => {
    const groups = tablesByProgram(indicatorTables(evaluation, 'quarter', 'all'));
    expect(groups.map((g) => [g.program, g.tables.map((t) => t.indicatorId)])).toEqual([
      ['cws', ['foster-care-entry']],
      ['calworks', ['wtw-engagement']],
    ]);
  });
});

describe('the trend chart', () => {
  const [entries, engagement] = indicatorTables(evaluation, 'quarter', 'all');
  if (!entries || !engagement) throw new Error('expected two tables');

  it('plots rates in percent, with a hidden count as a gap, not a zero', () => {
    expect(trendPoints(engagement)).toEqual([
      { period: 'SFY 2026-27 Q1', linkages: 50, comparison: 30 },
      { period: 'SFY 2026-27 Q2', linkages: 60, comparison: null },
    ]);
    expect(trendPoints(entries)).toEqual([
      { period: 'SFY 2026-27 Q1', linkages: null, comparison: 30 },
      { period: 'SFY 2026-27 Q2', linkages: 0, comparison: 30 },
    ]);
  });

  it('opens on the first indicator with a rate to draw', () => {
    const none = {
      ...entries,
      indicatorId: 'none',
      rows: [figure('foster-care-entry', 'SFY 2026-27 Q1', smallNumerator(30), shown(0, 0))],
    };
    expect(defaultTrendTable([none, engagement])?.indicatorId).toBe('wtw-engagement');
    expect(defaultTrendTable([none])?.indicatorId).toBe('none');
    expect(defaultTrendTable([])).toBeUndefined();
  });

  it('describes the chart with the latest period where both rates are shown', () => {
    expect(trendDescription(engagement, 'quarter')).toBe(
      'Line chart of Welfare-to-Work engagement, by quarter from SFY 2026-27 Q1 to SFY 2026-27 Q2: the rate for Linkages families and for the comparison group, in percent. In SFY 2026-27 Q1: Linkages 50.0%, comparison group 30.0%. Periods with a hidden count or no families are gaps. The table “Welfare-to-Work engagement” has every figure.',
    );
    const [year] = indicatorTables(evaluation, 'sfy', 'calworks');
    if (!year) throw new Error('expected the SFY table');
    expect(trendDescription(year, 'sfy')).toMatch(
      /^Line chart of Welfare-to-Work engagement, in SFY 2026-27: .* In SFY 2026-27: Linkages 70\.0%, comparison group 30\.0%\./,
    );
  });
});

describe('indicatorDescription', () => {
  it('reads the numerator, the denominator and the good direction as a sentence', () => {
    expect(indicatorDescription(INDICATORS['foster-care-entry'])).toBe(
      'Families with a child entering foster care in the period, out of families in the group during the period. Lower is better.',
    );
  });
});
