import type { RollupView } from '../../../api/reports/rollup.contract';
import { RowButton } from '../../components/RowActions';
import { TableScroll } from '../../components/TableScroll';
import { useSortableTable } from '../../components/sortableTable';
import { FIGURES, LEVEL_LABELS } from './rollupFigures';

type CountyRow = RollupView['counties'][number];
type SortKey = 'name' | 'readinessLevel' | (typeof FIGURES)[number]['key'] | 'generatedAt';

const LEVEL_ORDER = ['foundation', 'developing', 'ready', 'established'];

/** One row per county in the roll-up: the figures the map colours, as a table anyone can read. */
export function RollupCountyTable({
  counties,
  onRemove,
}: {
  counties: RollupView['counties'];
  onRemove: (county: CountyRow) => void;
}) {
  const { sortRows, header } = useSortableTable<CountyRow, SortKey>(
    { key: 'name', descending: false },
    (row, key) => {
      if (key === 'readinessLevel') return LEVEL_ORDER.indexOf(row.readinessLevel ?? '');
      const value = row[key];
      return value ?? -Infinity;
    },
  );
  return (
    <TableScroll label="Figures by county">
      <table className="data-table" data-testid="rollup-counties">
        <caption className="visually-hidden">Figures by county, sortable by each column</caption>
        <thead>
          <tr>
            {header('name', 'County')}
            {header('readinessLevel', 'Readiness level')}
            {FIGURES.map((f) => header(f.key, f.label, 'number'))}
            <th scope="col" className="number">
              Mutual families
            </th>
            {header('generatedAt', 'Package made')}
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sortRows(counties).map((c) => (
            <tr key={c.countyId}>
              <th scope="row">{c.name}</th>
              <td>{c.readinessLevel ? LEVEL_LABELS[c.readinessLevel] : '–'}</td>
              {FIGURES.map((f) => (
                <td key={f.key} className="number">
                  {c[f.key] === null ? '–' : f.format(c[f.key] ?? 0)}
                </td>
              ))}
              <td className="number">{c.mutualFamilies ?? '–'}</td>
              <td>{c.generatedAt.slice(0, 10)}</td>
              <td>
                <RowButton rowName={c.name} action="Remove" onClick={() => onRemove(c)} danger />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
