import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/core/calendarDays';
import {
  COMPARISON_GROUP,
  LINKAGES_GROUP,
  NO_END,
  countIndex,
  countIndicators,
} from '../../../../src/core/cocase/evaluation/counts';
import {
  indicatorFigures,
  rateCell,
  differencePoints,
} from '../../../../src/core/cocase/evaluation/figures';
import { INDICATORS } from '../../../../src/core/cocase/evaluation/indicators';
import { OUTCOME_CODE, type OutcomeKind } from '../../../../src/core/cocase/evaluation/outcomes';
import { evaluationPeriods } from '../../../../src/core/cocase/evaluation/periods';

interface FamilyFixture {
  group: 'linkages' | 'comparison';
  start: string;
  end?: string;
  events: [OutcomeKind, string][];
}

function tables(fixture: FamilyFixture[]) {
  const events = fixture.flatMap((family, f) =>
    family.events.map(([kind, date]) => ({ f, kind, day: dayNumber(date) })),
  );
  return {
    families: {
      group: Uint8Array.from(fixture, (f) =>
        f.group === 'linkages' ? LINKAGES_GROUP : COMPARISON_GROUP,
      ),
      startDay: Int32Array.from(fixture, (f) => dayNumber(f.start)),
      endDay: Int32Array.from(fixture, (f) => (f.end ? dayNumber(f.end) : NO_END)),
    },
    // Shuffled on purpose: the counting puts each family's events in date order itself.
    events: {
      family: Int32Array.from(events.reverse(), (e) => e.f),
      kind: Uint8Array.from(events, (e) => OUTCOME_CODE[e.kind]),
      day: Int32Array.from(events, (e) => e.day),
    },
  };
}

const FIXTURE: FamilyFixture[] = [
  {
    group: 'linkages',
    start: '2024-07-01',
    events: [
      ['substantiated-referral', '2025-03-01'],
      ['substantiated-referral', '2024-08-01'],
      ['wtw-engagement', '2024-11-20'],
    ],
  },
  {
    group: 'comparison',
    start: '2024-07-01',
    events: [
      ['foster-care-entry', '2024-10-15'],
      // 412 days after the entry: not within 12 months.
      ['reunification', '2025-12-01'],
    ],
  },
  {
    group: 'linkages',
    start: '2025-01-01',
    events: [
      // Before the family joined Linkages: not counted.
      ['wtw-engagement', '2024-12-01'],
      ['wtw-engagement', '2025-02-01'],
    ],
  },
  {
    group: 'comparison',
    start: '2024-07-01',
    end: '2024-12-31',
    events: [
      ['sanction-started', '2024-09-10'],
      ['sanction-cured', '2025-01-20'],
      // After the family left the comparison group.
      ['sanction-started', '2025-02-01'],
    ],
  },
];

const periods = evaluationPeriods([2025, 2024]);
const labels = periods.map((p) => p.label);
const { families, events } = tables(FIXTURE);
const counts = countIndicators(families, events, periods);

/** [numerator, denominator] of an indicator for a group in a period. */
function count(id: string, group: number, label: string): [number, number] {
  const i = INDICATORS.findIndex((indicator) => indicator.id === id);
  const at = countIndex(periods.length, i, group, labels.indexOf(label));
  return [counts.numerator[at] ?? -1, counts.denominator[at] ?? -1];
}

describe('evaluation periods', () => {
  it('are each SFY’s quarters, then the SFY, in order, as day numbers', () => {
    expect(labels).toEqual([
      'SFY 2024-25 Q1',
      'SFY 2024-25 Q2',
      'SFY 2024-25 Q3',
      'SFY 2024-25 Q4',
      'SFY 2024-25',
      'SFY 2025-26 Q1',
      'SFY 2025-26 Q2',
      'SFY 2025-26 Q3',
      'SFY 2025-26 Q4',
      'SFY 2025-26',
    ]);
    expect([periods[0]?.firstDay, periods[0]?.lastDay]).toEqual([
      dayNumber('2024-07-01'),
      dayNumber('2024-09-30'),
    ]);
    expect(periods[4]?.lastDay).toBe(dayNumber('2025-06-30'));
  });
});

