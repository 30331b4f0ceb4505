import { describe, expect, it } from 'vitest';
import { formatMoney, MoneyFormatError, parseMoney, sumCents } from '../../../src/core/money';

describe('parseMoney', () => {
  it.each([
    ['$1,234.56', 123456],
    ['1234.5', 123450],
    ['1234', 123400],
    ['0.07', 7],
    ['.5', 50],
    ['  $ 12.30 ', 1230],
    ['-12', -1200],
    ['-$1,000.00', -100000],
    ['(1,234.56)', -123456],
    ['($0.99)', -99],
    ['1,000,000', 100000000],
    ['-0', 0],
  ] as const)('reads %j as %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each([
    ['12.345', /at most two decimals/],
    ['abc', /use digits/],
    ['', /it is empty/],
    ['$', /use digits/],
    ['1,23.00', /use digits/],
    ['12,3456', /use digits/],
    ['-(5.00)', /use digits|both a sign and parentheses/],
    ['1e5', /use digits/],
    ['99999999999999999', /too large/],
  ])('refuses %j with a clear reason', (text, reason) => {
    expect(() => parseMoney(text)).toThrow(MoneyFormatError);
    expect(() => parseMoney(text)).toThrow(reason);
  });

  it('quotes the input in its message', () => {
    expect(() => parseMoney('12.345')).toThrow('"12.345" is not an amount of money');
  });
});

describe('formatMoney', () => {
  it.each([
    [123456, '$1,234.56'],
    [7, '$0.07'],
    [0, '$0.00'],
    [-123456, '-$1,234.56'],
    [100000000, '$1,000,000.00'],
    [99, '$0.99'],
  ])('shows %i cents as %s', (cents, text) => {
    expect(formatMoney(cents)).toBe(text);
  });

  it('refuses fractions of a cent', () => {
    expect(() => formatMoney(12.5)).toThrow(/not a whole number of cents/);
  });

  it('round-trips what it formats', () => {
    for (const cents of [0, 1, 99, 100, 123456, -5, -100000]) {
      expect(parseMoney(formatMoney(cents))).toBe(cents);
    }
  });
});

describe('sumCents', () => {
  it('adds whole cents and refuses anything else', () => {
    expect(sumCents([123456, -56, 100])).toBe(123500);
    expect(() => sumCents([1, 0.5])).toThrow(/not a whole number of cents/);
  });
});
