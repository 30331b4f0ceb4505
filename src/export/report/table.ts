/**
 * A table of figures, drawn so that every page it runs onto starts with its header row and no
 * header is stranded at a page's foot (pagination.ts decides where the breaks go).
 */
import { paginateRows } from './pagination';
import { INK, RULE, type ReportDocument } from './reportDocument';

export interface TableColumn {
  readonly heading: string;
  /** Share of the text width; the columns' shares add up to 1. */
  readonly share: number;
  /** Figures sit right, to line up their digits. */
  readonly align?: 'left' | 'right';
}

export interface ReportTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  /** A line under the table, e.g. what "<11" means. */
  readonly note?: string;
}

const SIZE = 9;
const PAD_X = 4;
const PAD_Y = 3;
const HEADER_FILL = '#e6ecf3';

export function drawTable(report: ReportDocument, table: ReportTable): void {
  const widths = table.columns.map((c) => c.share * report.width);
  const heightOf = (cells: readonly string[], weight: 'regular' | 'bold') => {
    report.use(weight, SIZE);
    const heights = cells.map((text, i) =>
      report.pdf.heightOfString(text || ' ', { width: (widths[i] ?? 0) - PAD_X * 2 }),
    );
    return Math.max(...heights) + PAD_Y * 2;
  };
  const headerHeight = heightOf(
    table.columns.map((c) => c.heading),
    'bold',
  );
  const rowHeights = table.rows.map((row) => heightOf(row, 'regular'));
  const { startOnNewPage, pages } = paginateRows(
    headerHeight,
    rowHeights,
    report.spaceLeft(),
    report.pageSpace,
  );
  if (startOnNewPage) report.newPage();
  pages.forEach((rows, n) => {
    if (n > 0) report.newPage();
    drawRow(
      report,
      table.columns.map((c) => c.heading),
      table,
      widths,
      headerHeight,
      'bold',
    );
    for (const index of rows) {
      drawRow(report, table.rows[index] ?? [], table, widths, rowHeights[index] ?? 0, 'regular');
    }
  });
  if (table.note) {
    report.gap(3);
    report.paragraph(table.note, { size: 8.5 });
  }
  report.gap(8);
}

function drawRow(
  report: ReportDocument,
  cells: readonly string[],
  table: ReportTable,
  widths: readonly number[],
  height: number,
  weight: 'regular' | 'bold',
): void {
  const { pdf } = report;
  const top = report.y;
  if (weight === 'bold') pdf.rect(report.left, top, report.width, height).fill(HEADER_FILL);
  report.use(weight, SIZE, INK);
  // pagination.ts has made room for the row: a cell's text must not open a page of its own.
  const { margins } = pdf.page;
  const bottomMargin = margins.bottom;
  margins.bottom = 0;
  let x = report.left;
  cells.forEach((text, i) => {
    const width = widths[i] ?? 0;
    pdf.text(text, x + PAD_X, top + PAD_Y, {
      width: width - PAD_X * 2,
      align: table.columns[i]?.align ?? 'left',
    });
    x += width;
  });
  margins.bottom = bottomMargin;
  pdf
    .moveTo(report.left, top + height)
    .lineTo(report.left + report.width, top + height)
    .lineWidth(weight === 'bold' ? 0.8 : 0.4)
    .strokeColor(RULE)
    .stroke();
  report.y = top + height;
  pdf.x = report.left;
}
