/**
 * The fiscal workbook for one SFY: summary, budget vs actual, by quarter, leverage and the ledger.
 * Written with exceljs's streaming writer, every row committed as it is made, so memory stays flat
 * however long the ledger is. Text is always written as text: a description starting with "="
 * stays a description (no cell of this workbook is ever a formula).
 */
import type ExcelJS from 'exceljs';
import type { BudgetFigures, BudgetVsActual } from '../core/fiscal/budgetVsActual';
import type { BurnRate } from '../core/fiscal/burnRate';
import type { SfyLeverage } from '../core/fiscal/leverage';
import { SOURCE_PROGRAM_LABELS } from '../core/fiscal/reference';
import type { FiscalLedgerRow, SourceProgram } from '../core/fiscal/types';
import { sfyLabel } from '../core/fiscalCalendar';
import { COVER_SHEET, writeCover } from './cover';
import { dayInWords } from '../core/dateWords';
import { printOptions, type PrintedHeading } from './printSetup';
import {
  DATE_FORMAT,
  excelDate,
  figureTable,
  frozenHeader,
  MONEY_FORMAT,
  streamTable,
  table,
  type Column,
  type FigureRow,
} from './sheets';
import { streamedWorkbookBytes } from './streamedWorkbook';

export const FISCAL_SHEETS = {
  summary: 'Summary',
  budgetVsActual: 'Budget vs actual',
  byQuarter: 'By quarter',
  leverage: 'Leverage',
  ledger: 'Ledger',
} as const;

export { MONEY_FORMAT } from './sheets';
const SHARE_FORMAT = '0.0%';
const RATIO_FORMAT = '0.00';

export type { FiscalLedgerRow } from '../core/fiscal/types';

export interface FiscalWorkbookInput {
  readonly countyName: string;
  readonly sfyStartYear: number;
  readonly streamName: (id: number) => string;
  readonly categoryName: (id: number) => string;
  readonly budgetVsActual: BudgetVsActual;
  readonly burn: readonly (BurnRate & { streamId: number })[];
  readonly leverage: SfyLeverage | null;
  /** The SFY's ledger rows in date order, read as the sheet is written. */
  readonly ledger: Iterable<FiscalLedgerRow>;
  readonly appVersion: string;
  readonly generatedAt: Date;
  /** Ledger rows per sheet; Excel's limit unless a test asks for fewer. */
  readonly rowsPerSheet?: number;
}

/** "Ledger", then "Ledger 2", "Ledger 3"… for a year longer than one Excel sheet. */
export function ledgerSheetName(part: number): string {
  return part === 1 ? FISCAL_SHEETS.ledger : `${FISCAL_SHEETS.ledger} ${part}`;
}

const dollars = (cents: number) => cents / 100;

export function fiscalWorkbookBytes(input: FiscalWorkbookInput): Promise<Uint8Array> {
  return streamedWorkbookBytes(input, (workbook) => writeFiscalWorkbook(input, workbook));
}

