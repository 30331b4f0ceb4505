/**
 * How fast a budget line is being spent in an SFY and where a straight line from July 1 through
 * today lands on June 30. Works for a stream, a stream × category line, or any total the caller
 * sums: it takes the budget and the spending to date, not the ledger.
 */
import { sfyEnd, sfyLabel, sfyStart } from '../fiscalCalendar';
import { toIsoDate, type IsoDate } from '../isoDate';
import { assertCents, sumCents, type Cents } from '../money';
import { addDays, daysInclusive } from '../calendarDays';
import type { Expense } from './types';
import { divideCeiling, divideRounded } from './wholeCents';

/** Below this share of the budget, the projection warns that money will be left unspent. */
export const UNSPENT_WARNING_SHARE = 0.9;

export type BurnStatus = 'runs-out' | 'on-track' | 'unspent';

/** The part of an SFY that a burn rate looks at. */
export interface BurnWindow {
  readonly sfyStartYear: number;
  /** July 1. */
  readonly start: IsoDate;
  /** The as-of date, or June 30 when the SFY is over. */
  readonly through: IsoDate;
  /** June 30. */
  readonly end: IsoDate;
  /** July 1 through `through`, both counted. */
  readonly daysElapsed: number;
  /** 365, or 366 when the SFY holds a February 29. */
  readonly daysInYear: number;
}

export interface BurnRateInput {
  readonly sfyStartYear: number;
  readonly budgetCents: Cents;
  /** Spending dated from July 1 through the window's `through` date (spentToDate sums it). */
  readonly spentToDateCents: Cents;
  readonly asOf: string;
}

export interface BurnRate extends BurnWindow {
  readonly budgetCents: Cents;
  readonly spentToDateCents: Cents;
  /** Cents per day, not rounded: a rate, not an amount of money. 0 until there is net spending. */
  readonly burnPerDayCents: number;
  /** Straight-line spending by June 30, rounded to whole cents (half away from zero). */
  readonly projectedCents: Cents;
  readonly status: BurnStatus;
  /** 'runs-out' only: the first date on which straight-line cumulative spending reaches the budget. */
  readonly runOutDate: IsoDate | null;
}

/**
 * The window of an SFY as of a date. A date before July 1 is an error (the SFY has not begun);
 * a date after June 30 means the whole year.
 */
export function burnWindow(sfyStartYear: number, asOf: string): BurnWindow {
  const sfy = { startYear: sfyStartYear };
  const start = sfyStart(sfy);
  const end = sfyEnd(sfy);
  const date = toIsoDate(asOf);
  // ISO dates compare correctly as text.
  if (date < start) {
    throw new RangeError(`${asOf} is before ${sfyLabel(sfy)} starts.`);
  }
  const through = date > end ? end : date;
  return {
    sfyStartYear,
    start,
    through,
    end,
    daysElapsed: daysInclusive(start, through),
    daysInYear: daysInclusive(start, end),
  };
}

/** Sums the expenses dated inside the window (July 1 through `through`). */
export function spentToDate(
  expenses: readonly Pick<Expense, 'date' | 'amountCents'>[],
  window: BurnWindow,
): Cents {
  return sumCents(
    expenses
      .filter((expense) => {
        const date = toIsoDate(expense.date);
        return date >= window.start && date <= window.through;
      })
      .map((expense) => expense.amountCents),
  );
}

/**
 * Straight line: spending so far ÷ days elapsed, times the days of the SFY. Until there is net
 * spending (nothing, or refunds only) the rate is 0 and the projection is what was spent, since
 * extrapolating refunds would project negative spending.
 */
export function burnRate(input: BurnRateInput): BurnRate {
  const { budgetCents, spentToDateCents } = input;
  assertCents(budgetCents);
  assertCents(spentToDateCents);
  if (budgetCents < 0) throw new RangeError(`A budget cannot be negative (${budgetCents} cents).`);
  const window = burnWindow(input.sfyStartYear, input.asOf);
  const spending = spentToDateCents > 0;
  const burnPerDayCents = spending ? spentToDateCents / window.daysElapsed : 0;
  const projectedCents = spending
    ? divideRounded(spentToDateCents * window.daysInYear, window.daysElapsed)
    : spentToDateCents;
  // Status follows the rounded projection, the figure people see.
  const status: BurnStatus =
    projectedCents > budgetCents
      ? 'runs-out'
      : budgetCents > 0 && projectedCents < budgetCents * UNSPENT_WARNING_SHARE
        ? 'unspent'
        : 'on-track';
  return {
    ...window,
    budgetCents,
    spentToDateCents,
    burnPerDayCents,
    projectedCents,
    status,
    runOutDate: status === 'runs-out' ? runOutDate(window, budgetCents, spentToDateCents) : null,
  };
}

/**
 * Day n (July 1 is day 1) is the first with n × rate ≥ budget, i.e. n = ⌈budget × days ÷ spent⌉,
 * computed in integers. At least day 1: a budget of 0 is reached by the first day's spending. The
 * date can lie before asOf when the line is already overspent.
 */
function runOutDate(window: BurnWindow, budgetCents: Cents, spentCents: Cents): IsoDate {
  const day = Math.max(1, divideCeiling(budgetCents * window.daysElapsed, spentCents));
  return addDays(window.start, day - 1);
}
