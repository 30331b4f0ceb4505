import { describe, expect, it } from 'vitest';
import {
  amountLimitProblem,
  entryProblems,
  lineProblems,
  payingProgramOf,
  type EntryCandidate,
  type LedgerCounty,
} from '../../../src/core/fiscal/entryRules';
import { stream } from './import/fixtures';

/** Budgeted SFY 2025-26 through 2027-28. */
const COUNTY: LedgerCounty = {
  streams: [
    stream(1, 'CalWORKs Single Allocation', 'calworks'),
    stream(2, 'Title IV-E', 'cws'),
    // Stored out of order: the message lists the years in order.
    stream(4, 'CAPIT', 'cws', { activeSfys: [2026, 2025] }),
    stream(5, 'Old Grant', 'other', { retired: true }),
    stream(6, 'Respite pilot', 'county', { activeSfys: [2024, 2025, 2026] }),
    stream(7, 'Bridge grant', 'other', { activeSfys: [2025] }),
  ],
  categories: [
    { id: 10, name: 'Transportation', retired: false },
    { id: 13, name: 'Old category', retired: true },
  ],
  budgetedSfys: [2025, 2026, 2027],
};

const ENTRY = {
  date: '2026-08-14',
  amountCents: 12_500,
  streamId: 1,
  categoryId: 10,
  payingProgram: null,
  leveraged: false,
  savedProgram: null,
  description: 'Bus passes',
  familyReference: null,
  refundReason: '',
} as const satisfies EntryCandidate;

const problemsOf = (
  changes: Partial<EntryCandidate>,
  before?: Parameters<typeof entryProblems>[2],
) => entryProblems({ ...ENTRY, ...changes }, COUNTY, before);

