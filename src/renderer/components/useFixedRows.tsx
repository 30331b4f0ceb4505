import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';

/**
 * A long table's rows, one screenful in the page at a time. Rows are one fixed height (rowRem,
 * matched in the table's stylesheet), so thousands need no measuring and the scroll bar is true.
 * The table goes back to its top when viewKey changes (new filters or sort). The spacer rows stand
 * in for the rows above and below; aria-rowindex on each row tells screen readers where it is.
 */
export function useFixedRows({
  count,
  rowRem,
  viewKey,
  columns,
}: {
  count: number;
  rowRem: number;
  viewKey: string;
  columns: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [height] = useState(
    () => parseFloat(getComputedStyle(document.documentElement).fontSize) * rowRem,
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  const spacer = (size: number, key: string) =>
    size > 0 && (
      <tr key={key} aria-hidden="true" className="spacer">
        <td colSpan={columns} style={{ height: size }} />
      </tr>
    );
  return {
    scroller,
    items,
    above: spacer(items[0]?.start ?? 0, 'above'),
    below: spacer(virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0), 'below'),
  };
}

/** A column header that sorts by its column: again to turn the order round. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: K;
  label: string;
  sort: { readonly key: K; readonly descending: boolean };
  onSort: (sort: { key: K; descending: boolean }) => void;
  className?: string;
}) {
  const current = sort.key === column;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort"
        onClick={() => onSort({ key: column, descending: current ? !sort.descending : false })}
      >
        {label}
        {current && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
      </button>
    </th>
  );
}
