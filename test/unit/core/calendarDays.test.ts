import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive } from '../../../src/core/calendarDays';

describe('calendar days', () => {
  it('counts both ends', () => {
    expect(daysInclusive('2026-07-01', '2026-07-01')).toBe(1);
    // 31 days of July
    expect(daysInclusive('2026-07-01', '2026-07-31')).toBe(31);
    // Across the spring daylight-saving change (March 8, 2026): still 2 days.
    expect(daysInclusive('2026-03-08', '2026-03-09')).toBe(2);
  });

  it('steps over month, year and leap-day boundaries', () => {
    expect(addDays('2026-07-31', 1)).toBe('2026-08-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    // 299 days after July 1, 2026 is day 300: April 26, 2027.
    expect(addDays('2026-07-01', 299)).toBe('2027-04-26');
  });
});