describe('entryProblems', () => {
  it('finds nothing wrong with an ordinary expense', () => {
    expect(problemsOf({})).toEqual([]);
  });

  describe('the date: its SFY needs a budget', () => {
    it.each([
      [
        '2031-07-01',
        'The date 2031-07-01 is in SFY 2031-32, which has no budget in this county yet: add its budget lines first.',
      ],
      // June 30 is the last day of the SFY that started the July before.
      [
        '2025-06-30',
        'The date 2025-06-30 is in SFY 2024-25, which has no budget in this county yet: add its budget lines first.',
      ],
    ])('refuses %s', (date, message) => {
      expect(problemsOf({ date })).toEqual([{ field: 'date', message }]);
    });

    it.each(['2025-07-01', '2028-06-30'])('takes %s, in a budgeted SFY', (date) => {
      expect(problemsOf({ date })).toEqual([]);
    });

    it('keeps an old row editable in its unbudgeted SFY, but does not let one move there', () => {
      const before = { streamId: 1, categoryId: 10, sfyStartYear: 2031 };
      expect(problemsOf({ date: '2032-01-15' }, before)).toEqual([]);
      expect(problemsOf({ date: '2030-07-01' }, before)).toEqual([
        {
          field: 'date',
          message:
            'The date 2030-07-01 is in SFY 2030-31, which has no budget in this county yet: add its budget lines first.',
        },
      ]);
    });
  });

  describe('the amount', () => {
    it('refuses $0.00', () => {
      expect(problemsOf({ amountCents: 0 })).toEqual([
        { field: 'amountCents', message: 'An expense of $0.00 records nothing.' },
      ]);
    });

    it.each([
      [
        100_000_000_001,
        '$1,000,000,000.01 is more than $1,000,000,000.00, the most one amount can be.',
      ],
      [
        -250_000_000_000,
        '$2,500,000,000.00 is more than $1,000,000,000.00, the most one amount can be.',
      ],
    ])('refuses %i cents, past $1,000,000,000.00 either way', (amountCents, message) => {
      expect(problemsOf({ amountCents, refundReason: 'Vendor credit' })).toEqual([
        { field: 'amountCents', message },
      ]);
    });

    it.each([100_000_000_000, -100_000_000_000, 1, -1])('takes %i cents', (amountCents) => {
      expect(problemsOf({ amountCents, refundReason: 'Vendor credit' })).toEqual([]);
    });
  });

  describe('the funding stream and service category', () => {
    it.each([
      [{ streamId: 99 }, 'streamId', 'This county has no funding stream 99.'],
      [{ categoryId: 98 }, 'categoryId', 'This county has no service category 98.'],
      [{ streamId: 5 }, 'streamId', '“Old Grant” is retired: it takes no new entries.'],
      [{ categoryId: 13 }, 'categoryId', '“Old category” is retired: it takes no new entries.'],
      [
        { streamId: 4, date: '2027-07-01' },
        'streamId',
        '“CAPIT” is used only in SFY 2025-26 and SFY 2026-27, not in SFY 2027-28.',
      ],
      [
        { streamId: 6, date: '2027-07-01' },
        'streamId',
        '“Respite pilot” is used only in SFY 2024-25, SFY 2025-26 and SFY 2026-27, not in SFY 2027-28.',
      ],
      [
        { streamId: 7, date: '2026-07-01' },
        'streamId',
        '“Bridge grant” is used only in SFY 2025-26, not in SFY 2026-27.',
      ],
    ] as const)('refuses %j', (changes, field, message) => {
      expect(problemsOf(changes)).toEqual([{ field, message }]);
    });

    it('takes a stream in one of its years, the last day included', () => {
      expect(problemsOf({ streamId: 4, date: '2027-06-30' })).toEqual([]);
    });

    it('lets a row keep the retired stream and category it already had', () => {
      const before = { streamId: 5, categoryId: 13, sfyStartYear: 2026 };
      expect(problemsOf({ streamId: 5, categoryId: 13 }, before)).toEqual([]);
    });

    it('keeps a stream to its years even for a row that already had it', () => {
      const before = { streamId: 4, categoryId: 10, sfyStartYear: 2027 };
      expect(problemsOf({ streamId: 4, date: '2027-08-01' }, before)).toEqual([
        {
          field: 'streamId',
          message: '“CAPIT” is used only in SFY 2025-26 and SFY 2026-27, not in SFY 2027-28.',
        },
      ]);
    });
  });

  describe('leveraged entries and the spared program', () => {
    it.each([
      [
        { leveraged: true, savedProgram: null },
        'A leveraged entry needs the program whose budget it spared (CalWORKs, CWS, County or Other).',
      ],
      [
        { leveraged: false, savedProgram: 'cws' },
        'A spared program is given but the entry is not leveraged: mark it leveraged, or clear the spared program.',
      ],
      // Stream 1 comes from CalWORKs, which pays unless another program is named.
      [
        { leveraged: true, savedProgram: 'calworks' },
        'A leveraged entry spares another program’s budget: the spared program cannot be the paying program.',
      ],
      [
        { leveraged: true, payingProgram: 'cws', savedProgram: 'cws' },
        'A leveraged entry spares another program’s budget: the spared program cannot be the paying program.',
      ],
    ] as const)('refuses %j', (changes, message) => {
      expect(problemsOf(changes)).toEqual([{ field: 'savedProgram', message }]);
    });

    it.each([
      { leveraged: true, savedProgram: 'county' },
      { leveraged: true, payingProgram: 'cws', savedProgram: 'calworks' },
    ] as const)('takes %j', (changes) => {
      expect(problemsOf(changes)).toEqual([]);
    });
  });

  describe('the description, family reference and refund reason', () => {
    it('refuses a description of 501 characters and takes 500', () => {
      expect(problemsOf({ description: 'd'.repeat(501) })).toEqual([
        {
          field: 'description',
          message: 'The description has 501 characters; at most 500 are kept.',
        },
      ]);
      expect(problemsOf({ description: 'd'.repeat(500) })).toEqual([]);
    });

    it.each(['Maria Lopez', 'Lopez,Maria', 'CW 123', 'José', 'x'.repeat(41)])(
      'refuses the family reference %j without quoting it',
      (familyReference) => {
        expect(problemsOf({ familyReference })).toEqual([
          {
            field: 'familyReference',
            message:
              'A family reference is a case number: letters, digits and dashes, at most 40 characters, never a name.',
          },
        ]);
      },
    );

    it.each(['CW-2026-00123', 'A1', 'x'.repeat(40), '', null])(
      'takes the family reference %j',
      (familyReference) => {
        expect(problemsOf({ familyReference })).toEqual([]);
      },
    );

    it('asks a refund for its reason', () => {
      expect(problemsOf({ amountCents: -5_000 })).toEqual([
        { field: 'refundReason', message: 'A refund (a negative amount) needs a reason.' },
      ]);
      expect(problemsOf({ amountCents: -5_000, refundReason: 'Vendor credit' })).toEqual([]);
    });

    it('refuses a refund reason of 501 characters', () => {
      expect(problemsOf({ amountCents: -100, refundReason: 'r'.repeat(501) })).toEqual([
        {
          field: 'refundReason',
          message: 'The refund reason has 501 characters; at most 500 are kept.',
        },
      ]);
    });
  });

  it('lists one problem per field, in the order of the fields', () => {
    expect(
      problemsOf({
        date: '2031-07-01',
        amountCents: -100_000_000_001,
        streamId: 5,
        categoryId: 98,
        leveraged: true,
        description: 'd'.repeat(600),
        familyReference: 'Jane Doe',
      }).map((p) => p.field),
    ).toEqual([
      'date',
      'amountCents',
      'streamId',
      'categoryId',
      'savedProgram',
      'description',
      'familyReference',
      'refundReason',
    ]);
  });

  it('leaves out the rules of a field it was not given (an import cell that could not be read)', () => {
    // A refund without its amount, a stream without its date, a spared program without
    // whether the entry is leveraged, a spared program without the paying program.
    expect(entryProblems({ refundReason: '' }, COUNTY)).toEqual([]);
    expect(entryProblems({ streamId: 4 }, COUNTY)).toEqual([]);
    expect(entryProblems({ savedProgram: 'cws' }, COUNTY)).toEqual([]);
    expect(
      entryProblems({ streamId: 1, leveraged: true, savedProgram: 'calworks' }, COUNTY),
    ).toEqual([]);
  });
});

