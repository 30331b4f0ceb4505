/**
 * Counting and stepping calendar days between ISO dates (straight-line projections, follow-up
 * windows). UTC day numbers, so a daylight-saving change never makes a day 23 or 25 hours long.
 */
import { parseIsoDate, type IsoDate } from './isoDate';

const MS_PER_DAY = 86_400_000;

/** Days from start to end, both counted: the same date is 1. */
export function daysInclusive(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

export function addDays(date: string, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}
