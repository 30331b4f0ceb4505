import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FiscalLedgerRow } from '../../../src/core/fiscal/types';
import { fiscalWorkbookBytes, FISCAL_SHEETS } from '../../../src/export/fiscal';

const row = (i: number): FiscalLedgerRow => ({
  date: `2025-08-${String(1 + i).padStart(2, '0')}`,
  quarter: 1,
  streamId: 1,
  categoryId: 1,
  payingProgram: 'calworks',
  amountCents: 100 * (i + 1),
  leveraged: false,
  savedProgram: null,
  description: `row ${i + 1}`,
  refundReason: '',
});

describe('the fiscal workbook’s ledger', () => {
  it('goes on in “Ledger 2”, “Ledger 3”… when a sheet is full, each with its header and filter', async () => {
    const bytes = await fiscalWorkbookBytes({
      countyName: 'Sonoma',
      sfyStartYear: 2025,
      streamName: () => 'Stream',
      categoryName: () => 'Category',
      budgetVsActual: {
        rows: [],
        byStream: [],
        total: {
          budgetCents: 0,
          actualCents: 0,
          varianceCents: 0,
          percentSpent: null,
          quarters: [],
        },
      } as never,
      burn: [],
      leverage: null,
      ledger: Array.from({ length: 10 }, (_, i) => row(i)),
      appVersion: 'test',
      generatedAt: new Date('2026-01-01T00:00:00Z'),
      rowsPerSheet: 4,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    // Every table sheet keeps its header in view (a streaming sheet takes its views when made).
    for (const sheet of workbook.worksheets.filter((s) => s.name !== 'Cover')) {
      expect([sheet.name, sheet.views[0]]).toMatchObject([
        sheet.name,
        { state: 'frozen', ySplit: 1 },
      ]);
    }
    const ledgers = workbook.worksheets.filter((s) => s.name.startsWith(FISCAL_SHEETS.ledger));
    expect(ledgers.map((s) => s.name)).toEqual(['Ledger', 'Ledger 2', 'Ledger 3']);
    const descriptions = ledgers.map((sheet) => {
      expect(sheet.getRow(1).getCell(1).value).toBe('Date');
      expect(sheet.autoFilter).toBeTruthy();
      const texts: unknown[] = [];
      sheet.eachRow((r, n) => {
        if (n > 1) texts.push(r.getCell(9).value);
      });
      return texts;
    });
    expect(descriptions).toEqual([
      ['row 1', 'row 2', 'row 3', 'row 4'],
      ['row 5', 'row 6', 'row 7', 'row 8'],
      ['row 9', 'row 10'],
    ]);
  });
});
