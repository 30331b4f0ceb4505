/**
 * The periods indicators are counted in: each SFY's four quarters and the SFY itself, as day
 * numbers (days since 1970-01-01, UTC) so an event's period is a subtraction, not a parse.
 */
import { dayNumber } from '../../calendarDays';
import {
  fiscalPeriodLabel,
  quarterRange,
  sfyEnd,
  sfyLabel,
  sfyStart,
  type FiscalQuarter,
} from '../../fiscalCalendar';

export interface EvaluationPeriod {
  readonly kind: 'quarter' | 'sfy';
  readonly sfyStartYear: number;
  /** 1–4 for a quarter; null for the whole SFY. */
  readonly quarter: FiscalQuarter | null;
  readonly label: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

const QUARTERS: readonly FiscalQuarter[] = [1, 2, 3, 4];

/** Quarter by quarter, then the SFY, for each SFY in order. */
export function evaluationPeriods(sfyStartYears: readonly number[]): EvaluationPeriod[] {
  return [...sfyStartYears]
    .sort((a, b) => a - b)
    .flatMap((startYear) => {
      const sfy = { startYear };
      const quarters = QUARTERS.map((quarter): EvaluationPeriod => {
        const range = quarterRange({ sfy, quarter });
        return {
          kind: 'quarter',
          sfyStartYear: startYear,
          quarter,
          label: fiscalPeriodLabel({ sfy, quarter }),
          firstDay: dayNumber(range.start),
          lastDay: dayNumber(range.end),
        };
      });
      const year: EvaluationPeriod = {
        kind: 'sfy',
        sfyStartYear: startYear,
        quarter: null,
        label: sfyLabel(sfy),
        firstDay: dayNumber(sfyStart(sfy)),
        lastDay: dayNumber(sfyEnd(sfy)),
      };
      return [...quarters, year];
    });
}

/**
 * Which periods hold a day: quarters do not overlap one another, nor SFYs, so a day is in at most
 * one of each. Two lookup tables over the days the periods cover.
 */
export class PeriodsOfDay {
  private readonly firstDay: number;
  private readonly quarter: Int16Array;
  private readonly sfy: Int16Array;

  constructor(periods: readonly EvaluationPeriod[]) {
    this.firstDay = Math.min(...periods.map((p) => p.firstDay));
    const days = Math.max(...periods.map((p) => p.lastDay)) - this.firstDay + 1;
    this.quarter = new Int16Array(Math.max(0, days)).fill(-1);
    this.sfy = new Int16Array(Math.max(0, days)).fill(-1);
    periods.forEach((period, index) => {
      const table = period.kind === 'quarter' ? this.quarter : this.sfy;
      table.fill(index, period.firstDay - this.firstDay, period.lastDay - this.firstDay + 1);
    });
  }

  /** The quarter's index among the periods, or -1. */
  quarterOf(day: number): number {
    return this.quarter[day - this.firstDay] ?? -1;
  }

  /** The SFY's index among the periods, or -1. */
  sfyOf(day: number): number {
    return this.sfy[day - this.firstDay] ?? -1;
  }
}
