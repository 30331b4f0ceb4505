import type { FiscalSummary, SfyLeverageView } from '../../../api/fiscal/summary.contract';
import { formatMoney, sfyLabel } from '../../components/countyAndYear';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';
import { LeverageTrendChart } from './FiscalCharts';

const year = columnsOf<SfyLeverageView>();

/** Every year's leverage; few rows, in the service's order (oldest first), every column needed. */
const BY_YEAR_COLUMNS = year.columns([
  year.display({
    id: 'year',
    header: 'Year',
    cell: ({ row }) => sfyLabel({ startYear: row.original.sfyStartYear }),
    meta: { key: true },
  }),
  year.display({
    id: 'leveraged',
    header: 'Leveraged',
    cell: ({ row }) => formatMoney(row.original.leveragedCents),
    meta: { key: true, align: 'number' },
  }),
  year.display({
    id: 'generalFundSaved',
    header: 'General-fund savings',
    cell: ({ row }) => formatMoney(row.original.generalFundSavedCents),
    meta: { key: true, align: 'number' },
  }),
  year.display({
    id: 'generalFundCommitted',
    header: 'General fund committed',
    cell: ({ row }) => formatMoney(row.original.generalFundCommittedCents),
    meta: { key: true, align: 'number' },
  }),
  year.display({
    id: 'leverageRatio',
    header: 'Leverage ratio',
    cell: ({ row }) => row.original.leverageRatio?.toFixed(2) ?? '–',
    meta: { key: true, align: 'number' },
  }),
]);

/** One line of a year's breakdown: a stream, a category or a quarter, and what it leveraged. */
interface BreakdownRow {
  readonly id: string;
  readonly name: string;
  readonly leveragedCents: number;
  readonly generalFundSavedCents: number;
}

const part = columnsOf<BreakdownRow>();

/** The breakdowns sit side by side in half the page: long stream names hold to two lines. */
function breakdownColumns(rowHeading: string) {
  return part.columns([
    part.display({
      id: 'name',
      header: rowHeading,
      cell: ({ row }) => row.original.name,
      meta: { key: true, clip: true },
    }),
    part.display({
      id: 'leveraged',
      header: 'Leveraged',
      cell: ({ row }) => formatMoney(row.original.leveragedCents),
      meta: { key: true, align: 'number' },
    }),
    part.display({
      id: 'generalFundSaved',
      header: 'GF savings',
      cell: ({ row }) => formatMoney(row.original.generalFundSavedCents),
      meta: { key: true, align: 'number' },
    }),
  ]);
}

const BY_STREAM_COLUMNS = breakdownColumns('Stream');
const BY_CATEGORY_COLUMNS = breakdownColumns('Category or quarter');

/** One year's leverage broken down one way (by stream; by category, then quarter). */
function LeverageBreakdown({
  name,
  label,
  caption,
  columns,
  rows,
}: {
  name: string;
  label: string;
  caption: string;
  columns: typeof BY_STREAM_COLUMNS;
  rows: readonly BreakdownRow[];
}) {
  const table = useDataTable({
    name,
    columns,
    data: rows,
    rowId: (row) => row.id,
    sorting: { initial: [] },
  });
  return (
    <DataTable
      table={table}
      caption={caption}
      label={label}
      tableName={label}
      className="leverage-breakdown"
    />
  );
}

function ByYearTable({ leverage }: { leverage: FiscalSummary['leverage'] }) {
  const table = useDataTable({
    name: 'fiscal.leverageByYear',
    columns: BY_YEAR_COLUMNS,
    data: leverage,
    rowId: (row) => String(row.sfyStartYear),
    sorting: { initial: [] },
  });
  return (
    <DataTable
      table={table}
      caption="By state fiscal year"
      label="Leverage by state fiscal year"
      tableName="leverage by year"
      className="leverage-by-year"
      testId="leverage-by-sfy"
    />
  );
}

/** The leverage of every year with figures, and the chosen year's broken down. */
export function LeverageSection({
  summary,
  streamName,
  categoryName,
}: {
  summary: FiscalSummary;
  streamName: (id: number) => string;
  categoryName: (id: number) => string;
}) {
  const chosen = summary.leverage.find((l) => l.sfyStartYear === summary.sfyStartYear);
  const sfy = chosen && sfyLabel({ startYear: chosen.sfyStartYear });
  return (
    <section aria-labelledby="leverage-heading">
      <h2 id="leverage-heading">Leveraged funds</h2>
      <p>
        Money one program or an outside source spent on services the other program would have paid
        for. The leverage ratio divides it by the county general fund committed to Linkages that
        year.
      </p>
      {summary.leverage.length > 1 && (
        <figure className="chart">
          <LeverageTrendChart summary={summary} />
          <figcaption>
            Leveraged funds and general-fund savings across years (table below).
          </figcaption>
        </figure>
      )}
      <ByYearTable leverage={summary.leverage} />
      {chosen && (
        <div className="two-columns leverage-breakdowns">
          <LeverageBreakdown
            name="fiscal.leverageByStream"
            label="Leverage by stream"
            caption={`${sfy} by stream`}
            columns={BY_STREAM_COLUMNS}
            rows={chosen.byStream.map((s) => ({
              ...s,
              id: `s${s.streamId}`,
              name: streamName(s.streamId),
            }))}
          />
          <LeverageBreakdown
            name="fiscal.leverageByCategory"
            label="Leverage by category and quarter"
            caption={`${sfy} by category and quarter`}
            columns={BY_CATEGORY_COLUMNS}
            rows={[
              ...chosen.byCategory.map((c) => ({
                ...c,
                id: `c${c.categoryId}`,
                name: categoryName(c.categoryId),
              })),
              ...chosen.byQuarter.map((q) => ({
                ...q,
                id: `q${q.quarter}`,
                name: `Q${q.quarter}`,
              })),
            ]}
          />
        </div>
      )}
    </section>
  );
}
