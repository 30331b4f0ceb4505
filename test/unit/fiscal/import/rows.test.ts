import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/core/csv';
import { formatMoney, parseMoney } from '../../../../src/core/money';
import {
  LedgerRowValidator,
  MAX_LEDGER_ERRORS_LISTED,
  validateLedgerRows,
} from '../../../../src/core/fiscal/import/rows';
import type { TableRecord } from '../../../../src/core/tableRecord';
import { HEADERS, MAPPING, record, REFERENCE, type Cells } from './fixtures';

const validate = (records: TableRecord[], mapping = MAPPING, headers = HEADERS) =>
  validateLedgerRows(records, headers, mapping, REFERENCE);

/** The errors of one row built from these cells. */
const errorsOf = (cells: Cells) => validate([record(2, cells)]).errors;
const reasonsOf = (cells: Cells) => errorsOf(cells).map((error) => error.reason);
const only = (cells: Cells) => {
  const result = validate([record(2, cells)]);
  expect(result.errors).toEqual([]);
  expect(result.rows).toHaveLength(1);
  return result.rows[0];
};

describe('validateLedgerRows', () => {
  it('turns a valid row into a ledger entry', () => {
    expect(
      validate([
        record(2, {
          date: '2026-07-15',
          amount: '$1,234.56',
          fund: 'Title IV-E',
          category: 'Housing',
          leveraged: 'yes',
          saved: 'CalWORKs',
          description: '  Motel, 3 nights ',
          caseNumber: 'CW-2026-00123',
        }),
      ]),
    ).toEqual({
      rows: [
        {
          row: 2,
          date: '2026-07-15',
          amountCents: 123456,
          streamId: 2,
          categoryId: 11,
          payingProgram: 'cws',
          leveraged: true,
          savedProgram: 'calworks',
          description: 'Motel, 3 nights',
          familyReference: 'CW-2026-00123',
          refundReason: '',
        },
      ],
      errors: [],
      moreErrors: 0,
    });
  });

  describe('amounts', () => {
    it.each([
      ['$1,234.56', 123456],
      ['1234.5', 123450],
      ['1234', 123400],
      ['0.07', 7],
      ['.5', 50],
      [' $ 12.30 ', 1230],
      ['1,000,000', 100000000],
      [1234.56, 123456],
      [0.1, 10],
      [19.99, 1999],
      [42, 4200],
      ['125.5000', 12550],
      ['$1,000.000', 100000],
      ['.500', 50],
      ['$1,000,000,000.00', 100_000_000_000],
    ] as const)('reads %j as %i cents', (amount, cents) => {
      expect(only({ amount })?.amountCents).toBe(cents);
    });

    it.each([
      ['-12', -1200],
      ['-$1,000.00', -100000],
      ['(1,234.56)', -123456],
      ['($0.99)', -99],
      [-5.25, -525],
      ['(3.100)', -310],
    ] as const)('reads the refund %j as %i cents', (amount, cents) => {
      expect(only({ amount, refundReason: 'Vendor credit' })?.amountCents).toBe(cents);
    });

    it.each([
      ['12.345', 'amounts have at most two decimals (whole cents)'],
      [12.345, 'amounts have at most two decimals (whole cents)'],
      ['12.3450', 'amounts have at most two decimals (whole cents)'],
      [
        '1.234,56',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      [
        'abc',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      ['$', 'this is not an amount: use digits, an optional $ and commas, and up to two decimals'],
      [
        '1,23.00',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      [
        '12,3456',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      [
        '1e5',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      [
        'USD 12',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      ['(-5.00)', 'this is not an amount: it has both a sign and parentheses'],
      [
        '-(5.00)',
        'this is not an amount: use digits, an optional $ and commas, and up to two decimals',
      ],
      ['99999999999999999', 'this is not an amount: it is too large'],
      [1e20, 'this is not an amount: it is too large'],
      ['', 'the amount is missing'],
      [null, 'the amount is missing'],
      ['0', 'An expense of $0.00 records nothing.'],
      ['$0.00', 'An expense of $0.00 records nothing.'],
      ['-0', 'An expense of $0.00 records nothing.'],
      [0, 'An expense of $0.00 records nothing.'],
      [
        '1,000,000,000.01',
        '$1,000,000,000.01 is more than $1,000,000,000.00, the most one amount can be.',
      ],
      [1e9 + 1, '$1,000,000,001.00 is more than $1,000,000,000.00, the most one amount can be.'],
    ] as const)('refuses %j: %s', (amount, reason) => {
      expect(errorsOf({ amount })).toEqual([
        { row: 2, column: 'Amount', value: amount === null ? '' : String(amount).trim(), reason },
      ]);
    });

    it('agrees with parseMoney on every amount, whatever came before it', () => {
      const corpus = [
        ...['1,0000.00', '2,0000.00', '0,1234', '1.234,56', '9.876,54', '12.345', '98.765'],
        ...['$', '(-5.00)', '(-7.00)', '-(5.00)', '007', '107', '0.07', '1.07', '-0', '-5', '0'],
        ...['0.00', '10.00', '(1,234.56)', '(9,876.54)', '1,23.00', '9,87.00', '$1,000', '$9,999'],
        ...['99999999999999999', '10000000000000000', '90071992547409.91', '12e3', '19e3'],
      ];
      /** Cents, or parseMoney's reason without its "… is not an amount of money:" preamble. */
      const expected = (text: string) => {
        try {
          const cents = parseMoney(text.replace(/(\.\d\d)0+(\)?)$/, '$1$2'));
          if (cents === 0) return 'An expense of $0.00 records nothing.';
          // The entry rules' limit of one amount: $1,000,000,000.00 either way.
          return Math.abs(cents) > 100_000_000_000
            ? `${formatMoney(Math.abs(cents))} is more than $1,000,000,000.00, the most one amount can be.`
            : cents;
        } catch (error) {
          return (error as Error).message.replace(/^.* is not an amount of money: |\.$/g, '');
        }
      };
      for (const order of [corpus, [...corpus].reverse()]) {
        const records = order.map((amount, i) => record(i + 2, { amount, refundReason: 'credit' }));
        const { rows, errors } = validate(records);
        order.forEach((amount, i) => {
          const row = rows.find((r) => r.row === i + 2);
          const reason = errors.find((e) => e.row === i + 2)?.reason;
          const want = expected(amount);
          if (typeof want === 'number') expect([amount, row?.amountCents]).toEqual([amount, want]);
          else expect([amount, reason]).toEqual([amount, expect.stringContaining(want)]);
        });
      }
    });

    it('asks a refund for its reason', () => {
      expect(errorsOf({ amount: '(50.00)' })).toEqual([
        {
          row: 2,
          column: 'Refund Reason',
          value: '',
          reason: 'A refund (a negative amount) needs a reason.',
        },
      ]);
    });

    it('says so on the amount when no column is mapped to the refund reason', () => {
      const mapping = { ...MAPPING, refundReason: undefined };
      expect(validate([record(2, { amount: '-50' })], mapping).errors).toEqual([
        {
          row: 2,
          column: 'Amount',
          value: '-50',
          reason:
            'A refund (a negative amount) needs a reason. No column is mapped to Refund reason.',
        },
      ]);
    });

    it('keeps a reason given on an ordinary expense', () => {
      expect(only({ refundReason: 'n/a' })?.refundReason).toBe('n/a');
    });
  });

  describe('dates', () => {
    it.each([
      ['7/1/2026', '2026-07-01'],
      ['07/01/2026', '2026-07-01'],
      ['7/1/26', '2026-07-01'],
      ['2026-07-01', '2026-07-01'],
      [46204, '2026-07-01'],
      [45474, '2024-07-01'],
    ] as const)('reads %j as %s', (date, iso) => {
      expect(only({ date })?.date).toBe(iso);
    });

    it.each([
      ['2/30/2026', 'February 2026 has 28 days, not 30 (dates are month/day/year)'],
      ['', 'the date is missing'],
      ['next week', 'write dates as 2026-07-01 or 7/1/2026 (month/day/year)'],
      [
        '2031-07-01',
        'The date 2031-07-01 is in SFY 2031-32, which has no budget in this county yet: add its budget lines first.',
      ],
      [
        '6/30/2024',
        'The date 2024-06-30 is in SFY 2023-24, which has no budget in this county yet: add its budget lines first.',
      ],
    ])('refuses %j: %s', (date, reason) => {
      expect(errorsOf({ date })).toEqual([{ row: 2, column: 'Posting Date', value: date, reason }]);
    });
  });

  describe('funding streams and service categories', () => {
    it('matches names ignoring case and surrounding spaces', () => {
      const row = only({ fund: '  title iv-e ', category: 'CHILD CARE' });
      expect([row?.streamId, row?.categoryId]).toEqual([2, 12]);
    });

    it.each([
      [
        { fund: 'Title IV-X' },
        'Fund',
        'Title IV-X',
        '“Title IV-X” is not a funding stream of this county',
      ],
      [{ fund: '' }, 'Fund', '', 'a funding stream is required'],
      [
        { fund: 'old grant' },
        'Fund',
        'old grant',
        '“Old Grant” is retired: it takes no new entries.',
      ],
      [
        { category: 'Groceries' },
        'Category',
        'Groceries',
        '“Groceries” is not a service category of this county',
      ],
      [{ category: null }, 'Category', '', 'a service category is required'],
      [
        { category: 'Old Category' },
        'Category',
        'Old Category',
        '“Old category” is retired: it takes no new entries.',
      ],
      [
        { fund: 'CAPIT', date: '7/1/2027' },
        'Fund',
        'CAPIT',
        '“CAPIT” is used only in SFY 2025-26 and SFY 2026-27, not in SFY 2027-28.',
      ],
    ])('refuses %j', (cells, column, value, reason) => {
      expect(errorsOf(cells)).toEqual([{ row: 2, column, value, reason }]);
    });

    it('takes a stream in one of its active years', () => {
      expect(only({ fund: 'CAPIT', date: '6/30/2027' })?.streamId).toBe(4);
    });
  });

  describe('paying program, leveraged and saved program', () => {
    it.each([
      ['CalWORKs Single Allocation', 'calworks'],
      ['Title IV-E', 'cws'],
      ['County General Fund', 'county'],
    ])('defaults the paying program to the source of %s', (fund, program) => {
      expect(only({ fund })?.payingProgram).toBe(program);
    });

    it.each([
      ['CalWORKs', 'calworks'],
      ['calworks', 'calworks'],
      ['CWS', 'cws'],
      [' cws ', 'cws'],
      ['Child Welfare Services', 'cws'],
      ['County', 'county'],
      ['OTHER', 'other'],
    ])('reads the paying program %j', (program, id) => {
      expect(only({ program })?.payingProgram).toBe(id);
    });

    it('refuses an unknown paying program', () => {
      expect(reasonsOf({ program: 'Probation' })).toEqual([
        '“Probation” is not a paying program: use CalWORKs, CWS, County or Other',
      ]);
    });

    it.each([
      ['yes', true],
      ['Yes', true],
      ['Y', true],
      ['true', true],
      ['TRUE', true],
      ['1', true],
      [1, true],
      [true, true],
      ['no', false],
      ['N', false],
      ['false', false],
      ['0', false],
      [0, false],
      [false, false],
      ['', false],
      [null, false],
    ] as const)('reads leveraged %j as %s', (leveraged, expected) => {
      const cells: Cells = expected ? { leveraged, saved: 'County' } : { leveraged };
      const row = only(cells);
      expect(row?.leveraged).toBe(expected);
      expect(row?.savedProgram).toBe(expected ? 'county' : null);
    });

    it('refuses a leveraged value that is not yes or no', () => {
      expect(errorsOf({ leveraged: 'maybe' })).toEqual([
        {
          row: 2,
          column: 'Leveraged',
          value: 'maybe',
          reason: 'leveraged is yes or no (or blank for no)',
        },
      ]);
    });

    it.each([
      [
        { leveraged: 'yes' },
        'A leveraged entry needs the program whose budget it spared (CalWORKs, CWS, County or Other).',
      ],
      [
        { leveraged: 'yes', saved: 'Probation' },
        '“Probation” is not a program: use CalWORKs, CWS, County or Other',
      ],
      [
        { leveraged: 'no', saved: 'CWS' },
        'A spared program is given but the entry is not leveraged: mark it leveraged, or clear the spared program.',
      ],
      [
        { leveraged: 'yes', saved: 'CalWORKs' },
        'A leveraged entry spares another program’s budget: the spared program cannot be the paying program.',
      ],
      [
        { leveraged: 'yes', program: 'CWS', saved: 'cws' },
        'A leveraged entry spares another program’s budget: the spared program cannot be the paying program.',
      ],
    ])('refuses %j', (cells, reason) => {
      expect(reasonsOf(cells)).toEqual([reason]);
    });
  });

  describe('description, family reference and refund reason', () => {
    it('keeps a description of 500 characters and refuses 501, quoting 60', () => {
      expect(only({ description: 'd'.repeat(500) })?.description).toHaveLength(500);
      expect(errorsOf({ description: 'd'.repeat(501) })).toEqual([
        {
          row: 2,
          column: 'Description',
          value: `${'d'.repeat(59)}…`,
          reason: 'The description has 501 characters; at most 500 are kept.',
        },
      ]);
    });

    it('stores a missing description as empty and a missing case number as null', () => {
      const row = only({ description: null, caseNumber: '  ' });
      expect([row?.description, row?.familyReference]).toEqual(['', null]);
    });

    it.each(['CW-2026-00123', 'A1', 'x'.repeat(40), 12345])(
      'takes the case number %j',
      (caseNumber) => {
        expect(only({ caseNumber })?.familyReference).toBe(String(caseNumber));
      },
    );

    it.each(['Maria Lopez', 'Lopez, Maria', 'CW 123', 'x'.repeat(41), 'CW#123', 'José'])(
      'refuses %j without quoting it back',
      (caseNumber) => {
        expect(errorsOf({ caseNumber })).toEqual([
          {
            row: 2,
            column: 'Case #',
            value: '',
            reason:
              'A family reference is a case number: letters, digits and dashes, at most 40 characters, never a name.',
          },
        ]);
      },
    );

    it('refuses a refund reason over 500 characters', () => {
      expect(reasonsOf({ amount: '-1', refundReason: 'r'.repeat(501) })).toEqual([
        'The refund reason has 501 characters; at most 500 are kept.',
      ]);
    });
  });

  it('reports every bad cell of a row, not just the first', () => {
    expect(
      errorsOf({
        date: '2/30/2026',
        amount: '12.345',
        fund: 'Title IV-X',
        category: 'Groceries',
        program: 'Probation',
        leveraged: 'maybe',
        description: 'd'.repeat(501),
        caseNumber: 'Maria Lopez',
      }).map((error) => error.column),
    ).toEqual([
      'Posting Date',
      'Amount',
      'Fund',
      'Category',
      'Program',
      'Leveraged',
      'Description',
      'Case #',
    ]);
  });

  it('cuts values quoted in errors to 60 characters', () => {
    const long = `Title ${'X'.repeat(100)}`;
    const [error] = errorsOf({ fund: long });
    expect(error?.value).toHaveLength(60);
    expect(error?.value.endsWith('…')).toBe(true);
    expect(error?.reason).toBe(`“${long.slice(0, 59)}…” is not a funding stream of this county`);
  });

  it('skips blank rows and reads missing trailing cells as blank', () => {
    const result = validate([
      { row: 2, fields: ['', ' ', null, '', '', '', '', '', '', ''] },
      { row: 3, fields: [] },
      { row: 4, fields: ['7/1/2026', '10', 'Title IV-E', 'Housing'] },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.row)).toEqual([4]);
  });

  it('refuses a row with a value past the last headed column, once', () => {
    const shifted = record(5, { amount: '1', refundReason: 'see memo' });
    const fields = [...shifted.fields];
    fields.splice(2, 0, '234.56'); // an unquoted "1,234.56" split in two
    expect(validate([{ row: 5, fields }]).errors).toEqual([
      {
        row: 5,
        column: 'column K (no header)',
        value: 'see memo',
        reason:
          'this row has a value past the last of the 10 headed columns; a value with a comma is probably missing its quotes',
      },
    ]);
  });

  it('reports exactly the rows that are wrong in a long file', () => {
    const records = Array.from({ length: 1200 }, (_, i) => {
      const row = i + 2;
      if (row === 3) return record(row, { amount: 'twelve' });
      if (row === 17) return record(row, { date: '2/30/2026' });
      if (row === 999) return record(row, { fund: 'Title IV-X' });
      return record(row, { amount: String(row) });
    });
    const result = validate(records);
    expect(result.errors.map((error) => error.row)).toEqual([3, 17, 999]);
    expect(result.rows).toHaveLength(1197);
    expect(result.moreErrors).toBe(0);
  });

  it('numbers rows as the spreadsheet does when read from a CSV file', () => {
    const lines = ['Posting Date,Amount,Fund,Category'];
    for (let row = 2; row <= 1001; row++) {
      if (row === 3) lines.push('7/1/2026,"1,234.567",Title IV-E,Housing');
      else if (row === 17) lines.push('2/30/2026,10,Title IV-E,Housing');
      else if (row === 999) lines.push('7/1/2026,10,Title IV-X,Housing');
      else if (row === 500)
        lines.push('7/1/2026,10,Title IV-E,"Child\ncare"'); // two lines, one row
      else lines.push(`7/1/2026,"$${row}.00",Title IV-E,Housing`);
    }
    const [header, ...records] = parseCsv(lines.join('\r\n'));
    const mapping = {
      date: 'Posting Date',
      amount: 'Amount',
      fundingStream: 'Fund',
      serviceCategory: 'Category',
    };
    const result = validateLedgerRows(records, header?.fields ?? [], mapping, REFERENCE);
    expect(result.errors.map(({ row, column }) => [row, column])).toEqual([
      [3, 'Amount'],
      [17, 'Posting Date'],
      [999, 'Fund'],
    ]);
    expect(result.rows).toHaveLength(997);
    expect(result.rows.find((row) => row.row === 500)?.categoryId).toBe(12);
    expect(result.rows.at(-1)?.row).toBe(1001);
  });

  it('lists the first 1,000 errors and counts the rest', () => {
    const records = Array.from({ length: 700 }, (_, i) =>
      record(i + 2, { amount: 'x', fund: 'nope' }),
    );
    const result = validate(records);
    expect(result.errors).toHaveLength(MAX_LEDGER_ERRORS_LISTED);
    expect(result.moreErrors).toBe(400);
    expect(result.errors.at(-1)).toMatchObject({ row: 501, column: 'Fund' });
    expect(result.rows).toEqual([]);
  });

  it('refuses to run with a mapping checkMapping refuses', () => {
    expect(() => validate([record(2)], { ...MAPPING, amount: 'Amt' })).toThrow(
      'The column mapping cannot be used: Amount is mapped to “Amt”, but the file has no such column.',
    );
  });

  it('checks rows arriving in batches as it checks them all at once', () => {
    const records = Array.from({ length: 50 }, (_, i) =>
      record(i + 2, i % 7 === 0 ? { amount: '0' } : { amount: String(i + 1) }),
    );
    const validator = new LedgerRowValidator(HEADERS, MAPPING, REFERENCE);
    const rows = [...validator.add(records.slice(0, 20)), ...validator.add(records.slice(20))];
    const whole = validate(records);
    expect(rows).toEqual(whole.rows);
    expect(validator.errors).toEqual(whole.errors);
    expect(validator.moreErrors).toBe(0);
  });

  it('takes entries in the budgeted fiscal years only, whatever the order of the rows', () => {
    const reference = { ...REFERENCE, budgetedSfys: [2027, 2026] };
    const records = ['7/1/2026', '6/30/2026', '1/1/2027', '7/1/2027', '7/1/2028'].map((date, i) =>
      record(i + 2, { date }),
    );
    const { rows, errors } = validateLedgerRows(records, HEADERS, MAPPING, reference);
    expect(rows.map((row) => row.date)).toEqual(['2026-07-01', '2027-01-01', '2027-07-01']);
    expect(errors.map((error) => [error.row, error.reason])).toEqual([
      [
        3,
        'The date 2026-06-30 is in SFY 2025-26, which has no budget in this county yet: add its budget lines first.',
      ],
      [
        6,
        'The date 2028-07-01 is in SFY 2028-29, which has no budget in this county yet: add its budget lines first.',
      ],
    ]);
  });
});
