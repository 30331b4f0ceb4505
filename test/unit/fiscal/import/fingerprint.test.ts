import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/csv';
import {
  fnv1a64,
  LedgerFingerprint,
  ledgerFingerprint,
  ledgerRowKey,
} from '../../../../src/core/fiscal/import/fingerprint';
import { validateLedgerRows, type ParsedLedgerRow } from '../../../../src/core/fiscal/import/rows';
import { REFERENCE } from './fixtures';

const row = (overrides: Partial<ParsedLedgerRow> = {}): ParsedLedgerRow =>
  ({
    row: 2,
    date: '2026-07-15',
    amountCents: 12500,
    streamId: 1,
    categoryId: 10,
    payingProgram: 'calworks',
    leveraged: false,
    savedProgram: null,
    description: 'Bus passes',
    familyReference: null,
    refundReason: '',
    ...overrides,
  }) as ParsedLedgerRow;

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    // UTF-8 bytes: é is c3 a9, 😀 is f0 9f 98 80.
    ['é', '0ac21707b7181e01'],
    ['😀', 'feff073875020288'],
  ])('hashes %j to the published FNV-1a 64 value %s', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });
});

describe('ledgerFingerprint', () => {
  const rows = [row(), row({ row: 3, amountCents: -500, refundReason: 'credit' }), row({ row: 4 })];

  it('names its version, the hash and the row count', () => {
    expect(ledgerFingerprint(rows)).toMatch(/^ledger-v1:[0-9a-f]{16}:3$/);
    expect(ledgerFingerprint([])).toBe('ledger-v1:0000000000000000:0');
  });

  it('is the same for the same rows in another order or with other row numbers', () => {
    const reordered = [rows[2], rows[0], rows[1]].map((r, i) => ({ ...r, row: i + 10 }));
    expect(ledgerFingerprint(reordered as ParsedLedgerRow[])).toBe(ledgerFingerprint(rows));
  });

  it.each([
    ['date', { date: '2026-07-16' }],
    ['amount', { amountCents: 12501 }],
    ['stream', { streamId: 2 }],
    ['category', { categoryId: 11 }],
    ['paying program', { payingProgram: 'cws' }],
    ['leveraged', { leveraged: true, savedProgram: 'cws' }],
    ['description', { description: 'Bus pass' }],
    ['family reference', { familyReference: 'CW-1' }],
    ['refund reason', { refundReason: 'x' }],
  ] as const)('changes when one row’s %s changes', (_name, overrides) => {
    expect(
      ledgerFingerprint([row(overrides as Partial<ParsedLedgerRow>), rows[1] as ParsedLedgerRow]),
    ).not.toBe(ledgerFingerprint([row(), rows[1] as ParsedLedgerRow]));
  });

  it('counts a row listed twice (sums, never cancels)', () => {
    const once = ledgerFingerprint([row()]);
    const twice = ledgerFingerprint([row(), row()]);
    const thrice = ledgerFingerprint([row(), row(), row()]);
    expect(new Set([once, twice, thrice]).size).toBe(3);
    expect(twice.split(':')[1]).not.toBe('0000000000000000');
  });

  it('adds up incrementally as it does all at once', () => {
    const fingerprint = new LedgerFingerprint();
    for (const r of rows) fingerprint.add(r);
    expect(fingerprint.digest()).toBe(ledgerFingerprint(rows));
  });

  it('keys a row by everything the ledger stores, separated so fields cannot run together', () => {
    expect(ledgerRowKey(row({ familyReference: 'CW-1' }))).toBe(
      ['2026-07-15', '12500', '1', '10', 'calworks', '0', '', 'Bus passes', 'CW-1', ''].join(
        '\u001f',
      ),
    );
  });

  it('recognizes a re-export with other quoting, formats, line ends and column order', () => {
    const mapping = {
      date: 'Date',
      amount: 'Amount',
      fundingStream: 'Fund',
      serviceCategory: 'Category',
    };
    const first = parseCsv(
      'Date,Amount,Fund,Category\n7/1/2026,"$1,234.50",Title IV-E,Housing\n7/2/2026,10,CAPIT,Child care\n',
    );
    const second = parseCsv(
      '\uFEFFCategory,Fund,Amount,Date,Batch\r\n"child care",capit,10.00,2026-07-02,B7\r\nHousing,"Title IV-E",1234.5,07/01/2026,B7',
    );
    const fingerprintOf = ([header, ...records]: typeof first) =>
      ledgerFingerprint(validateLedgerRows(records, header?.fields ?? [], mapping, REFERENCE).rows);
    expect(fingerprintOf(second)).toBe(fingerprintOf(first));
  });
});
