import { describe, expect, it } from 'vitest';
import { dayInWords, momentInWords } from '../../../src/core/dateWords';

describe('dates in words', () => {
  it('gives a day as a committee reads it', () => {
    expect(dayInWords('2026-04-14')).toBe('Apr 14, 2026');
    expect(dayInWords('2027-01-01')).toBe('Jan 1, 2027');
    expect(dayInWords('not a day')).toBe('not a day');
  });

  it('gives when a workbook was made in local time, not as a UTC timestamp', () => {
    // 23:04 UTC on Dec 7 is 3:04 PM in California (PST, UTC−8).
    const at = new Date('2026-12-07T23:04:00Z');
    expect(momentInWords(at, 'America/Los_Angeles')).toBe('Dec 7, 2026, 3:04 PM');
    // In summer (PDT, UTC−7), and past midnight UTC: still the evening before.
    expect(momentInWords(new Date('2026-07-01T02:30:00Z'), 'America/Los_Angeles')).toBe(
      'Jun 30, 2026, 7:30 PM',
    );
  });
});
