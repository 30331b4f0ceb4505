/**
 * Counting every indicator in every period for both groups in one pass over the families, their
 * events grouped and put in date order first (a counting sort: a million events, no comparator).
 * Columns of numbers in, counts out; the dashboard's rates, suppression and differences are
 * worked from the counts (figures.ts).
 */
import { INDICATORS, type Indicator } from './indicators';
import { OUTCOME_CODE, OUTCOME_KINDS } from './outcomes';
import { PeriodsOfDay, type EvaluationPeriod } from './periods';

export const LINKAGES_GROUP = 0;
export const COMPARISON_GROUP = 1;
/** A family still in its group. */
export const NO_END = 2 ** 31 - 1;

/** Families by index: which group, and the days they joined and left it. */
export interface EvaluatedFamilies {
  readonly group: Uint8Array;
  readonly startDay: Int32Array;
  readonly endDay: Int32Array;
}

/** Events by index: whose (family index), which (OUTCOME_CODE) and when (day number). */
export interface OutcomeEventTable {
  readonly family: Int32Array;
  readonly kind: Uint8Array;
  readonly day: Int32Array;
}

export interface IndicatorCounts {
  readonly indicators: readonly Indicator[];
  readonly periods: readonly EvaluationPeriod[];
  /** [indicator][group][period], flattened: see at(). */
  readonly numerator: Int32Array;
  readonly denominator: Int32Array;
}

export function countIndex(periodCount: number, indicator: number, group: number, period: number) {
  return (indicator * 2 + group) * periodCount + period;
}

const add = (counts: Int32Array, at: number, n: number) => {
  counts[at] = (counts[at] ?? 0) + n;
};

/** Each family's events in date order: family f's are order[offsets[f]] … order[offsets[f+1]-1]. */
function eventsByFamily(events: OutcomeEventTable, familyCount: number) {
  const offsets = new Int32Array(familyCount + 1);
  for (let e = 0; e < events.family.length; e++) add(offsets, (events.family[e] ?? 0) + 1, 1);
  for (let f = 0; f < familyCount; f++) offsets[f + 1] = (offsets[f + 1] ?? 0) + (offsets[f] ?? 0);
  const next = offsets.slice(0, familyCount);
  const order = new Int32Array(events.family.length);
  for (let e = 0; e < events.family.length; e++) {
    const f = events.family[e] ?? 0;
    order[next[f] ?? 0] = e;
    next[f] = (next[f] ?? 0) + 1;
  }
  // A family has a handful of events: insertion sort by day, stable.
  for (let f = 0; f < familyCount; f++) {
    const from = offsets[f] ?? 0;
    const to = offsets[f + 1] ?? 0;
    for (let i = from + 1; i < to; i++) {
      const e = order[i] ?? 0;
      const day = events.day[e] ?? 0;
      let j = i - 1;
      while (j >= from && (events.day[order[j] ?? 0] ?? 0) > day) {
        order[j + 1] = order[j] ?? 0;
        j--;
      }
      order[j + 1] = e;
    }
  }
  return { offsets, order };
}

export function countIndicators(
  families: EvaluatedFamilies,
  events: OutcomeEventTable,
  periods: readonly EvaluationPeriod[],
  indicators: readonly Indicator[] = INDICATORS,
): IndicatorCounts {
  const familyCount = families.group.length;
  const P = periods.length;
  const numerator = new Int32Array(indicators.length * 2 * P);
  const denominator = new Int32Array(indicators.length * 2 * P);
  if (P === 0) return { indicators, periods, numerator, denominator };
  const { offsets, order } = eventsByFamily(events, familyCount);
  const periodsOfDay = new PeriodsOfDay(periods);
  const firstDays = Int32Array.from(periods, (p) => p.firstDay);
  const lastDays = Int32Array.from(periods, (p) => p.lastDay);

  const active = indicators.flatMap((indicator, i) =>
    indicator.rule.cohort === 'active' ? [{ i, code: OUTCOME_CODE[indicator.rule.event] }] : [],
  );
  // Anchor indicators by the code of their anchor event.
  const byAnchor: { i: number; event: number; within: number }[][] = OUTCOME_KINDS.map(() => []);
  indicators.forEach((indicator, i) => {
    const rule = indicator.rule;
    if (rule.cohort !== 'anchor') return;
    byAnchor[OUTCOME_CODE[rule.anchor]]?.push({
      i,
      event: OUTCOME_CODE[rule.event],
      within: rule.withinDays,
    });
  });
  // Stamps (family index + 1) instead of clearing per family: "kind k happened in period p" and
  // "indicator i already counted this family's first anchor in period p".
  const happened = new Int32Array(OUTCOME_KINDS.length * P);
  const anchored = new Int32Array(indicators.length * P);

  for (let f = 0; f < familyCount; f++) {
    const stamp = f + 1;
    const group = families.group[f] ?? 0;
    const start = families.startDay[f] ?? 0;
    const end = families.endDay[f] ?? NO_END;
    const from = offsets[f] ?? 0;
    const to = offsets[f + 1] ?? 0;

    for (let k = from; k < to; k++) {
      const e = order[k] ?? 0;
      const day = events.day[e] ?? 0;
      // Outcomes count while the family is in its group (a follow-up may come after it left).
      if (day < start || day > end) continue;
      const code = events.kind[e] ?? 0;
      const quarter = periodsOfDay.quarterOf(day);
      const sfy = periodsOfDay.sfyOf(day);
      if (quarter >= 0) happened[code * P + quarter] = stamp;
      if (sfy >= 0) happened[code * P + sfy] = stamp;

      const anchoredHere = byAnchor[code];
      if (!anchoredHere || anchoredHere.length === 0) continue;
      for (const { i, event, within } of anchoredHere) {
        let followed = -1; // worked out once, for the quarter and the SFY alike
        for (const p of [quarter, sfy]) {
          if (p < 0 || anchored[i * P + p] === stamp) continue;
          anchored[i * P + p] = stamp;
          if (followed < 0) {
            followed = 0;
            for (let j = k + 1; j < to; j++) {
              const later = order[j] ?? 0;
              const laterDay = events.day[later] ?? 0;
              if (laterDay > day + within) break;
              if (laterDay > day && events.kind[later] === event) {
                followed = 1;
                break;
              }
            }
          }
          const at = countIndex(P, i, group, p);
          add(denominator, at, 1);
          add(numerator, at, followed);
        }
      }
    }

    for (let p = 0; p < P; p++) {
      if ((firstDays[p] ?? 0) > end || (lastDays[p] ?? 0) < start) continue;
      for (const { i, code } of active) {
        const at = countIndex(P, i, group, p);
        add(denominator, at, 1);
        if (happened[code * P + p] === stamp) add(numerator, at, 1);
      }
    }
  }
  return { indicators, periods, numerator, denominator };
}
