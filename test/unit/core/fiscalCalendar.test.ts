import { describe, expect, it } from 'vitest';
import {
  federalFiscalYearOf,
  ffyLabel,
  fiscalPeriodLabel,
  fiscalPeriodOf,
  fiscalQuarterOf,
  parseSfyLabel,
  quarterRange,
  sfyEnd,
  sfyLabel,
  sfyStart,
  stateFiscalYearOf,
} from '../../../src/core/fiscalCalendar';

describe('state fiscal year (July 1 – June 30)', () => {
  it('puts June 30 in the year that started the July before, and July 1 in the next', () => {
    expect(stateFiscalYearOf('2027-06-30')).toEqual({ startYear: 2026 });
    expect(stateFiscalYearOf('2027-07-01')).toEqual({ startYear: 2027 });
    expect(stateFiscalYearOf('2026-12-31')).toEqual({ startYear: 2026 });
    expect(stateFiscalYearOf('2027-01-01')).toEqual({ startYear: 2026 });
  });

  it('starts on July 1 and ends on June 30 of the next calendar year', () => {
    expect(sfyStart({ startYear: 2026 })).toBe('2026-07-01');
    expect(sfyEnd({ startYear: 2026 })).toBe('2027-06-30');
  });

  it('is labelled by both years, across a century', () => {
    expect(sfyLabel({ startYear: 2026 })).toBe('SFY 2026-27');
    expect(sfyLabel({ startYear: 2099 })).toBe('SFY 2099-00');
    expect(sfyLabel({ startYear: 2009 })).toBe('SFY 2009-10');
  });

  it('parses its own labels and refuses years that do not follow', () => {
    expect(parseSfyLabel('SFY 2026-27')).toEqual({ startYear: 2026 });
    expect(parseSfyLabel('2099-00')).toEqual({ startYear: 2099 });
    expect(() => parseSfyLabel('SFY 2026-28')).toThrow(/second year must follow the first/);
    expect(() => parseSfyLabel('2026')).toThrow(/not a state fiscal year/);
  });
});

describe('quarters (Q1 Jul–Sep, Q2 Oct–Dec, Q3 Jan–Mar, Q4 Apr–Jun)', () => {
  it.each([
    ['2026-07-01', 1],
    ['2026-09-30', 1],
    ['2026-10-01', 2],
    ['2026-12-31', 2],
    ['2027-01-01', 3],
    ['2027-03-31', 3],
    ['2027-04-01', 4],
    ['2027-06-30', 4],
  ] as const)('%s is in Q%i', (date, quarter) => {
    expect(fiscalQuarterOf(date)).toBe(quarter);
  });

  it('labels a period like "SFY 2026-27 Q3"', () => {
    expect(fiscalPeriodLabel(fiscalPeriodOf('2027-02-14'))).toBe('SFY 2026-27 Q3');
    expect(fiscalPeriodLabel(fiscalPeriodOf('2026-07-01'))).toBe('SFY 2026-27 Q1');
  });

  it('gives each quarter its first and last day, leap years included', () => {
    expect(quarterRange({ sfy: { startYear: 2026 }, quarter: 1 })).toEqual({
      start: '2026-07-01',
      end: '2026-09-30',
    });
    expect(quarterRange({ sfy: { startYear: 2026 }, quarter: 2 })).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(quarterRange({ sfy: { startYear: 2027 }, quarter: 3 })).toEqual({
      start: '2028-01-01',
      end: '2028-03-31',
    });
    expect(quarterRange({ sfy: { startYear: 2027 }, quarter: 4 })).toEqual({
      start: '2028-04-01',
      end: '2028-06-30',
    });
  });
});

describe('federal fiscal year (Oct 1 – Sep 30, named by its end year)', () => {
  it('turns over between September 30 and October 1', () => {
    expect(federalFiscalYearOf('2026-09-30')).toBe(2026);
    expect(federalFiscalYearOf('2026-10-01')).toBe(2027);
    expect(ffyLabel(federalFiscalYearOf('2026-10-01'))).toBe('FFY 2027');
  });
});

describe('dates the calendar refuses', () => {
  it('accepts leap day only in leap years', () => {
    expect(fiscalPeriodOf('2028-02-29')).toEqual({ sfy: { startYear: 2027 }, quarter: 3 });
    expect(() => stateFiscalYearOf('2027-02-29')).toThrow(/day 29 does not exist/);
    expect(() => stateFiscalYearOf('2100-02-29')).toThrow(/day 29 does not exist/);
  });

  it('names what is wrong with a malformed date', () => {
    expect(() => stateFiscalYearOf('07/01/2026')).toThrow(/write it as YYYY-MM-DD/);
    expect(() => stateFiscalYearOf('2026-13-01')).toThrow(/month 13 does not exist/);
  });
});
