import { VirtualTable, type TableColumn } from '../../components/VirtualTable';
import {
  TIER_LABELS,
  type FamilySort,
  type FamilySortKey,
  type MutualFamily,
} from './familiesView';

/** The family pairs' columns; widths are in matching.css (.families-table). */
function columnsOf(
  onReveal: ((family: MutualFamily) => void) | null,
): TableColumn<MutualFamily, FamilySortKey>[] {
  const columns: TableColumn<MutualFamily, FamilySortKey>[] = [
    { key: 'calworksCase', label: 'CalWORKs case', cell: (f) => f.calworksCase },
    { key: 'cwsCase', label: 'CWS case', cell: (f) => f.cwsCase },
    {
      key: 'persons',
      label: 'Persons linked',
      className: 'number',
      cell: (f) => f.persons.toLocaleString('en-US'),
    },
    { key: 'tier', label: 'Tier', cell: (f) => TIER_LABELS[f.tier] },
  ];
  if (onReveal === null) return columns;
  return [
    ...columns,
    {
      key: 'names',
      label: 'Names',
      sorts: false,
      cell: (f) => (
        <button
          type="button"
          className="link"
          aria-label={`Show the names in ${f.calworksCase} and ${f.cwsCase}`}
          onClick={() => onReveal(f)}
        >
          Show
        </button>
      ),
    },
  ];
}

/** The family pairs, one screenful of rows in the page at a time. */
export function FamiliesTable({
  families,
  onReveal,
  ...view
}: {
  families: readonly MutualFamily[];
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: FamilySort;
  onSort: (sort: FamilySort) => void;
  /** Asks for the names of one family pair's linked persons; null: the role sees no names. */
  onReveal: ((family: MutualFamily) => void) | null;
}) {
  const columns = columnsOf(onReveal);
  return (
    <VirtualTable
      caption="Mutual families"
      label="Family pairs"
      className="families-list"
      tableClassName="families-table"
      testId="families-table"
      rows={families}
      columns={columns}
      rowKey={(family) => `${family.calworksCase}\u0000${family.cwsCase}`}
      {...view}
    />
  );
}
