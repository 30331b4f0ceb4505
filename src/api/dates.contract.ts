import { z } from 'zod';
import { isIsoDate } from '../core/isoDate';

/** A calendar day as the API takes it: YYYY-MM-DD, a real date. */
export const IsoDay = z
  .string()
  .refine(isIsoDate, 'Write the date as YYYY-MM-DD, e.g. 2026-07-01.');

/** A day that may be left out (null). */
export const IsoDayOrNull = IsoDay.nullable().default(null);
