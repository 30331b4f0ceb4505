import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  mappedColumns,
  suggestMapping,
} from '../../../../src/core/fiscal/import/mapping';

describe('suggestMapping', () => {
  it('recognizes a typical county finance export', () => {
    expect(
      suggestMapping([
        'Posting Date',
        'Amount',
        'Fund',
        'Program',
        'Category',
        'Vendor',
        'Description',
        'Case #',
      ]),
    ).toEqual({
      date: 'Posting Date',
      amount: 'Amount',
      fundingStream: 'Fund',
      payingProgram: 'Program',
      serviceCategory: 'Category',
      description: 'Description',
      familyReference: 'Case #',
    });
  });

  it('ignores case, padding and punctuation, and returns the header trimmed', () => {
    expect(
      suggestMapping([
        '  POSTING DATE ',
        'Amount ($)',
        'Funding Source',
        'Service Type',
        'Vendor/Description',
        'Case No.',
        'Leveraged?',
        'Saved Program',
        'Refund Reason',
      ]),
    ).toEqual({
      date: 'POSTING DATE',
      amount: 'Amount ($)',
      fundingStream: 'Funding Source',
      serviceCategory: 'Service Type',
      description: 'Vendor/Description',
      familyReference: 'Case No.',
      leveraged: 'Leveraged?',
      savedProgram: 'Saved Program',
      refundReason: 'Refund Reason',
    });
  });

  it('prefers the posting date over other dates and the description over the vendor', () => {
    expect(suggestMapping(['Invoice Date', 'Vendor', 'Posting Date', 'Description'])).toEqual({
      date: 'Posting Date',
      description: 'Description',
    });
  });

  it('takes the vendor as the description when there is no description column', () => {
    expect(suggestMapping(['Check Date', 'Vendor Name', 'Net Amount'])).toEqual({
      date: 'Check Date',
      description: 'Vendor Name',
      amount: 'Net Amount',
    });
  });

  it('never suggests a name column for the family reference, nor an ID for the description', () => {
    expect(suggestMapping(['Case Name', 'Client Name', 'Vendor ID', 'Fund Code'])).toEqual({});
  });

  it('gives one header to one field only', () => {
    const mapping = suggestMapping(['Date', 'Date', 'Amount']);
    expect(mapping).toEqual({ date: 'Date', amount: 'Amount' });
  });

  it('suggests nothing for unrelated headers', () => {
    expect(suggestMapping([])).toEqual({});
    expect(suggestMapping(['Column1', 'GL Account', 'Batch'])).toEqual({});
  });
});

describe('checkMapping', () => {
  const headers = ['Posting Date', ' Amount ', 'Fund', 'Category', 'Vendor', 'Saved'];
  const complete = {
    date: 'Posting Date',
    amount: 'Amount',
    fundingStream: 'Fund',
    serviceCategory: 'Category',
  };

  it('accepts a mapping of every required field to existing headers (compared trimmed)', () => {
    expect(checkMapping(complete, headers)).toEqual([]);
    expect(checkMapping({ ...complete, description: ' Vendor ' }, headers)).toEqual([]);
  });

  it('names each required field left unmapped', () => {
    expect(checkMapping({ date: 'Posting Date', amount: '  ' }, headers)).toEqual([
      {
        field: 'amount',
        header: null,
        message: 'Choose the column that holds Amount; every entry needs it.',
      },
      {
        field: 'fundingStream',
        header: null,
        message: 'Choose the column that holds Funding stream; every entry needs it.',
      },
      {
        field: 'serviceCategory',
        header: null,
        message: 'Choose the column that holds Service category; every entry needs it.',
      },
    ]);
  });

  it('names a header the file does not have', () => {
    expect(checkMapping({ ...complete, amount: 'Amt' }, headers)).toEqual([
      {
        field: 'amount',
        header: 'Amt',
        message: 'Amount is mapped to “Amt”, but the file has no such column.',
      },
    ]);
  });

  it('names a header mapped to two fields', () => {
    expect(checkMapping({ ...complete, description: 'Fund' }, headers)).toEqual([
      {
        field: 'description',
        header: 'Fund',
        message:
          'The column “Fund” is mapped to Funding stream and Description; a column fills one field.',
      },
    ]);
  });

  it('names a mapped header that appears twice in the file', () => {
    expect(checkMapping(complete, [...headers, 'Fund '])).toEqual([
      {
        field: 'fundingStream',
        header: 'Fund',
        message:
          'The file has 2 columns named “Fund”; rename them so the import knows which holds Funding stream.',
      },
    ]);
  });

  it('refuses a saved program without a leveraged column', () => {
    expect(checkMapping({ ...complete, savedProgram: 'Saved' }, headers)).toEqual([
      expect.objectContaining({
        field: 'leveraged',
        message: expect.stringMatching(/^Saved program is mapped but Leveraged is not/),
      }),
    ]);
  });

  it('finds the column of each mapped field', () => {
    expect(mappedColumns({ ...complete, description: 'Vendor' }, headers)).toEqual({
      date: 0,
      amount: 1,
      fundingStream: 2,
      serviceCategory: 3,
      description: 4,
    });
  });
});
