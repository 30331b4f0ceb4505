import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import {
  GROUP_LABELS,
  TIER_LABELS,
  type MutualFamilyRecord,
  type RecordSort,
  type RecordSortKey,
} from './familyRecordsView';

const COLUMNS = 7;
/** Every row is this many rem high (styles.css, .family-records-table): one line. */
const ROW_REM = 1.875;

/** Fixed-height rows need no measuring, so thousands of them scroll with a true scroll bar. */
function rowHeight(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) * ROW_REM;
}

/**
 * The county's mutual family records, one screenful of rows in the page at a time. aria-rowcount
 * and aria-rowindex tell screen readers where they are in the whole list.
 */
export function FamilyRecordsTable({
  records,
  viewKey,
  sort,
  onSort,
}: {
  records: readonly MutualFamilyRecord[];
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: RecordSort;
  onSort: (sort: RecordSort) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [height] = useState(rowHeight);
  const virtualizer = useVirtualizer({
    count: records.length,
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
  const header = (key: RecordSortKey, label: string, className?: string) => {
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
    <div className="family-records-list">
      <TableScroll label="Mutual family records" ref={scroller} tall>
        <table
          className="data-table sticky-head family-records-table"
          data-testid="family-records-table"
          aria-rowcount={records.length + 1}
        >
          <caption>Mutual family records</caption>
          <thead>
            <tr aria-rowindex={1}>
              {header('calworksCase', 'CalWORKs case')}
              {header('cwsCase', 'CWS case')}
              {header('tier', 'Tier')}
              {header('group', 'Group')}
              {header('startDate', 'Start')}
              {header('endDate', 'End')}
              {header('matchRunId', 'Match run', 'number')}
            </tr>
          </thead>
          <tbody>
            {spacer(top, 'top')}
            {items.map((item) => {
              const record = records[item.index];
              if (!record) return null;
              return (
                <tr key={record.familyId} aria-rowindex={item.index + 2}>
                  <th scope="row">{record.calworksCase}</th>
                  <td>{record.cwsCase}</td>
                  <td>{TIER_LABELS[record.tier]}</td>
                  <td>{GROUP_LABELS[record.group]}</td>
                  <td className="date">{record.startDate}</td>
                  <td className="date">{record.endDate ?? <span className="muted">open</span>}</td>
                  <td className="number">
                    {record.matchRunId ?? <span className="muted">none</span>}
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
