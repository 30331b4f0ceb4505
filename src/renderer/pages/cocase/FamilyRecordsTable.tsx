import { VirtualTable, type TableColumn } from '../../components/VirtualTable';
import { hrefOf } from '../../navigation';
import {
  GROUP_LABELS,
  TIER_LABELS,
  type MutualFamilyRecord,
  type RecordSort,
  type RecordSortKey,
} from './familyRecordsView';
import { formatDate } from '../../components/format';

// Widths are in familyRecords.css (.family-records-table).
const COLUMNS: readonly TableColumn<MutualFamilyRecord, RecordSortKey>[] = [
  {
    key: 'calworksCase',
    label: 'CalWORKs case',
    cell: (r) => <a href={hrefOf('cocase', 'families', r.familyId)}>{r.calworksCase}</a>,
  },
  { key: 'cwsCase', label: 'CWS case', cell: (r) => r.cwsCase },
  { key: 'tier', label: 'Tier', cell: (r) => TIER_LABELS[r.tier] },
  { key: 'group', label: 'Group', cell: (r) => GROUP_LABELS[r.group] },
  { key: 'startDate', label: 'Start', className: 'date', cell: (r) => formatDate(r.startDate) },
  {
    key: 'endDate',
    label: 'End',
    className: 'date',
    cell: (r) => (r.endDate ? formatDate(r.endDate) : <span className="muted">open</span>),
  },
  {
    key: 'matchRunId',
    label: 'Match run',
    className: 'number',
    cell: (r) => r.matchRunId ?? <span className="muted">none</span>,
  },
];

/** The county's mutual family records, one screenful of rows in the page at a time. */
export function FamilyRecordsTable({
  records,
  ...view
}: {
  records: readonly MutualFamilyRecord[];
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: RecordSort;
  onSort: (sort: RecordSort) => void;
}) {
  return (
    <VirtualTable
      caption="Mutual family records"
      className="family-records-list"
      tableClassName="family-records-table"
      testId="family-records-table"
      rows={records}
      columns={COLUMNS}
      rowKey={(record) => record.familyId}
      {...view}
    />
  );
}