async function writeFiscalWorkbook(
  input: FiscalWorkbookInput,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
): Promise<void> {
  const heading: PrintedHeading = {
    title: 'Fiscal workbook',
    countyName: input.countyName,
    period: sfyLabel({ startYear: input.sfyStartYear }),
  };
  const tableSheet = (name: string) =>
    workbook.addWorksheet(name, { ...frozenHeader(), ...printOptions(heading) });
  // Each sheet is committed as soon as it is written: the zip takes sheets in order, and while one
  // is open every later sheet (the ledger) would wait in memory, whole.
  const cover = workbook.addWorksheet(COVER_SHEET, printOptions(heading));
  writeCover(cover, {
    ...heading,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      'Amounts are US dollars; refunds are negative. Variance is budget minus spent.',
      'Leveraged funds: money one program or an outside source spent on services the other program would otherwise have paid for. Leverage ratio: leveraged funds ÷ county general fund committed to Linkages in the year.',
      'The ledger lists no family references: case numbers stay in the Workbench. A ledger longer than one Excel sheet goes on in “Ledger 2”, “Ledger 3”….',
    ],
  });
  cover.commit();
  const summary = tableSheet(FISCAL_SHEETS.summary);
  writeSummary(summary, input);
  summary.commit();
  const small: [string, (sheet: ExcelJS.Worksheet) => void][] = [
    [
      FISCAL_SHEETS.budgetVsActual,
      (s) => table(s, budgetColumns(input), input.budgetVsActual.rows),
    ],
    [FISCAL_SHEETS.byQuarter, (s) => table(s, quarterColumns(input), quarterRows(input))],
    [FISCAL_SHEETS.leverage, (s) => table(s, leverageColumns, leverageRows(input))],
  ];
  for (const [name, write] of small) {
    const sheet = tableSheet(name);
    write(sheet);
    sheet.commit();
  }
  await streamTable(
    (part) => tableSheet(ledgerSheetName(part)),
    ledgerColumns(input),
    input.ledger,
    input.rowsPerSheet,
  );
}

function writeSummary(sheet: ExcelJS.Worksheet, input: FiscalWorkbookInput): void {
  const { total } = input.budgetVsActual;
  const lev = input.leverage;
  const money = (label: string, cents: number): FigureRow => ({
    label,
    values: [dollars(cents)],
    numFmt: MONEY_FORMAT,
  });
  figureTable(
    sheet,
    ['Figure', 'Value'],
    [
      money('Budget', total.budgetCents),
      money('Spent', total.actualCents),
      money('Variance (budget − spent)', total.varianceCents),
      { label: 'Spent of budget', values: [total.percentSpent], numFmt: SHARE_FORMAT },
      money('Leveraged funds', lev?.leveragedCents ?? 0),
      money('General-fund savings', lev?.generalFundSavedCents ?? 0),
      money('General fund committed', lev?.generalFundCommittedCents ?? 0),
      { label: 'Leverage ratio', values: [lev?.leverageRatio ?? null], numFmt: RATIO_FORMAT },
    ],
  );
}

function figureColumns<T extends BudgetFigures>(): Column<T>[] {
  return [
    ...[0, 1, 2, 3].map((q): Column<T> => ({
      heading: `Q${q + 1} spent`,
      value: (r) => dollars(r.quarters[q]?.actualCents ?? 0),
      numFmt: MONEY_FORMAT,
      width: 14,
    })),
    { heading: 'Budget', value: (r) => dollars(r.budgetCents), numFmt: MONEY_FORMAT, width: 15 },
    { heading: 'Spent', value: (r) => dollars(r.actualCents), numFmt: MONEY_FORMAT, width: 15 },
    {
      heading: 'Variance',
      value: (r) => dollars(r.varianceCents),
      numFmt: MONEY_FORMAT,
      width: 15,
    },
    { heading: 'Spent %', value: (r) => r.percentSpent, numFmt: SHARE_FORMAT },
  ];
}

function budgetColumns(input: FiscalWorkbookInput): Column<BudgetVsActual['rows'][number]>[] {
  return [
    { heading: 'Funding stream', value: (r) => input.streamName(r.streamId), width: 40 },
    { heading: 'Service category', value: (r) => input.categoryName(r.categoryId), width: 28 },
    ...figureColumns(),
    { heading: 'Budgeted', value: (r) => (r.unbudgeted ? 'No' : 'Yes') },
  ];
}

type QuarterRow = { stream: string; quarter: number; budgetCents: number; actualCents: number };

function quarterRows(input: FiscalWorkbookInput): QuarterRow[] {
  const rows: QuarterRow[] = [];
  for (const s of input.budgetVsActual.byStream) {
    for (const q of s.quarters) {
      rows.push({
        stream: input.streamName(s.streamId),
        quarter: q.quarter,
        budgetCents: q.budgetCents,
        actualCents: q.actualCents,
      });
    }
  }
  for (const q of input.budgetVsActual.total.quarters) {
    rows.push({
      stream: 'All streams',
      quarter: q.quarter,
      budgetCents: q.budgetCents,
      actualCents: q.actualCents,
    });
  }
  return rows;
}

