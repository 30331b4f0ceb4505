import { describe, expect, it } from 'vitest';
import { parseLedgerDate } from '../../../../src/core/fiscal/import/dates';

describe('parseLedgerDate', () => {
  it.each([
    ['2026-07-01', '2026-07-01'],
    ['2026-7-1', '2026-07-01'],
    ['7/1/2026', '2026-07-01'],
    ['07/01/2026', '2026-07-01'],
    ['7/1/26', '2026-07-01'],
    ['12/31/99', '2099-12-31'],
    ['06/30/2027', '2027-06-30'],
    ['2/29/2028', '2028-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['  7/1/2026 ', '2026-07-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseLedgerDate(text)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['', 'the date is missing'],
    ['   ', 'the date is missing'],
    ['2/30/2026', 'February 2026 has 28 days, not 30 (dates are month/day/year)'],
    ['2/29/2027', 'February 2027 has 28 days, not 29 (dates are month/day/year)'],
    ['1900-02-29', 'February 1900 has 28 days, not 29'],
    ['4/31/2026', 'April 2026 has 30 days, not 31 (dates are month/day/year)'],
    ['13/1/2026', 'month 13 does not exist (dates are month/day/year)'],
    ['31/12/2026', 'month 31 does not exist (dates are month/day/year)'],
    ['0/1/2026', 'month 0 does not exist (dates are month/day/year)'],
    ['7/0/2026', 'day 0 does not exist (dates are month/day/year)'],
    ['2026-13-01', 'month 13 does not exist'],
    ['2026-06-31', 'June 2026 has 30 days, not 31'],
    ['1899-12-31', 'the year 1899 is before 1900; check the date'],
    ['7/1/026', 'write dates as 2026-07-01 or 7/1/2026 (month/day/year)'],
    ['7-1-2026', 'write dates as 2026-07-01 or 7/1/2026 (month/day/year)'],
    ['2026/07/01', 'write dates as 2026-07-01 or 7/1/2026 (month/day/year)'],
    ['Jul 1, 2026', 'write dates as 2026-07-01 or 7/1/2026 (month/day/year)'],
    ['01-Jul-2026', 'write dates as 2026-07-01 or 7/1/2026 (month/day/year)'],
    ['20260701', expect.stringContaining('looks like an Excel date number')],
    ['45474', expect.stringContaining('looks like an Excel date number')],
    ['7/1/2026 12:00:00 AM', 'write the date alone, without a time of day'],
    ['2026-07-01T00:00:00', 'write the date alone, without a time of day'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseLedgerDate(text)).toEqual({ ok: false, reason });
  });

  describe('Excel date serials (XLSX cells)', () => {
    it.each([
      [1, '1900-01-01'],
      [59, '1900-02-28'],
      [61, '1900-03-01'],
      [45474, '2024-07-01'],
      [45474.75, '2024-07-01'],
      [46204, '2026-07-01'],
      [2958465, '9999-12-31'],
    ])('reads %d as %s', (serial, iso) => {
      expect(parseLedgerDate(serial)).toEqual({ ok: true, date: iso });
    });

    it.each([
      [60, 'Excel date number 60 stands for 1900-02-29, a day that did not exist'],
      [0, 'Excel date numbers start at 1 (1900-01-01), not 0'],
      [-5, 'Excel date numbers start at 1 (1900-01-01), not -5'],
      [2958466, 'Excel date number 2958466 is after 9999-12-31'],
      [Number.NaN, 'this is not a date'],
      [Number.POSITIVE_INFINITY, 'this is not a date'],
    ])('refuses %d: %s', (serial, reason) => {
      expect(parseLedgerDate(serial)).toEqual({ ok: false, reason });
    });
  });
});
