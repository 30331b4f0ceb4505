import { describe, expect, it } from 'vitest';
import {
  checkExtractMapping,
  ExtractRowReader,
  suggestExtractMapping,
} from '../../../../src/core/matching/linkage/extract';
import {
  ExtractLoader,
  ExtractMappingRefused,
} from '../../../../src/core/matching/linkage/extractLoader';
import { sharedVocabularies } from '../../../../src/core/matching/linkage/persons';
import { shippedNicknames } from '../../../support/nicknames';

const HEADERS = [
  'PERSON_ID',
  'Case Number',
  'first_name',
  'Last Name',
  'Date_of_Birth',
  'Gender',
  'SSN',
  'Address',
  'ZIP',
  'Role',
];

describe('person extract columns', () => {
  it('are recognized by their common names, whatever the case and punctuation', () => {
    expect(suggestExtractMapping(HEADERS)).toEqual({
      personId: 'PERSON_ID',
      caseNumber: 'Case Number',
      firstName: 'first_name',
      lastName: 'Last Name',
      dob: 'Date_of_Birth',
      sex: 'Gender',
      ssn: 'SSN',
      street: 'Address',
      zip: 'ZIP',
      role: 'Role',
    });
    expect(suggestExtractMapping(['dob', 'case_number'])).toEqual({
      dob: 'dob',
      caseNumber: 'case_number',
    });
  });

  it('must include the person, case, names and birth date', () => {
    const problems = checkExtractMapping(
      suggestExtractMapping(['person_id', 'first_name', 'zip']),
      ['person_id', 'first_name', 'zip'],
    );
    expect(problems.map((p) => p.field)).toEqual(['caseNumber', 'lastName', 'dob']);
    expect(problems[2]?.message).toBe(
      'Choose the column that holds Date of birth; linking persons needs it.',
    );
    expect(
      () =>
        new ExtractLoader(
          'cws',
          ['person_id'],
          { personId: 'person_id' },
          sharedVocabularies(shippedNicknames),
        ),
    ).toThrow(ExtractMappingRefused);
  });
});

describe('person extract rows', () => {
  const reader = () => new ExtractRowReader(suggestExtractMapping(HEADERS), HEADERS);
  const row = (overrides: Record<number, string | number> = {}) => {
    const fields: (string | number)[] = [
      'P1',
      'C-1',
      ' Maria ',
      'Garcia',
      '2015-07-31',
      'female',
      '123-45-6789',
      '1 Main St',
      '95401',
      'Child',
    ];
    for (const [at, value] of Object.entries(overrides)) fields[Number(at)] = value;
    return fields;
  };

  it('read ISO, US and Excel dates, trim text and recognize codes', () => {
    const read = reader();
    expect(read.read(2, row())).toEqual({
      person: {
        personId: 'P1',
        caseNumber: 'C-1',
        firstName: 'Maria',
        middleName: '',
        lastName: 'Garcia',
        dob: '2015-07-31',
        sex: 'F',
        ssn: '123-45-6789',
        street: '1 Main St',
        zip: '95401',
        role: 'child',
        cwsStatus: '',
        caseType: '',
      },
    });
    const dob = (value: string | number, id: string) => {
      const result = read.read(3, row({ 0: id, 4: value }));
      return 'person' in result ? result.person.dob : result.problems;
    };
    expect(dob('7/31/2015', 'P2')).toBe('2015-07-31');
    expect(dob(42216, 'P3')).toBe('2015-07-31'); // Excel's serial for 2015-07-31
    expect(dob('', 'P4')).toBe(''); // missing is allowed: it says nothing either way
  });

  it('name the row and column of every problem, never the value (it identifies a person)', () => {
    const read = reader();
    read.read(2, row());
    const result = read.read(7, row({ 0: 'P1', 4: '2015-02-30', 5: 'Q', 9: 'Uncle' }));
    expect(result).toEqual({
      problems: [
        { row: 7, column: 'PERSON_ID', reason: 'the same person ID is also on row 2' },
        {
          row: 7,
          column: 'Date_of_Birth',
          reason: 'not a date (write it as 2015-07-31 or 7/31/2015)',
        },
        {
          row: 7,
          column: 'Gender',
          reason: 'not a value this column can hold (F, M, Female, Male or U)',
        },
        { row: 7, column: 'Role', reason: 'not a value this column can hold (Child or Parent)' },
      ],
    });
    const twoDigitYear = read.read(8, row({ 0: 'P8', 4: '7/31/15' }));
    expect(twoDigitYear).toEqual({
      problems: [
        {
          row: 8,
          column: 'Date_of_Birth',
          reason: 'write the year with four digits (a two-digit year is ambiguous)',
        },
      ],
    });
    const early = read.read(9, row({ 0: 'P9', 4: '0215-07-31' }));
    expect(JSON.stringify(early)).not.toContain('0215');
    expect(JSON.stringify(early)).toContain('the year is before 1900');
  });

  it('load all or nothing: one bad row in a file gives its problem and no table', () => {
    const loader = new ExtractLoader(
      'calworks',
      HEADERS,
      suggestExtractMapping(HEADERS),
      sharedVocabularies(shippedNicknames),
    );
    loader.push([
      { row: 2, fields: row() },
      { row: 3, fields: row({ 0: 'P2', 1: '' }) },
      { row: 4, fields: row({ 0: 'P3' }) },
    ]);
    const loaded = loader.finish();
    expect(loaded).toEqual({
      ok: false,
      rows: 3,
      problemCount: 1,
      problems: [{ row: 3, column: 'Case Number', reason: 'the case number is missing' }],
    });
  });
});
