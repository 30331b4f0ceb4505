import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { momentInWords } from '../../../src/core/dateWords';
import { COVER_SHEET, createWorkbook, workbookBytes } from '../../../src/export/workbook';

describe('a Workbench workbook', () => {
  it('opens with a cover sheet that says what, for whom, when and by which version', async () => {
    const generatedAt = new Date('2026-11-22T18:30:00.000Z');
    const bytes = await workbookBytes(
      createWorkbook({
        title: 'Fiscal workbook',
        countyName: 'Sonoma',
        period: 'SFY 2026-27',
        appVersion: '0.1.0',
        generatedAt,
        notes: ['Aggregates only: no person appears in this workbook.'],
      }),
    );
    expect(bytes.byteLength).toBeGreaterThan(0);

    const read = new ExcelJS.Workbook();
    // exceljs declares its own Buffer (an ArrayBuffer), so hand it the bytes' own ArrayBuffer.
    await read.xlsx.load(bytes.slice().buffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual([COVER_SHEET]);
    expect(read.creator).toBe('Linkages Workbench 0.1.0');
    const values = (read.getWorksheet(COVER_SHEET)?.getSheetValues() ?? [])
      .filter((row) => Array.isArray(row))
      .map((row) => (row as unknown[]).filter((cell) => cell !== undefined && cell !== null));
    expect(values).toEqual([
      // Merged across both columns: exceljs reads the title in each.
      ['Fiscal workbook', 'Fiscal workbook'],
      [],
      ['County', 'Sonoma County'],
      ['Period', 'SFY 2026-27'],
      // In the words and local time of whoever made it (dateWords.test.ts pins the words).
      ['Generated', momentInWords(generatedAt)],
      ['Made with', 'Linkages Workbench 0.1.0'],
      [],
      ['Notes', 'Aggregates only: no person appears in this workbook.'],
    ]);
    expect(values[4]?.[1]).toMatch(/^Nov 2[23], 2026, \d{1,2}:30 [AP]M$/);
  });

  it('says "All periods" when the workbook is not about one period', async () => {
    const workbook = createWorkbook({
      title: 'Readiness workbook',
      countyName: 'Yolo',
      period: null,
      appVersion: '0.1.0',
      generatedAt: new Date('2026-01-01T00:00:00Z'),
      notes: [],
    });
    expect(workbook.getWorksheet(COVER_SHEET)?.getRow(4).getCell(2).value).toBe('All periods');
  });
});