describe('lineProblems', () => {
  it('judges a budget line by its SFY, both fields at once', () => {
    expect(lineProblems(COUNTY, { streamId: 4, categoryId: 13, sfyStartYear: 2024 })).toEqual([
      {
        field: 'streamId',
        message: '“CAPIT” is used only in SFY 2025-26 and SFY 2026-27, not in SFY 2024-25.',
      },
      { field: 'categoryId', message: '“Old category” is retired: it takes no new entries.' },
    ]);
    expect(lineProblems(COUNTY, { streamId: 4, categoryId: 10, sfyStartYear: 2025 })).toEqual([]);
  });
});

describe('amountLimitProblem', () => {
  it('allows any amount up to $1,000,000,000.00 either way, zero too (a budget can be zero)', () => {
    expect([0, 100_000_000_000, -100_000_000_000].map(amountLimitProblem)).toEqual([
      null,
      null,
      null,
    ]);
    expect(amountLimitProblem(100_000_000_100)).toBe(
      '$1,000,000,001.00 is more than $1,000,000,000.00, the most one amount can be.',
    );
  });
});

describe('payingProgramOf', () => {
  it("defaults to the stream's own program", () => {
    expect(payingProgramOf({ sourceProgram: 'cws' }, null)).toBe('cws');
    expect(payingProgramOf({ sourceProgram: 'cws' }, 'county')).toBe('county');
  });
});
