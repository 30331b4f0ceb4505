import { z } from 'zod';
import { isIsoDate } from '../core/isoDate';

/**
 * Years a day the Workbench records can fall in. A real date of year 0 or 9999 is still a
 * typo here, and the fiscal calendar's arithmetic (an SFY starting in year -1, periods written
 * as "-1-07-01") fails on such years: refused at the field rather than deep in a report.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** A calendar day as the API takes it: YYYY-MM-DD, a real date, in FIRST_YEAR–LAST_YEAR. */
export const IsoDay = z
  .string()
  .refine(isIsoDate, { message: 'Write the date as YYYY-MM-DD, e.g. 2026-07-01.', abort: true })
  .refine((day) => {
    const year = Number(day.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }, `Dates fall between ${FIRST_YEAR} and ${LAST_YEAR}.`);

/** A day that may be left out (null). */
export const IsoDayOrNull = IsoDay.nullable().default(null);
