import { performance } from 'node:perf_hooks';
import { dayNumber } from '../src/core/calendarDays';
import { countIndicators, NO_END } from '../src/core/cocase/evaluation/counts';
import { indicatorFigures } from '../src/core/cocase/evaluation/figures';
import { OUTCOME_KINDS } from '../src/core/cocase/evaluation/outcomes';
import { evaluationPeriods } from '../src/core/cocase/evaluation/periods';
import { seededRandom } from '../src/core/seededRandom';
import { median, repeat, type Figure } from './figure';

const FAMILIES = 100_000;
const EVENTS = 1_000_000;

/** Families in Linkages or the comparison group over three SFYs, ten events each on average. */
function evaluationData() {
  const random = seededRandom(9);
  const first = dayNumber('2023-07-01');
  const span = dayNumber('2026-06-30') - first;
  const group = new Uint8Array(FAMILIES);
  const startDay = new Int32Array(FAMILIES);
  const endDay = new Int32Array(FAMILIES);
  for (let f = 0; f < FAMILIES; f++) {
    group[f] = random() < 0.5 ? 0 : 1;
    startDay[f] = first + Math.floor(random() * span * 0.6);
    endDay[f] = random() < 0.3 ? (startDay[f] ?? 0) + 180 + Math.floor(random() * 500) : NO_END;
  }
  const family = new Int32Array(EVENTS);
  const kind = new Uint8Array(EVENTS);
  const day = new Int32Array(EVENTS);
  for (let e = 0; e < EVENTS; e++) {
    const f = Math.floor(random() * FAMILIES);
    family[e] = f;
    kind[e] = Math.floor(random() * OUTCOME_KINDS.length);
    day[e] = (startDay[f] ?? 0) + Math.floor(random() * 900) - 60;
  }
  return { families: { group, startDay, endDay }, events: { family, kind, day } };
}

export const figures: Figure[] = [
  {
    // Every indicator for both groups in 15 periods (three SFYs and their quarters), with the
    // dashboard's suppression and differences: 100,000 families and 1,000,000 events.
    name: 'cocase.indicators_100k_ms',
    async measure() {
      const { families, events } = evaluationData();
      const periods = evaluationPeriods([2023, 2024, 2025]);
      const asOf = dayNumber('2026-11-23');
      const times = await repeat(5, () => {
        const started = performance.now();
        const figures = indicatorFigures(countIndicators(families, events, periods), asOf);
        if (figures.length === 0) throw new Error('no figures');
        return performance.now() - started;
      });
      return { value: Math.round(median(times)), unit: 'ms' };
    },
  },
];
