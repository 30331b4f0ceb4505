import { describe, expect, it } from 'vitest';
import { layoutFileOf, readLayoutFile } from '../../../src/api/matching/layoutFile';
import { mappingFitsHeaders } from '../../../src/core/columnMapping';

const layout = {
  side: 'calworks' as const,
  name: 'CalSAWS monthly',
  mapping: { personId: 'CIN', caseNumber: 'Case #', dob: 'DOB' },
};

describe('an extract layout file', () => {
  it('holds its format, version, side, name and column names, and reads back equal', () => {
    const file = layoutFileOf(layout);
    expect(file).toMatchObject({
      fileName: 'CalSAWS-monthly.layout.json',
      mediaType: 'application/json',
    });
    const bytes = Buffer.from(file.bytesBase64, 'base64');
    expect(Object.keys(JSON.parse(bytes.toString('utf8')) as object)).toEqual([
      'format',
      'version',
      'side',
      'name',
      'mapping',
    ]);
    expect(readLayoutFile(file.fileName, bytes)).toEqual({ layout });
  });

  it('is read with a byte-order mark, as Windows editors save it', () => {
    const bytes = Buffer.from(layoutFileOf(layout).bytesBase64, 'base64');
    const marked = Buffer.concat([Buffer.from('\uFEFF', 'utf8'), bytes]);
    expect(readLayoutFile('a.json', marked)).toEqual({ layout });
  });

  it('refuses a column name that is not text', () => {
    const text = JSON.stringify({
      format: 'linkages-extract-layout',
      version: 1,
      side: 'cws',
      name: 'CWS-CARES',
      mapping: { dob: 19900211 },
    });
    expect(readLayoutFile('a.json', Buffer.from(text))).toEqual({
      problem:
        '“a.json” gives field dob something that is not a column name (text of at most 200 characters).',
    });
  });
});

describe('a saved mapping fits a file', () => {
  it('when every column it names is in the header, trimmed; columns it leaves out do not matter', () => {
    const headers = [' CIN ', 'Case #', 'DOB', 'Street'];
    expect(mappingFitsHeaders(layout.mapping, headers)).toBe(true);
    expect(mappingFitsHeaders({ ...layout.mapping, zip: 'ZIP' }, headers)).toBe(false);
    expect(mappingFitsHeaders({}, headers)).toBe(true);
  });
});
