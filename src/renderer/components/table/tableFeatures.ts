import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';

/** How a column looks and whether a person can do without it on a small screen. */
export interface ColumnLook {
  /**
   * A column a person needs to read the table (the ledger's date, stream and amount): never
   * hidden, marked `data-key-column` so the layout test checks it is on screen without scrolling.
   * The first column heads its row and stays in view when the table scrolls sideways.
   */
  readonly key?: boolean;
  /** Money and counts are right-aligned in tabular figures; dates keep one width. */
  readonly align?: 'number' | 'date';
  /** Long names: two lines, the full text on hover and on focus. */
  readonly clip?: boolean;
  /** Starts hidden; the column chooser above the table shows it. */
  readonly optional?: boolean;
  /** Width in rem, when the column must not take more (or less) than that. */
  readonly width?: number;
}

/**
 * The table features every data table in the Workbench uses: sorting (in the page, or by the
 * service for tables too long to hold) and columns a person can hide or show.
 */
export const TABLE_FEATURES = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  columnVisibilityFeature,
  columnMeta: {} as ColumnLook,
});

export type TableFeatureSet = typeof TABLE_FEATURES;

/** Column definitions for rows of type R, typed by the Workbench's table features. */
export function columnsOf<R extends RowData>() {
  return createColumnHelper<TableFeatureSet, R>();
}

export type DataColumn<R extends RowData> = ColumnDef<TableFeatureSet, R, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each column keeps its own value type, as columnHelper.columns does
