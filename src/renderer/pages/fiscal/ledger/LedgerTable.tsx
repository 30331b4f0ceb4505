import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  FundingStreamView,
  LedgerEntryView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { TableScroll } from '../../../components/TableScroll';
import { ColumnChooser } from '../../../components/table/ColumnChooser';
import { RowCells, TableHeadRow } from '../../../components/table/TableParts';
import { useDataTable } from '../../../components/table/useDataTable';
import { ledgerColumns, type LedgerRowActions } from './ledgerColumns';
import type { LedgerPages } from './ledgerPages';
import type { LedgerView } from './ledgerView';

export const TABLE_REGION_ID = 'ledger-table-region';
/** Every row is this many rem high (ledger.css, .ledger-table): one line, cut with an ellipsis. */
const ROW_REM = 1.875;

/**
 * Rows are one fixed height, so a million of them need no measuring and the scroll bar is true
 * (1,000,000 × 30px stays under Chromium's ~33.5 million px limit on an element's height).
 */
function rowHeight(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) * ROW_REM;
}

type Sort = Pick<LedgerView, 'sort' | 'descending'>;

/**
 * The ledger, one screenful of rows in the page at a time: the rows in view decide which pages
 * are fetched, and rows still on their way show as "Loading…". aria-rowcount and aria-rowindex
 * tell screen readers where they are in the whole.
 */
export function LedgerTable({
  ledger,
  viewKey,
  sort,
  onSort,
  streams,
  categories,
  editingId,
  saved,
  onEdit,
  onDelete,
  onHistory,
}: {
  ledger: LedgerPages;
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
  streams: readonly FundingStreamView[];
  categories: readonly ServiceCategoryView[];
  editingId: number | null;
  /** The row saved last and where it landed, brought into view and marked. */
  saved: { id: number; position: number } | null;
  onEdit: (row: LedgerEntryView) => void;
  onDelete: (row: LedgerEntryView) => void;
  /** Opens the row's history: every change to it, newest first. */
  onHistory: (row: LedgerEntryView) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [height] = useState(rowHeight);
  const virtualizer = useVirtualizer({
    count: ledger.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items.at(-1)?.index;
  const { show } = ledger;

  useEffect(() => {
    if (first !== undefined && last !== undefined) show(first, last);
  }, [first, last, show]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  useEffect(() => {
    if (saved) virtualizer.scrollToIndex(saved.position - 1, { align: 'auto' });
  }, [saved, virtualizer]);

  const actions = useRef<LedgerRowActions>({ onEdit, onDelete, onHistory });
  useEffect(() => {
    actions.current = { onEdit, onDelete, onHistory };
  });
  const columns = useMemo(
    () => ledgerColumns(streams, categories, () => actions.current),
    [streams, categories],
  );
  const inView = useSameRows(items.map((item) => ledger.rowAt(item.index)));
  const loaded = useMemo(
    () => inView.filter((row): row is LedgerEntryView => row !== undefined),
    [inView],
  );
  const table = useDataTable({
    name: 'fiscal.ledger',
    columns,
    data: loaded,
    rowId: (row) => String(row.id),
    sorting: {
      ordered: [{ id: sort.sort, desc: sort.descending }],
      onSort: ([next]) => {
        if (next) onSort({ sort: next.id as Sort['sort'], descending: next.desc });
      },
    },
  });
  const rowsById = new Map(table.getRowModel().rows.map((row) => [row.original.id, row]));
  const columnCount = table.getVisibleLeafColumns().length;

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (size: number, key: string) =>
    size > 0 && (
      <tr key={key} aria-hidden="true" className="spacer">
        <td colSpan={columnCount} style={{ height: size }} />
      </tr>
    );

  return (
    <>
      <ColumnChooser table={table} tableName="the ledger" />
      <TableScroll label="Ledger rows" ref={scroller} id={TABLE_REGION_ID} tall>
        <table
          className="data-table sticky-head ledger-table"
          data-testid="ledger-table"
          aria-rowcount={ledger.total + 1}
        >
          <thead>
            <TableHeadRow table={table} rowIndex={1} />
          </thead>
          <tbody>
            {spacer(top, 'top')}
            {items.map((item) => {
              const row = inView[items.indexOf(item)];
              const shown = row && rowsById.get(row.id);
              if (!row || !shown) {
                return (
                  <tr
                    key={`loading-${item.index}`}
                    aria-rowindex={item.index + 2}
                    className="ledger-table__loading"
                  >
                    <td colSpan={columnCount}>Loading…</td>
                  </tr>
                );
              }
              const marked =
                row.id === editingId
                  ? 'ledger-table__editing'
                  : row.id === saved?.id
                    ? 'ledger-table__saved'
                    : undefined;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2} className={marked}>
                  <RowCells row={shown} />
                </tr>
              );
            })}
            {spacer(bottom, 'bottom')}
          </tbody>
        </table>
      </TableScroll>
      {ledger.counted && ledger.total === 0 && <p>No ledger rows match these filters.</p>}
    </>
  );
}

/** The same rows as last render keep the same array, so the table model is not rebuilt for nothing. */
function useSameRows(
  rows: (LedgerEntryView | undefined)[],
): readonly (LedgerEntryView | undefined)[] {
  const [kept, setKept] = useState(rows);
  const same = kept.length === rows.length && kept.every((row, index) => row === rows[index]);
  if (!same) setKept(rows);
  return same ? kept : rows;
}
