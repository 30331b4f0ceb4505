import { describe, expect, it } from 'vitest';
import { cellPlace, readCell, refusalWords } from '../../../src/files/workbookCell';

describe('which workbook cell values are read', () => {
  it.each([
    ['nothing', null, null],
    ['an absent value', undefined, null],
    ['text', 'Peña & Sons', 'Peña & Sons'],
    ['a number', -12.5, -12.5],
    ['a boolean', false, false],
    ['a date', new Date(Date.UTC(2026, 6, 1)), new Date(Date.UTC(2026, 6, 1))],
    [
      'rich text, its runs joined',
      { richText: [{ text: 'Peña ' }, { text: '& Sons' }] },
      'Peña & Sons',
    ],
    ['a hyperlink, as its text', { text: 'Peña', hyperlink: 'https://example.org' }, 'Peña'],
    [
      'a hyperlink whose text is rich',
      { text: { richText: [{ text: 'Pe' }, { text: 'ña' }] }, hyperlink: 'https://example.org' },
      'Peña',
    ],
  ])('reads %s exactly', (_name, value, read) => {
    expect(readCell(value)).toEqual({ value: read });
  });

  it.each([
    ['a formula', { formula: 'A1', result: 2 }, { kind: 'formula' }],
    ['a shared formula', { sharedFormula: 'A1', result: 2 }, { kind: 'formula' }],
    ["one of Excel's error values", { error: '#DIV/0!' }, { kind: 'error', code: '#DIV/0!' }],
    ['an error cell holding any other text', { error: 'Ann Lee' }, { kind: 'unknown' }],
    ['a shared-string index left unresolved', { sharedString: 3 }, { kind: 'missingText' }],
    ['NaN', Number.NaN, { kind: 'unknown' }],
    ['Infinity', Number.POSITIVE_INFINITY, { kind: 'unknown' }],
    ['an invalid date', new Date(Number.NaN), { kind: 'unknown' }],
    [
      'rich text with a run that is not text',
      { richText: [{ text: 'a' }, { text: 5 }] },
      { kind: 'unknown' },
    ],
    [
      'a hyperlink whose text is an object',
      { text: { name: 'x' }, hyperlink: 'h' },
      { kind: 'unknown' },
    ],
    ['any other object', { name: 'Ann Lee' }, { kind: 'unknown' }],
    ['an array', ['Ann Lee'], { kind: 'unknown' }],
    ['a bigint', 5n, { kind: 'unknown' }],
  ])('refuses %s', (_name, value, refused) => {
    expect(readCell(value)).toEqual({ refused });
  });

  it('names the place as Excel does, and never the value', () => {
    expect(cellPlace(7, 3)).toBe('Row 7, column C');
    expect(cellPlace(2, 28)).toBe('Row 2, column AB');
    const refused = readCell({ error: 'Ann Lee' });
    expect('refused' in refused && refusalWords(refused.refused)).toBe(
      'holds a value of a kind the Workbench does not read',
    );
    expect(refusalWords({ kind: 'error', code: '#N/A' })).toBe('holds an error value (#N/A)');
  });
});
