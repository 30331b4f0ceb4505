import { describe, expect, it } from 'vitest';
import { CsvFormatError, CsvReader, MAX_CSV_RECORD_CHARS, parseCsv } from '../../../src/core/csv';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

/** Feeds the text in pieces cut at the given positions. */
function readInPieces(text: string, cuts: number[]) {
  const reader = new CsvReader();
  const records = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    records.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  records.push(...reader.end());
  return records;
}

describe('parseCsv', () => {
  it('reads plain fields and numbers rows from the header (row 1)', () => {
    expect(parseCsv('Date,Amount\n7/1/2026,12.50\n7/2/2026,3\n')).toEqual([
      { row: 1, line: 1, fields: ['Date', 'Amount'] },
      { row: 2, line: 2, fields: ['7/1/2026', '12.50'] },
      { row: 3, line: 3, fields: ['7/2/2026', '3'] },
    ]);
  });

  it('reads quoted fields holding commas and doubled quotes', () => {
    expect(fieldsOf('"Smith, Jones & Co","a ""quoted"" word",""\n')).toEqual([
      ['Smith, Jones & Co', 'a "quoted" word', ''],
    ]);
  });

  it.each([
    ['LF', 'a,b\nc,d\n'],
    ['CRLF', 'a,b\r\nc,d\r\n'],
    ['CR', 'a,b\rc,d\r'],
    ['mixed', 'a,b\r\nc,d\r'],
    ['no final line end', 'a,b\nc,d'],
  ])('ends lines written with %s', (_name, text) => {
    expect(fieldsOf(text)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps line ends inside quotes, counting rows as a spreadsheet does and lines as an editor does', () => {
    const records = parseCsv('h1,h2\n"two\nlines",x\r\n"three\r\nlines\rhere",y\nlast,z');
    expect(records.map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 7],
    ]);
    expect(records[1]?.fields).toEqual(['two\nlines', 'x']);
    expect(records[2]?.fields).toEqual(['three\r\nlines\rhere', 'y']);
  });

  it('drops a UTF-8 byte order mark at the start only', () => {
    expect(fieldsOf('\uFEFFDate,Amount\n')).toEqual([['Date', 'Amount']]);
    expect(fieldsOf('a\n\uFEFFb\n')).toEqual([['a'], ['\uFEFFb']]);
  });

  it('drops the byte order mark when it arrives in a chunk of its own', () => {
    const reader = new CsvReader();
    expect(reader.push('')).toEqual([]);
    expect(reader.push('\uFEFF')).toEqual([]);
    expect(reader.push('Date\n').map((record) => record.fields)).toEqual([['Date']]);
  });

  it('reads empty fields, a trailing comma and a blank line', () => {
    expect(fieldsOf(',a,,\n\nb')).toEqual([['', 'a', '', ''], [''], ['b']]);
  });

  it('reads nothing from an empty file and no extra record after the last line end', () => {
    expect(parseCsv('')).toEqual([]);
    expect(fieldsOf('a\n')).toEqual([['a']]);
  });

  it('keeps spaces around unquoted values, for the reader of the values to trim', () => {
    expect(fieldsOf('  Posting Date , Amount \n')).toEqual([['  Posting Date ', ' Amount ']]);
  });

  it('tolerates spaces after a closing quote', () => {
    expect(fieldsOf('"Amount"  ,"Fund" \n1,2')).toEqual([
      ['Amount', 'Fund'],
      ['1', '2'],
    ]);
  });

  it('takes a quote inside an unquoted value literally', () => {
    expect(fieldsOf('5" pipe,x\n')).toEqual([['5" pipe', 'x']]);
  });

  it('refuses a quote that never closes, naming the line it opened on', () => {
    const text = 'a,b\nc,d\ne,"open\nstill open\n';
    expect(() => parseCsv(text)).toThrow(CsvFormatError);
    expect(() => parseCsv(text)).toThrow('The quoted value that starts on line 3 is never closed');
    try {
      parseCsv(text);
    } catch (error) {
      expect((error as CsvFormatError).line).toBe(3);
    }
  });

  it('names the line of an unclosed quote after a multi-line quoted value', () => {
    expect(() => parseCsv('"x\ny",1\n"z')).toThrow('starts on line 3');
  });

  it('refuses text between a closing quote and the next comma', () => {
    expect(() => parseCsv('a\n"abc"def,1\n')).toThrow(
      'On line 2 a quoted value is followed by more text',
    );
  });

  it('refuses a NUL character, naming its line', () => {
    expect(() => parseCsv('a,b\nc,d\r\ne\0,f\n')).toThrow(/^Line 3 holds a NUL character/);
  });

  it('names the right line for a NUL in a later chunk', () => {
    const reader = new CsvReader();
    reader.push('a\nb\n"multi\nline');
    expect(() => reader.push('"\nc\n\0')).toThrow('Line 6 holds a NUL character');
  });

  it('stops at a record that grows past the limit instead of holding the rest of the file', () => {
    const reader = new CsvReader();
    reader.push('ok\n"');
    expect(() => reader.push('x'.repeat(MAX_CSV_RECORD_CHARS + 1))).toThrow(
      /record that starts on line 2 is longer than 1,000,000 characters/,
    );
  });

  it('refuses more text after end()', () => {
    const reader = new CsvReader();
    reader.end();
    expect(() => reader.push('a')).toThrow();
    expect(reader.end()).toEqual([]);
  });
});

describe('CsvReader fed in chunks', () => {
  const sample =
    '\uFEFFDate,"Vendor, Inc.",Amount\r\n' +
    '7/1/2026,"say ""hi""",12.50\r\n' +
    '"multi\r\nline",,\n' +
    '7/3/2026,plain,"(1,234.56)"\r' +
    'last,"q",x';

  it('gives the same records wherever the chunks are cut', () => {
    const whole = parseCsv(sample);
    expect(whole).toHaveLength(5);
    for (let cut = 0; cut <= sample.length; cut++) {
      expect(readInPieces(sample, [cut])).toEqual(whole);
    }
  });

  it('gives the same records when fed one character at a time', () => {
    const cuts = Array.from({ length: sample.length }, (_, i) => i);
    expect(readInPieces(sample, cuts)).toEqual(parseCsv(sample));
  });

  it('returns a record as soon as its line end is unambiguous', () => {
    const reader = new CsvReader();
    expect(reader.push('a,b\r')).toEqual([]); // could still be CRLF
    expect(reader.push('\nc').map((r) => r.fields)).toEqual([['a', 'b']]);
    expect(reader.end().map((r) => r.fields)).toEqual([['c']]);
  });

  it('waits on a quote at a chunk end, which may be the first of a doubled pair', () => {
    const reader = new CsvReader();
    expect(reader.push('"a"')).toEqual([]);
    expect(reader.push('"b",c\n').map((r) => r.fields)).toEqual([['a"b', 'c']]);
  });
});
