import { TableScroll } from '../../components/TableScroll';
import { SortHeader, useFixedRows } from '../../components/useFixedRows';
import { hrefOf } from '../../navigation';
import {
  GROUP_LABELS,
  TIER_LABELS,
  type MutualFamilyRecord,
  type RecordSort,
  type RecordSortKey,
} from './familyRecordsView';

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
  const { scroller, items, above, below } = useFixedRows({
    count: records.length,
    rowRem: 1.875,
    viewKey,
    columns: 7,
  });
  const header = (key: RecordSortKey, label: string, className?: string) => (
    <SortHeader column={key} label={label} sort={sort} onSort={onSort} className={className} />
  );

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
            {above}
            {items.map((item) => {
              const record = records[item.index];
              if (!record) return null;
              return (
                <tr key={record.familyId} aria-rowindex={item.index + 2}>
                  <th scope="row">
                    <a href={hrefOf('cocase', 'families', record.familyId)}>
                      {record.calworksCase}
                    </a>
                  </th>
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
            {below}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
