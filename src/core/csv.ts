/**
 * An RFC 4180 reader for county system exports (finance ledgers, caseload extracts), fed in
 * chunks so a million-row file never has to sit in memory as one string. Comma only: county
 * exports are comma-separated, and guessing a delimiter from a sample misreads files whose
 * descriptions hold semicolons or tabs.
 *
 * Speed: a field is found with indexOf and cut with slice, never built a character at a time
 * (string concatenation per character is what makes naive readers take minutes on a big export).
 */

/** One record: `row` is its spreadsheet row (header = 1), `line` the text line it starts on. */
export interface CsvRecord {
  readonly row: number;
  readonly line: number;
  readonly fields: string[];
}

export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

/** A record this long is a quote that never closed, not a row: stop before memory runs out. */
export const MAX_CSV_RECORD_CHARS = 1_000_000;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** Where no further such character exists. */
const NONE = Number.MAX_SAFE_INTEGER;

export class CsvReader {
  /** The text after the last complete record: at most one partial record. */
  private pending = '';
  private started = false;
  private ended = false;
  private row = 0;
  private line = 1;

  /** Records completed by this chunk; a record cut by the chunk's end waits for the next one. */
  push(chunk: string): CsvRecord[] {
    if (this.ended) throw new Error('CsvReader.push after end()');
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) this.refuseNul(this.pending.length + nul, this.pending + text);
    this.pending += text;
    return this.drain(false);
  }

  /** The last record, which may lack a final line end. */
  end(): CsvRecord[] {
    if (this.ended) return [];
    this.ended = true;
    return this.drain(true);
  }

  private refuseNul(at: number, text: string): never {
    const line = this.line + countLineBreaks(text, 0, at);
    throw new CsvFormatError(
      line,
      `Line ${line} holds a NUL character, which a CSV text file never does: the file is binary ` +
        `or saved as UTF-16. Save it from the finance system or Excel as "CSV UTF-8".`,
    );
  }

  private drain(final: boolean): CsvRecord[] {
    const text = this.pending;
    const n = text.length;
    const records: CsvRecord[] = [];
    // Next comma / LF / CR at or after the cursor, looked up again only once the cursor passes it.
    let nextComma = -1;
    let nextLf = -1;
    let nextCr = -1;
    let pos = 0;

    records: while (pos < n) {
      const startLine = this.line;
      let breaksInside = 0;
      const fields: string[] = [];
      let p = pos;
      for (;;) {
        let field: string;
        let end: number;
        if (text.charCodeAt(p) === QUOTE) {
          // Quoted field: runs to a quote not followed by another; "" inside stands for one quote.
          let from = p + 1;
          let segment = from;
          field = '';
          for (;;) {
            const q = text.indexOf('"', from);
            if (q === -1) {
              if (!final) break records;
              throw new CsvFormatError(
                startLine + breaksInside,
                `The quoted value that starts on line ${startLine + breaksInside} is never closed: ` +
                  'a quote mark (") is missing, so the rest of the file would be read as one value.',
              );
            }
            if (q + 1 === n && !final) break records; // "" may be split across chunks
            if (text.charCodeAt(q + 1) === QUOTE) {
              field += text.slice(segment, q + 1);
              from = q + 2;
              segment = from;
              continue;
            }
            field += text.slice(segment, q);
            end = q + 1;
            break;
          }
          breaksInside += countLineBreaks(field, 0, field.length);
          // Spaces after the closing quote are tolerated; anything else means a stray quote.
          let c = text.charCodeAt(end);
          while (c === SPACE || c === TAB) c = text.charCodeAt(++end);
          if (end === n && !final) break records;
          if (end < n && c !== COMMA && c !== LF && c !== CR) {
            const line = startLine + breaksInside;
            throw new CsvFormatError(
              line,
              `On line ${line} a quoted value is followed by more text before the next comma: ` +
                'quote marks inside a quoted value must be doubled ("").',
            );
          }
        } else {
          if (nextComma < p) nextComma = indexOrNone(text, ',', p);
          if (nextLf < p) nextLf = indexOrNone(text, '\n', p);
          if (nextCr < p) nextCr = indexOrNone(text, '\r', p);
          end = Math.min(nextComma, nextLf, nextCr, n);
          if (end === n && !final) break records;
          field = text.slice(p, end);
        }
        fields.push(field);
        if (end === n) {
          p = n;
          break;
        }
        const delimiter = text.charCodeAt(end);
        if (delimiter === COMMA) {
          p = end + 1;
          if (p === n) {
            if (!final) break records;
            fields.push(''); // "a,b," ends in an empty field
            break;
          }
          continue;
        }
        if (delimiter === CR) {
          if (end + 1 === n && !final) break records; // may be the first half of CRLF
          p = text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
        } else {
          p = end + 1;
        }
        break;
      }
      this.row += 1;
      records.push({ row: this.row, line: startLine, fields });
      this.line = startLine + breaksInside + 1;
      pos = p;
    }

    this.pending = pos === 0 ? text : text.slice(pos);
    if (this.pending.length > MAX_CSV_RECORD_CHARS) {
      throw new CsvFormatError(
        this.line,
        `The record that starts on line ${this.line} is longer than ` +
          `${MAX_CSV_RECORD_CHARS.toLocaleString('en-US')} characters: a quote mark (") is ` +
          'probably missing, so the rest of the file is being read as one value.',
      );
    }
    return records;
  }
}

/** Reads a whole text at once: the same reader, one chunk. */
export function parseCsv(text: string): CsvRecord[] {
  const reader = new CsvReader();
  const records = reader.push(text);
  for (const record of reader.end()) records.push(record);
  return records;
}

function indexOrNone(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? NONE : at;
}

/** CRLF, LF and a lone CR each end one line. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  let at = from;
  for (;;) {
    const lf = text.indexOf('\n', at);
    const cr = text.indexOf('\r', at);
    const next = Math.min(lf === -1 ? NONE : lf, cr === -1 ? NONE : cr);
    if (next >= to) return count;
    count += 1;
    at = next === cr && text.charCodeAt(cr + 1) === LF ? cr + 2 : next + 1;
  }
}
