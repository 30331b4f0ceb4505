import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flexRender, type Cell, type Header, type Row, type RowData } from '@tanstack/react-table';
import type { ColumnLook, TableFeatureSet } from './tableFeatures';
import type { DataTableModel } from './useDataTable';

type AnyColumn = { columnDef: { meta?: ColumnLook }; getIndex?: () => number };

function lookOf(column: AnyColumn): ColumnLook {
  return column.columnDef.meta ?? {};
}

/** The classes a column's header and cells share: alignment, and the key column that stays. */
function classesOf(look: ColumnLook, first: boolean, extra?: string): string | undefined {
  const names = [look.align, first && look.key ? 'key-column' : undefined, extra].filter(Boolean);
  return names.length > 0 ? names.join(' ') : undefined;
}

function widthOf(look: ColumnLook) {
  return look.width === undefined ? undefined : { width: `${look.width}rem` };
}

function HeaderCell<R extends RowData>({
  header,
  first,
}: {
  header: Header<TableFeatureSet, R, unknown>;
  first: boolean;
}) {
  const { column } = header;
  const look = lookOf(column);
  const label = flexRender(column.columnDef.header, header.getContext());
  const sorted = column.getIsSorted();
  return (
    <th
      scope="col"
      className={classesOf(look, first)}
      style={widthOf(look)}
      data-key-column={look.key ? column.id : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {column.getCanSort() ? (
        <button type="button" className="sort" onClick={column.getToggleSortingHandler()}>
          {label}
          {sorted && <span aria-hidden="true">{sorted === 'desc' ? ' ▼' : ' ▲'}</span>}
        </button>
      ) : (
        label
      )}
    </th>
  );
}

/** The header row: each sortable column's header is a button that says its order. */
export function TableHeadRow<R extends RowData>({
  table,
  rowIndex,
}: {
  table: DataTableModel<R>;
  rowIndex?: number;
}) {
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <tr aria-rowindex={rowIndex}>
      {headers.map((header, index) => (
        <HeaderCell key={header.id} header={header} first={index === 0} />
      ))}
    </tr>
  );
}

/**
 * Long text held to two lines (one in a fixed-height table). When it is cut, the full text shows on
 * hover (title) and on focus, and the cut text can be reached by keyboard.
 */
export function ClippedText({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [full, setFull] = useState<string | undefined>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const cut =
        element.scrollHeight > element.clientHeight + 1 ||
        element.scrollWidth > element.clientWidth + 1;
      setFull(cut ? (element.textContent ?? undefined) : undefined);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [children]);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- cut text must be reachable by keyboard to be read whole (WCAG 2.1.1, 1.4.13)
    <span ref={ref} className="clip" title={full} tabIndex={full === undefined ? undefined : 0}>
      {children}
    </span>
  );
}

function BodyCell<R extends RowData>({
  cell,
  first,
}: {
  cell: Cell<TableFeatureSet, R, unknown>;
  first: boolean;
}) {
  const look = lookOf(cell.column);
  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
  const shown = look.clip ? <ClippedText>{content}</ClippedText> : content;
  const className = classesOf(look, first);
  return first ? (
    <th scope="row" className={className}>
      {shown}
    </th>
  ) : (
    <td className={className}>{shown}</td>
  );
}

/** A row's shown cells; the first heads the row for screen readers. */
export function RowCells<R extends RowData>({ row }: { row: Row<TableFeatureSet, R> }) {
  return row
    .getVisibleCells()
    .map((cell, index) => <BodyCell key={cell.id} cell={cell} first={index === 0} />);
}

/** Totals under the columns that declare a footer, kept in line when columns are hidden. */
export function TableFootRow<R extends RowData>({ table }: { table: DataTableModel<R> }) {
  const footers = table.getFooterGroups()[0]?.headers ?? [];
  if (!footers.some((footer) => footer.column.columnDef.footer !== undefined)) return null;
  return (
    <tr>
      {footers.map((footer, index) => {
        const content = flexRender(footer.column.columnDef.footer, footer.getContext());
        const className = classesOf(lookOf(footer.column), index === 0);
        return index === 0 ? (
          <th key={footer.id} scope="row" className={className}>
            {content}
          </th>
        ) : (
          <td key={footer.id} className={className}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}