describe('indicator counts', () => {
  it('recurrence: the first substantiated referral of each period, and whether another follows within 12 months', () => {
    // 2024-08-01 is followed on 2025-03-01 (212 days); 2025-03-01 is followed by nothing.
    expect(count('recurrence-12m', LINKAGES_GROUP, 'SFY 2024-25 Q1')).toEqual([1, 1]);
    expect(count('recurrence-12m', LINKAGES_GROUP, 'SFY 2024-25 Q3')).toEqual([0, 1]);
    // In the SFY the first referral is August's: one family, counted once.
    expect(count('recurrence-12m', LINKAGES_GROUP, 'SFY 2024-25')).toEqual([1, 1]);
    expect(count('recurrence-12m', COMPARISON_GROUP, 'SFY 2024-25')).toEqual([0, 0]);
  });

  it('reunification and re-entry: follow-ups from an entry and from a reunification', () => {
    expect(count('reunification-12m', COMPARISON_GROUP, 'SFY 2024-25 Q2')).toEqual([0, 1]);
    expect(count('reentry-12m', COMPARISON_GROUP, 'SFY 2025-26 Q2')).toEqual([0, 1]);
    expect(count('foster-care-entry', COMPARISON_GROUP, 'SFY 2024-25 Q2')).toEqual([1, 2]);
  });

  it('events of the families in their group during the period, from the day they joined to the day they left', () => {
    // Q2: only the first family is in Linkages (the third joins on 2025-01-01).
    expect(count('wtw-engagement', LINKAGES_GROUP, 'SFY 2024-25 Q2')).toEqual([1, 1]);
    expect(count('wtw-engagement', LINKAGES_GROUP, 'SFY 2024-25 Q3')).toEqual([1, 2]);
    expect(count('wtw-engagement', LINKAGES_GROUP, 'SFY 2024-25')).toEqual([2, 2]);
    // The fourth family left on 2024-12-31: in Q1 and Q2, not in Q3.
    expect(count('wtw-engagement', COMPARISON_GROUP, 'SFY 2024-25 Q2')).toEqual([0, 2]);
    expect(count('wtw-engagement', COMPARISON_GROUP, 'SFY 2024-25 Q3')).toEqual([0, 1]);
    // Its sanction of 2024-09-10 was cured 132 days later; the one after it left is not counted.
    expect(count('sanction-cured-6m', COMPARISON_GROUP, 'SFY 2024-25 Q1')).toEqual([1, 1]);
    expect(count('sanction-cured-6m', COMPARISON_GROUP, 'SFY 2024-25 Q3')).toEqual([0, 0]);
  });
});

describe('figures', () => {
  it('suppress counts from 1 to 10 (the denominator stays in view when only the numerator is small)', () => {
    expect(rateCell(12, 40)).toEqual({
      numerator: 12,
      denominator: 40,
      rate: 0.3,
      suppressed: false,
    });
    expect(rateCell(0, 40)).toEqual({ numerator: 0, denominator: 40, rate: 0, suppressed: false });
    expect(rateCell(10, 40)).toEqual({
      numerator: null,
      denominator: 40,
      rate: null,
      suppressed: true,
    });
    expect(rateCell(11, 11)).toEqual({
      numerator: 11,
      denominator: 11,
      rate: 1,
      suppressed: false,
    });
    expect(rateCell(0, 10)).toEqual({
      numerator: null,
      denominator: null,
      rate: null,
      suppressed: true,
    });
    expect(rateCell(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null, suppressed: false });
  });

  it('give the difference from the comparison group in percentage points, unless a side is hidden', () => {
    expect(differencePoints(rateCell(30, 100), rateCell(45, 150))).toBeCloseTo(0, 10);
    expect(differencePoints(rateCell(60, 200), rateCell(20, 100))).toBeCloseTo(10, 10);
    expect(differencePoints(rateCell(60, 200), rateCell(5, 100))).toBeNull();
    expect(differencePoints(rateCell(60, 200), rateCell(0, 0))).toBeNull();
  });

  it('say whether a period’s follow-up window has closed', () => {
    const figures = indicatorFigures(counts, dayNumber('2025-12-31'));
    const of = (id: string, label: string) =>
      figures.find((f) => f.indicator.id === id && f.period.label === label);
    // 2024-09-30 + 365 days = 2025-09-30: closed. 2025-06-30 + 365: still open.
    expect(of('recurrence-12m', 'SFY 2024-25 Q1')?.followUpComplete).toBe(true);
    expect(of('recurrence-12m', 'SFY 2024-25')?.followUpComplete).toBe(false);
    expect(of('wtw-engagement', 'SFY 2025-26 Q2')?.followUpComplete).toBe(true);
    expect(of('wtw-engagement', 'SFY 2025-26 Q3')?.followUpComplete).toBe(false);
    // The fixture's counts are all small: every cell is hidden or empty.
    expect(figures.every((f) => f.linkages.rate === null || f.linkages.denominator === 0)).toBe(
      true,
    );
    expect(figures).toHaveLength(INDICATORS.length * periods.length);
  });
});
