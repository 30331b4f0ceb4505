import { createContext, use } from 'react';
import type { RollupView } from '../../../api/reports/rollup.contract';
import { RowButton } from '../../components/RowActions';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';
import { FIGURES, LEVEL_LABELS } from './rollupFigures';
import { formatDate } from '../../components/format';

type CountyRow = RollupView['counties'][number];

const LEVEL_ORDER = ['foundation', 'developing', 'ready', 'established'];
const column = columnsOf<CountyRow>();

/** The page's current Remove handler, given around the table so the columns stay one constant. */
const RemoveCounty = createContext<(county: CountyRow) => void>(() => undefined);

function RemoveButton({ county }: { county: CountyRow }) {
  const remove = use(RemoveCounty);
  return <RowButton rowName={county.name} action="Remove" onClick={() => remove(county)} danger />;
}

/**
 * The county stays in view and Remove always shows. The figures the map can be coloured by are
 * columns, since this table is the map's alternative, but for leveraged funds in dollars: counties
 * of every size are compared by the leverage ratio (leveraged ÷ general fund committed), so the
 * dollars wait in the column chooser with mutual families and the date a package was made, and
 * the rest fit a 1280px screen.
 */
const COUNTY_COLUMNS = column.columns([
  column.accessor('name', {
    header: 'County',
    sortFn: 'text',
    meta: { key: true, clip: true, width: 8 },
  }),
  column.accessor((c) => (c.readinessLevel ? LEVEL_ORDER.indexOf(c.readinessLevel) : undefined), {
    id: 'readinessLevel',
    header: 'Readiness level',
    cell: ({ row }) => {
      const level = row.original.readinessLevel;
      return level ? LEVEL_LABELS[level] : '–';
    },
    sortFn: 'basic',
    sortUndefined: 'last',
  }),
  ...FIGURES.map((f) =>
    column.accessor((c) => c[f.key] ?? undefined, {
      id: f.key,
      header: f.label,
      cell: ({ getValue }) => {
        const value = getValue();
        return value === undefined ? '–' : f.format(value);
      },
      // A county that sent no figure sorts last either way, not as the smallest.
      sortFn: 'basic',
      sortUndefined: 'last',
      meta: { align: 'number', optional: f.key === 'leveragedCents' },
    }),
  ),
  column.accessor((c) => c.mutualFamilies ?? undefined, {
    id: 'mutualFamilies',
    header: 'Mutual families',
    cell: ({ getValue }) => getValue() ?? '–',
    sortFn: 'basic',
    sortUndefined: 'last',
    meta: { align: 'number', optional: true },
  }),
  column.accessor((c) => c.generatedAt.slice(0, 10), {
    id: 'generatedAt',
    header: 'Package made',
    cell: ({ getValue }) => formatDate(getValue()),
    sortFn: 'text',
    meta: { align: 'date', optional: true },
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => <RemoveButton county={row.original} />,
    meta: { key: true },
  }),
]);

/** One row per county in the roll-up: the figures the map colours, as a table anyone can read. */
export function RollupCountyTable({
  counties,
  onRemove,
}: {
  counties: RollupView['counties'];
  onRemove: (county: CountyRow) => void;
}) {
  const table = useDataTable({
    name: 'reports.rollupCounties',
    columns: COUNTY_COLUMNS,
    data: counties,
    rowId: (c) => String(c.countyId),
    sorting: { initial: [{ id: 'name', desc: false }] },
  });
  return (
    <RemoveCounty value={onRemove}>
      <DataTable
        table={table}
        caption="Figures by county, sortable by each column"
        captionHidden
        label="Figures by county"
        tableName="the counties"
        className="rollup-counties"
        testId="rollup-counties"
      />
    </RemoveCounty>
  );
}
