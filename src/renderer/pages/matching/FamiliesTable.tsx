import { TableScroll } from '../../components/TableScroll';
import { SortHeader, useFixedRows } from '../../components/useFixedRows';
import {
  TIER_LABELS,
  type FamilySort,
  type FamilySortKey,
  type MutualFamily,
} from './familiesView';

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
  const { scroller, items, above, below } = useFixedRows({
    count: families.length,
    rowRem: 1.875,
    viewKey,
    columns: 5,
  });
  const header = (key: FamilySortKey, label: string, className?: string) => (
    <SortHeader column={key} label={label} sort={sort} onSort={onSort} className={className} />
  );

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
            {above}
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
            {below}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
