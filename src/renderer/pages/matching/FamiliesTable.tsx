import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import {
  TIER_LABELS,
  type FamilySort,
  type FamilySortKey,
  type MutualFamily,
} from './familiesView';

const COLUMNS = 5;
/** Every row is this many rem high (styles.css, .families-table): one line. */
const ROW_REM = 1.875;

/** Fixed-height rows need no measuring, so 200,000 of them scroll with a true scroll bar. */
function rowHeight(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) * ROW_REM;
}

/**
 * The family pairs, one screenful of rows in the page at a time. aria-rowcount and aria-rowindex
 * tell screen readers where they are in the whole list.
 */
export function FamiliesTable({
  families,
  viewKey,
  sort,
  onSort,
  onReveal,
}: {
  families: readonly MutualFamily[];
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: FamilySort;
  onSort: (sort: FamilySort) => void;
  /** Asks for the names of one family pair's linked persons. */
  onReveal: (family: MutualFamily) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [height] = useState(rowHeight);
  const virtualizer = useVirtualizer({
    count: families.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (size: number, key: string) =>
    size > 0 && (
      <tr key={key} aria-hidden="true" className="spacer">
        <td colSpan={COLUMNS} style={{ height: size }} />
      </tr>
    );
  const header = (key: FamilySortKey, label: string, className?: string) => {
    const current = sort.key === key;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : undefined}
      >
        <button
          type="button"
          className="sort"
          onClick={() => onSort({ key, descending: current ? !sort.descending : false })}
        >
          {label}
          {current && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
        </button>
      </th>
    );
  };

  return (
    <div className="families-list">
      <TableScroll label="Family pairs" ref={scroller} tall>
        <table
          className="data-table sticky-head families-table"
          data-testid="families-table"
          aria-rowcount={families.length + 1}
        >
          <caption>Mutual families</caption>
          <thead>
            <tr aria-rowindex={1}>
              {header('calworksCase', 'CalWORKs case')}
              {header('cwsCase', 'CWS case')}
              {header('persons', 'Persons linked', 'number')}
              {header('tier', 'Tier')}
              <th scope="col">Names</th>
            </tr>
          </thead>
          <tbody>
            {spacer(top, 'top')}
            {items.map((item) => {
              const family = families[item.index];
              if (!family) return null;
              return (
                <tr
                  key={`${family.calworksCase}\u0000${family.cwsCase}`}
                  aria-rowindex={item.index + 2}
                >
                  <th scope="row">{family.calworksCase}</th>
                  <td>{family.cwsCase}</td>
                  <td className="number">{family.persons.toLocaleString('en-US')}</td>
                  <td>{TIER_LABELS[family.tier]}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Show the names in ${family.calworksCase} and ${family.cwsCase}`}
                      onClick={() => onReveal(family)}
                    >
                      Show
                    </button>
                  </td>
                </tr>
              );
            })}
            {spacer(bottom, 'bottom')}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
