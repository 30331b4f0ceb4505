import { describe, expect, it } from 'vitest';
import { daysInMonth, localIsoDate, parseIsoDate } from '../../../src/core/isoDate';

describe('localIsoDate', () => {
  it('gives the local calendar date, late evening and leap day included', () => {
    expect(localIsoDate(new Date(2028, 1, 29, 23, 59))).toBe('2028-02-29');
    expect(localIsoDate(new Date(2026, 6, 1, 0, 0))).toBe('2026-07-01');
  });
});

describe('daysInMonth and parseIsoDate', () => {
  it('know leap years by the Gregorian rule (every 4th, not every 100th, yes every 400th)', () => {
    expect([2024, 2025, 1900, 2000, 2100].map((y) => daysInMonth(y, 2))).toEqual([
      29, 28, 28, 29, 28,
    ]);
    expect([1, 4, 6, 7, 8, 9, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 30, 30, 31, 31, 30, 30, 31,
    ]);
  });

  it('refuse a day the month does not have, and a month that does not exist', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseIsoDate('2026-02-29')).toThrow(/day 29 does not exist/);
    expect(() => parseIsoDate('2026-04-31')).toThrow(/day 31 does not exist/);
    expect(() => parseIsoDate('2026-13-01')).toThrow(/month 13 does not exist/);
  });
});
