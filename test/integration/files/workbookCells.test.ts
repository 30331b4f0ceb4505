/**
 * The three readers of uploaded workbooks (workbookReaders.ts) given cells exceljs read wrongly
 * without saying so: each reads the exact text, or refuses naming the cell and not its text.
 */
import { describe, expect, it } from 'vitest';
import { openTableFile } from '../../../src/files/tableFile';
import { xlsxOf } from '../../support/fuzzFiles';
import { withCell } from '../../support/hostileFiles';
import { edited, namesCell, PROBE, SUBJECTS, type Subject } from '../../support/workbookReaders';

/** A cell of the probe's sheet pointing at a new item of the shared strings, `item`. */
const sharedItem = (subject: Subject, item: string) => (parts: Map<string, Buffer>) => {
  const texts = String(parts.get('xl/sharedStrings.xml'));
  const index = texts.split('<si>').length - 1;
  parts.set('xl/sharedStrings.xml', Buffer.from(texts.replace('</sst>', `${item}</sst>`)));
  const sheet = String(parts.get(subject.sheetPart));
  const cell = `<c r="${subject.probeRef}" t="s"><v>${index}</v></c>`;
  parts.set(subject.sheetPart, Buffer.from(withCell(sheet, subject.probeRef, cell)));
};

const PHONETIC = '<rPh sb="0" eb="4"><t>ペニャ</t></rPh><phoneticPr fontId="0"/>';

describe.each(Object.entries(SUBJECTS))(
  'the %s reader, given cells exceljs read wrongly',
  (_name, subject) => {
    it('reads a shared text without its phonetic guide, and a hyperlink as its text', async () => {
      const edit = sharedItem(subject, `<si><t>Peña &amp; Sons</t>${PHONETIC}</si>`);
      expect(await subject.read(await edited(subject, { edit }))).toEqual({ text: PROBE });
      const link = { text: PROBE, hyperlink: 'https://example.org' };
      expect(await subject.read(await edited(subject, { probe: link }))).toEqual({ text: PROBE });
    });

    it.each([
      [
        'an inline text with a phonetic guide',
        `t="inlineStr"><is><t>Peña &amp; Sons</t>${PHONETIC}</is>`,
      ],
      ['an ISO 8601 date', 't="d"><v>2026-07-01</v>'],
      ['a number followed by text', '><v>12abc</v>'],
      ['a boolean other than 0 or 1', 't="b"><v>2</v>'],
      ['an error value that is not one of Excel’s', 't="e"><v>Ann Lee</v>'],
      ['a cell of a type SpreadsheetML does not have', 't="x"><v>7</v>'],
    ])('refuses %s, naming the cell and not its text', async (_case, xml) => {
      const cell = (s: Subject) => `<c r="${s.probeRef}" ${xml}</c>`;
      const read = await subject.read(await edited(subject, { cell }));
      expect(read).toEqual({
        refused: expect.stringMatching(namesCell(subject, subject.probeRef)),
      });
      expect(JSON.stringify(read)).not.toMatch(/Ann Lee|12abc|2026-07-01|Peña/);
    });
  },
);

describe('the table reader, given a long sheet of text that is not ASCII', () => {
  // exceljs decoded each 16 KB piece of XML alone: "é" split across two became "��".
  it('reads every character whole', async () => {
    const rows = [['name'], ...Array.from({ length: 20_000 }, (_, i) => [`Ibáñez Muñoz ${i}`])];
    const file = await openTableFile(await xlsxOf(rows));
    const read = [file.headers];
    for await (const batch of file.batches) read.push(...batch.map((r) => r.fields.map(String)));
    const wrong = read.filter((row, i) => row[0] !== rows[i]?.[0]);
    expect(wrong.slice(0, 3), `${wrong.length} rows differ`).toEqual([]);
  });
});
