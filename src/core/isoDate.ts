/** Dates in the Workbench are ISO calendar dates ("2026-07-01"), never Date objects in storage. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new RangeError(`"${value}" is not a date; write it as YYYY-MM-DD.`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) {
    throw new RangeError(`"${value}" is not a date: month ${month} does not exist.`);
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${value}" is not a date: day ${day} does not exist in that month.`);
  }
  return { year, month, day };
}

export function isIsoDate(value: string): value is IsoDate {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function toIsoDate(value: string): IsoDate {
  parseIsoDate(value);
  return value as IsoDate;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
}

/** The calendar date of a moment in the local time zone ("today" as the person at the desk sees it). */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` as IsoDate;
}