function quarterColumns(input: FiscalWorkbookInput): Column<QuarterRow>[] {
  const burn = new Map(input.burn.map((b) => [input.streamName(b.streamId), b]));
  return [
    { heading: 'Funding stream', value: (r) => r.stream, width: 40 },
    { heading: 'Quarter', value: (r) => `Q${r.quarter}` },
    { heading: 'Budget', value: (r) => dollars(r.budgetCents), numFmt: MONEY_FORMAT, width: 15 },
    { heading: 'Spent', value: (r) => dollars(r.actualCents), numFmt: MONEY_FORMAT, width: 15 },
    {
      heading: 'Projection to June 30',
      value: (r) => {
        const b = burn.get(r.stream);
        if (!b || r.quarter !== 4) return null;
        return b.status === 'runs-out'
          ? `Runs out ${b.runOutDate ? dayInWords(b.runOutDate) : ''}`
          : b.status === 'unspent'
            ? 'Will be left partly unspent'
            : 'On track';
      },
      width: 28,
    },
  ];
}

type LeverageRow = {
  kind: string;
  name: string;
  leveragedCents: number;
  generalFundSavedCents: number;
};

function leverageRows(input: FiscalWorkbookInput): LeverageRow[] {
  const lev = input.leverage;
  if (!lev) return [];
  return [
    ...lev.byStream.map((s) => ({ kind: 'Stream', name: input.streamName(s.streamId), ...s })),
    ...lev.byCategory.map((c) => ({
      kind: 'Category',
      name: input.categoryName(c.categoryId),
      ...c,
    })),
    ...lev.byQuarter.map((q) => ({ kind: 'Quarter', name: `Q${q.quarter}`, ...q })),
    { kind: 'Year', name: sfyLabel({ startYear: lev.sfyStartYear }), ...lev },
  ];
}

const leverageColumns: Column<LeverageRow>[] = [
  { heading: 'By', value: (r) => r.kind },
  { heading: 'Name', value: (r) => r.name, width: 40 },
  {
    heading: 'Leveraged',
    value: (r) => dollars(r.leveragedCents),
    numFmt: MONEY_FORMAT,
    width: 15,
  },
  {
    heading: 'General-fund savings',
    value: (r) => dollars(r.generalFundSavedCents),
    numFmt: MONEY_FORMAT,
    width: 20,
  },
];

function ledgerColumns(input: FiscalWorkbookInput): Column<FiscalLedgerRow>[] {
  const program = (p: SourceProgram | null) => (p ? SOURCE_PROGRAM_LABELS[p] : '');
  return [
    { heading: 'Date', value: (r) => excelDate(r.date), numFmt: DATE_FORMAT, width: 12 },
    { heading: 'Quarter', value: (r) => `Q${r.quarter}` },
    // Widths for a ledger read as it is written (not measured first): long names wrap.
    { heading: 'Funding stream', value: (r) => input.streamName(r.streamId), width: 30 },
    { heading: 'Service category', value: (r) => input.categoryName(r.categoryId), width: 24 },
    { heading: 'Paying program', value: (r) => program(r.payingProgram), width: 11 },
    { heading: 'Amount', value: (r) => dollars(r.amountCents), numFmt: MONEY_FORMAT, width: 14 },
    { heading: 'Leveraged', value: (r) => (r.leveraged ? 'Yes' : 'No') },
    { heading: 'Spared program', value: (r) => program(r.savedProgram), width: 11 },
    { heading: 'Vendor / description', value: (r) => r.description, width: 30 },
    { heading: 'Refund reason', value: (r) => r.refundReason, width: 24 },
  ];
}
