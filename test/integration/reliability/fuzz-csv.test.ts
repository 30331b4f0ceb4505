/**
 * Fuzzing the text readers every import shares: the CSV reader, money and posting dates. They
 * refuse with their own error types (CsvFormatError with a line, MoneyFormatError) or a reading
 * with a reason, never anything else, and a file read in chunks reads as it does whole.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvFormatError, CsvReader, parseCsv, type CsvRecord } from '../../../src/core/csv';
import { parseLedgerDate } from '../../../src/core/fiscal/import/dates';
import { isIsoDate } from '../../../src/core/isoDate';
import { formatMoney, MoneyFormatError, parseMoney } from '../../../src/core/money';
import { cellText, HOSTILE_TEXTS } from '../../support/fuzzFiles';
import { FuzzTally } from '../../support/fuzzDb';
import { FUZZ_SEED, sized } from '../../support/soak';

const tally = new FuzzTally('csv-money-dates');
const RUNS = sized(1000, 10_000);
afterAll(() => tally.report());

type Reading = { records: CsvRecord[] } | { line: number };

/** The records, or the line a CsvFormatError names; any other throw fails the case. */
function read(chunks: readonly string[]): Reading {
  const reader = new CsvReader();
  try {
    const records = chunks.flatMap((chunk) => reader.push(chunk));
    return { records: [...records, ...reader.end()] };
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    expect(error.line).toBeGreaterThanOrEqual(1);
    return { line: error.line };
  }
}

/** Cuts text at these points (wrapped into range). */
function split(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const at of points) {
    chunks.push(text.slice(from, at));
    from = at;
  }
  chunks.push(text.slice(from));
  return chunks;
}

const csvLike = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom('a', '"', ',', '\r', '\n', '\r\n', ' ', '""', '\uFEFF', 'é', '\0'), {
      maxLength: 60,
    })
    .map((parts) => parts.join('')),
);

describe('the CSV reader', () => {
  it('reads any text chunk by chunk as it reads it whole, or refuses it with a line', () =>
    tally.run(() =>
      fc.assert(
        fc.property(csvLike, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
          tally.cases++;
          const whole = read([text]);
          const chunked = read(split(text, cuts));
          // A NUL is refused as soon as its chunk arrives, so a chunk may meet it before or
          // after a quoting error further on: both are refusals, at different lines.
          if (text.includes('\0')) expect('line' in chunked && 'line' in whole).toBe(true);
          else expect(chunked).toEqual(whole);
          if ('records' in whole) {
            whole.records.forEach((record, i) => expect(record.row).toBe(i + 1));
          }
        }),
        { seed: FUZZ_SEED, numRuns: RUNS },
      ),
    ));

  it('gives back every table it is given, written the way Excel quotes', () =>
    tally.run(() =>
      fc.assert(
        fc.property(
          fc.array(
            fc.array(
              cellText().map((t) => t.replace(/\0/g, '')),
              { minLength: 1, maxLength: 5 },
            ),
            {
              minLength: 1,
              maxLength: 6,
            },
          ),
          fc.constantFrom('\r\n', '\n'),
          (table, lineEnd) => {
            tally.cases++;
            const text = table
              .map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
              .join(lineEnd);
            expect(parseCsv(text).map((r) => r.fields)).toEqual(table);
          },
        ),
        { seed: FUZZ_SEED, numRuns: RUNS },
      ),
    ));
});

describe('money', () => {
  it('reads any text as whole cents or refuses it as money, never otherwise', () =>
    tally.run(() =>
      fc.assert(
        fc.property(
          fc.oneof(cellText(), fc.stringMatching(/^\(?[-+]?\$?[0-9,]{0,25}(\.[0-9]{0,4})?\)?$/)),
          (text) => {
            tally.cases++;
            try {
              const cents = parseMoney(text);
              expect(Number.isSafeInteger(cents)).toBe(true);
              expect(Object.is(cents, -0)).toBe(false);
              // Three decimals are never whole cents.
              expect(text).not.toMatch(/\.\d{3}/);
            } catch (error) {
              expect(error).toBeInstanceOf(MoneyFormatError);
            }
          },
        ),
        { seed: FUZZ_SEED, numRuns: RUNS },
      ),
    ));

  it('reads back every amount it formats', () =>
    tally.run(() =>
      fc.assert(
        fc.property(fc.maxSafeInteger(), (cents) => {
          tally.cases++;
          expect(parseMoney(formatMoney(cents))).toBe(cents === 0 ? 0 : cents);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS },
      ),
    ));
});

describe('posting dates', () => {
  it('read any text or number as a real calendar date or as a reason, never a throw', () =>
    tally.run(() =>
      fc.assert(
        fc.property(
          fc.oneof(
            cellText(),
            fc.constantFrom(...HOSTILE_TEXTS),
            fc.stringMatching(/^\d{1,5}[-/]\d{1,3}[-/]\d{1,5}$/),
            fc.double(),
            fc.integer({ min: -10, max: 3_000_000 }),
          ),
          (value) => {
            tally.cases++;
            const reading = parseLedgerDate(value);
            if (reading.ok) expect(isIsoDate(reading.date)).toBe(true);
            else expect(reading.reason.length).toBeGreaterThan(0);
          },
        ),
        { seed: FUZZ_SEED, numRuns: RUNS },
      ),
    ));
});
