import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type {
  FundingStreamView,
  LedgerEntryView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { formatMoney } from '../../../../core/money';
import { TableScroll } from '../../../components/TableScroll';
import { SortHeader } from '../../../components/useFixedRows';
import { nameOf } from '../../../components/countyAndYear';
import type { LedgerPages } from './ledgerPages';
import { periodOf, rowName, type LedgerView } from './ledgerView';

const COLUMNS = 10;
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

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (size: number, key: string) =>
    size > 0 && (
      <tr key={key} aria-hidden="true" className="spacer">
        <td colSpan={COLUMNS} style={{ height: size }} />
      </tr>
    );
  // The ledger's sort names its column `sort`; the shared header calls it `key`.
  const header = (key: Sort['sort'], label: string, className?: string) => (
    <SortHeader
      column={key}
      label={label}
      sort={{ key: sort.sort, descending: sort.descending }}
      onSort={(next) => onSort({ sort: next.key, descending: next.descending })}
      className={className}
    />
  );

  return (
    <>
      <TableScroll label="Ledger rows" ref={scroller} id={TABLE_REGION_ID} tall>
        <table
          className="data-table sticky-head ledger-table"
          data-testid="ledger-table"
          aria-rowcount={ledger.total + 1}
        >
          <thead>
            <tr aria-rowindex={1}>
              {header('date', 'Date')}
              <th scope="col">SFY/Q</th>
              <th scope="col">Stream</th>
              <th scope="col">Category</th>
              <th scope="col">Paying program</th>
              {header('amount', 'Amount', 'number')}
              <th scope="col">Leveraged</th>
              <th scope="col">Description</th>
              <th scope="col">Case number</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {spacer(top, 'top')}
            {items.map((item) => {
              const row = ledger.rowAt(item.index);
              if (!row) {
                return (
                  <tr
                    key={`loading-${item.index}`}
                    aria-rowindex={item.index + 2}
                    className="ledger-table__loading"
                  >
                    <td colSpan={COLUMNS}>Loading…</td>
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
                  <th scope="row">{row.date}</th>
                  <td>{periodOf(row)}</td>
                  <td>{nameOf(streams, row.streamId)}</td>
                  <td>{nameOf(categories, row.categoryId)}</td>
                  <td>{SOURCE_PROGRAM_LABELS[row.payingProgram]}</td>
                  <td className="number">
                    {formatMoney(row.amountCents)}
                    {row.amountCents < 0 && <span className="ledger-table__refund"> refund</span>}
                  </td>
                  <td>
                    {row.leveraged && row.savedProgram
                      ? `Yes, spared ${SOURCE_PROGRAM_LABELS[row.savedProgram]}`
                      : '–'}
                  </td>
                  <td className="ledger-table__text">
                    {row.description}
                    {row.refundReason && ` (refund: ${row.refundReason})`}
                  </td>
                  <td>{row.familyReference ?? '–'}</td>
                  <td>
                    <span className="actions">
                      <button type="button" className="link" onClick={() => onEdit(row)}>
                        Edit<span className="visually-hidden"> the row of {rowName(row)}</span>
                      </button>
                      <button type="button" className="link" onClick={() => onHistory(row)}>
                        History
                        <span className="visually-hidden"> of the row of {rowName(row)}</span>
                      </button>
                      <button type="button" className="link danger" onClick={() => onDelete(row)}>
                        Delete<span className="visually-hidden"> the row of {rowName(row)}</span>
                      </button>
                    </span>
                  </td>
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
