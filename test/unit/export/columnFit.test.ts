import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  fittedWidth,
  lineCount,
  TABLE_COLUMN_WIDTH,
  wrappedRowHeight,
} from '../../../src/export/columnFit';
import { DATE_FORMAT, MONEY_FORMAT } from '../../../src/export/sheets';

describe('a column fitted to what it shows', () => {
  it('measures numbers as their format shows them', () => {
    // "$1,234,567.89" and "-$5.00"
    expect(displayWidth(1234567.89, MONEY_FORMAT)).toBe(13);
    expect(displayWidth(-5, MONEY_FORMAT)).toBe(6);
    // "37.5%", "0.42", "+0.8", "12,345", and General's at most 11 characters
    expect(displayWidth(0.375, '0.0%')).toBe(5);
    expect(displayWidth(0.4213, '0.00')).toBe(4);
    expect(displayWidth(0.8, '+0.0;-0.0;0.0')).toBe(4);
    expect(displayWidth(12345, '#,##0')).toBe(6);
    expect(displayWidth(1 / 3)).toBe(11);
    expect(displayWidth(17)).toBe(2);
  });

  it('measures text by its longest line, dates as "Sep 30, 2026", empties as nothing', () => {
    expect(displayWidth('Housing')).toBe(7);
    expect(displayWidth('first line\nthe second line')).toBe(15);
    expect(displayWidth(new Date('2026-09-30T00:00:00Z'), DATE_FORMAT)).toBe(12);
    expect(displayWidth(null)).toBe(0);
    expect(displayWidth({ richText: [{ text: 'ab' }, { text: 'cd' }] })).toBe(4);
  });

  it('is as wide as its widest value, the heading on at most two lines, within bounds', () => {
    // Values of 13 characters, plus 2 of padding.
    expect(fittedWidth('Budget', 13)).toBe(15);
    // "Target population (families)": 28 characters, on two lines of 14, bold (×1.1 → 16), + 2.
    expect(fittedWidth('Target population (families)', 2)).toBe(18);
    // The longest word holds a line: "Reunification" 13 × 1.1 → 15, + 2.
    expect(fittedWidth('Reunification', 1)).toBe(17);
    expect(fittedWidth(null, 0)).toBe(6);
    expect(fittedWidth('Vendor / description', 200)).toBe(TABLE_COLUMN_WIDTH);
    expect(fittedWidth(null, 200, 60)).toBe(60);
  });
});

describe('a wrapped row’s height', () => {
  it('counts the lines a text breaks into between words', () => {
    expect(lineCount('Other concrete services', 24)).toBe(1);
    // 10 characters a line: "CalWORKs" / "Mental" / "Health /" / "Substance" / "Abuse" / "services"
    expect(lineCount('CalWORKs Mental Health / Substance Abuse services', 10)).toBe(6);
    // A word longer than a line breaks inside it: 25 characters over lines of 10.
    expect(lineCount('abcdefghijklmnopqrstuvwxy', 10)).toBe(3);
    expect(lineCount('one\ntwo', 40)).toBe(2);
    // Bold text is wider: 10 characters bold need 11 units.
    expect(lineCount('abcde abcd', 10, true)).toBe(2);
  });

  it('is given only to a row that needs more than one line, 15 points a line', () => {
    expect(wrappedRowHeight(['Housing', 12.5], [10, 12])).toBeUndefined();
    // 20 a line: "CalWORKs Mental" / "Health / Substance" / "Abuse services"
    expect(
      wrappedRowHeight(['CalWORKs Mental Health / Substance Abuse services', 'x'], [20, 6]),
    ).toBe(45);
  });
});
