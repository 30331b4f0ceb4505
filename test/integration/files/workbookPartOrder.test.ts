/**
 * The three readers of uploaded workbooks (workbookReaders.ts) given workbooks whose parts come in
 * another valid order, whose shared strings are missing or short, and cells of rich text, inline
 * strings, dates and booleans: each reads the exact text (the ledger stores it), or refuses
 * naming the cell. Never "[object Object]", never an internal error.
 */
import { describe, expect, it } from 'vitest';
import { PART_ORDERS } from '../../support/hostileFiles';
import { edited, namesCell, PROBE, SUBJECTS } from '../../support/workbookReaders';

const SHARED_STRINGS_LAST = PART_ORDERS['the sheets, then the shared strings, last'];
const inlineText = (ref: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>Peña &amp; Sons</t></is></c>`;
const inlineRuns = (ref: string) =>
  `<c r="${ref}" t="inlineStr"><is><r><t xml:space="preserve">Peña </t></r><r><rPr><b/></rPr><t>&amp; Sons</t></r></is></c>`;
const RICH_TEXT = { richText: [{ text: 'Peña ' }, { font: { bold: true }, text: '& Sons' }] };
const JULY_FIRST = new Date(Date.UTC(2026, 6, 1));

describe.each(Object.entries(SUBJECTS))('the %s reader', (_name, subject) => {
  const refusedAt = (ref: string) => ({ refused: expect.stringMatching(namesCell(subject, ref)) });

  it.each(Object.keys(PART_ORDERS))('reads the exact text with the parts %s', async (order) => {
    const bytes = await edited(subject, { order: PART_ORDERS[order] });
    // The streaming reader's loss was a race: a few reads make a pass by luck unlikely.
    for (let i = 0; i < 3; i++) expect(await subject.read(bytes)).toEqual({ text: PROBE });
  });

  it('refuses naming the first cell that refers to shared strings the workbook lacks', async () => {
    const bytes = await edited(subject, {
      edit: (parts) => parts.delete('xl/sharedStrings.xml'),
    });
    expect(await subject.read(bytes)).toEqual(refusedAt('A1'));
  });

  it.each([
    ['as written', PART_ORDERS['as exceljs writes them']],
    ['shared strings last', SHARED_STRINGS_LAST],
  ])('reads rich text and inline strings exactly, parts %s', async (_order, order) => {
    const read = async (options: Parameters<typeof edited>[1]) =>
      subject.read(await edited(subject, { ...options, order }));
    expect(await read({ probe: RICH_TEXT })).toEqual({ text: PROBE });
    expect(await read({ cell: (s) => inlineText(s.probeRef) })).toEqual({ text: PROBE });
    expect(await read({ cell: (s) => inlineRuns(s.probeRef) })).toEqual({ text: PROBE });
  });

  it('refuses a cell pointing past the end of the shared strings, naming it', async () => {
    for (const order of [PART_ORDERS['as exceljs writes them'], SHARED_STRINGS_LAST]) {
      const bytes = await edited(subject, {
        cell: (s) => `<c r="${s.probeRef}" t="s"><v>999</v></c>`,
        order,
      });
      expect(await subject.read(bytes)).toEqual(refusedAt(subject.probeRef));
    }
  });

  it('reads dates and booleans as the reader takes them, or refuses naming the cell', async () => {
    const date = await subject.read(await edited(subject, { probe: JULY_FIRST }));
    const yes = await subject.read(await edited(subject, { probe: true }));
    if (subject === SUBJECTS.table)
      expect([date, yes]).toEqual([{ text: '2026-07-01' }, { text: true }]);
    if (subject === SUBJECTS.ledger)
      expect([date, yes]).toEqual([{ text: '2026-07-01' }, { text: 'true' }]);
    if (subject === SUBJECTS.readiness) {
      expect(date).toEqual({ refused: 'Responses!C2: This cell holds a date.' });
      expect(yes).toEqual({ text: 'true' });
    }
    if (subject === SUBJECTS['county package']) {
      expect([date, yes]).toEqual([refusedAt('B5'), refusedAt('B5')]);
    }
  });
});
