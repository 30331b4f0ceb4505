import type { BudgetLine } from '../../../../api/fiscal/contract';
import { formatMoney } from '../../../../core/money';
import { TableScroll } from '../../../components/TableScroll';
import { useSortableTable } from '../../../components/sortableTable';
import { subtotalOf, type BudgetRow, type StreamGroup, type Subtotal } from './budgetGroups';

type SortKey = 'stream' | 'category' | 'amount';

export const QUARTER_HEADINGS = [
  'Q1 (Jul–Sep)',
  'Q2 (Oct–Dec)',
  'Q3 (Jan–Mar)',
  'Q4 (Apr–Jun)',
] as const;

/** Who the line is for, said in full on its buttons. */
export const lineName = (row: BudgetRow) => `${row.streamName}, ${row.categoryName}`;

/**
 * The SFY's budget lines under their stream, each stream with its total, and the grand total.
 * Sorting orders the lines within each stream, and the streams by the same measure (their total
 * for Amount), so a stream's lines and its total stay together.
 */
export function BudgetTable({
  groups,
  sfy,
  onEdit,
  onDelete,
}: {
  groups: readonly StreamGroup[];
  sfy: string;
  onEdit: (line: BudgetLine) => void;
  onDelete: (row: BudgetRow) => void;
}) {
  const { sortRows, header } = useSortableTable<BudgetRow, SortKey>(
    { key: 'stream', descending: false },
    (row, key) =>
      key === 'amount'
        ? row.amountCents
        : key === 'category'
          ? row.categoryName.toLowerCase()
          : row.streamName.toLowerCase(),
  );
  // Each stream stands in the sort as one row carrying its total and no category.
  const standIns = new Map<BudgetRow, StreamGroup>();
  for (const group of groups) {
    const first = group.rows[0];
    if (first) standIns.set({ ...first, categoryName: '', amountCents: group.amountCents }, group);
  }
  const ordered = sortRows([...standIns.keys()]).flatMap((row) => standIns.get(row) ?? []);
  const total = subtotalOf(groups);

  return (
    <TableScroll label={`Budget lines for ${sfy}`}>
      <table className="data-table budget-table" data-testid="budget-table">
        <thead>
          <tr>
            {header('stream', 'Funding stream')}
            {header('category', 'Service category')}
            {header('amount', 'Amount', 'number')}
            {QUARTER_HEADINGS.map((heading) => (
              <th key={heading} scope="col" className="number">
                {heading}
              </th>
            ))}
            <th scope="col">Actions</th>
          </tr>
        </thead>
        {ordered.map((group) => (
          <tbody key={group.streamId}>
            {sortRows(group.rows).map((row) => (
              <tr key={row.line.id}>
                <th scope="row">
                  {row.streamName}
                  {row.streamRetired && <span className="status-badge">Retired</span>}
                </th>
                <td>
                  {row.categoryName}
                  {row.categoryRetired && <span className="status-badge">Retired</span>}
                </td>
                <td className="number">
                  {formatMoney(row.amountCents)}{' '}
                  <span className="split-note">{row.evenSplit ? 'even split' : 'by quarter'}</span>
                </td>
                {row.quarters.map((cents, i) => (
                  <td key={i} className={row.evenSplit ? 'number muted' : 'number'}>
                    {formatMoney(cents)}
                  </td>
                ))}
                <td>
                  <div className="actions">
                    <button type="button" className="link" onClick={() => onEdit(row.line)}>
                      Edit<span className="visually-hidden"> {lineName(row)}</span>
                    </button>
                    <button type="button" className="link danger" onClick={() => onDelete(row)}>
                      Delete<span className="visually-hidden"> {lineName(row)}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
            <TotalRow className="subtotal" label={`Total, ${group.streamName}`} total={group} />
          </tbody>
        ))}
        <tfoot>
          <TotalRow className="grand-total" label={`Total, ${sfy}`} total={total} />
        </tfoot>
      </table>
    </TableScroll>
  );
}

function TotalRow({
  label,
  total,
  className,
}: {
  label: string;
  total: Subtotal;
  className: string;
}) {
  return (
    <tr className={className}>
      <th scope="row" colSpan={2}>
        {label}
      </th>
      <td className="number">{formatMoney(total.amountCents)}</td>
      {total.quarters.map((cents, i) => (
        <td key={i} className="number">
          {formatMoney(cents)}
        </td>
      ))}
      <td />
    </tr>
  );
}
