import type { FiscalSummary, SfyLeverageView } from '../../../api/fiscal/summary.contract';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../components/format';
import { BudgetVsActualChart, LeverageTrendChart, SpendingByQuarterChart } from './FiscalCharts';
import { FiscalNav } from './FiscalNav';
import {
  formatMoney,
  formatShare,
  nameOf,
  sfyLabel,
  useFiscalCounty,
  useSfy,
} from '../../components/countyAndYear';
import { SfyPicker } from '../../components/SfyPicker';

export function FiscalSummaryPage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <FiscalNav current="" />
      <PageHeading>Fiscal summary</PageHeading>
      <p className="lead">
        What each funding stream committed and spent on services for mutual families this state
        fiscal year, whether it will last to June 30, and what collaboration leveraged.
      </p>
      {noCounty && (
        <p className="notice">Choose your county at the top of the window to see its figures.</p>
      )}
      {county && <CountySummary countyId={county.id} />}
    </>
  );
}

function CountySummary({ countyId }: { countyId: number }) {
  const [sfy, setSfy] = useSfy();
  const reference = useApi('fiscal.reference', { countyId });
  const summary = useApi('fiscal.summary', { countyId, sfyStartYear: sfy, asOf: null });
  if (!summary.data || !reference.data) {
    return <p>{summary.isPending ? 'Adding up the ledger…' : ''}</p>;
  }
  const data = summary.data;
  const streamName = (id: number) => nameOf(reference.data.streams, id);
  const categoryName = (id: number) => nameOf(reference.data.categories, id);
  const years = data.leverage.map((l) => l.sfyStartYear);
  return (
    <>
      <div className="toolbar">
        <SfyPicker value={sfy} years={years} onChange={setSfy} />
        <DownloadButton
          label={`Download fiscal workbook, ${sfyLabel({ startYear: sfy })}`}
          busyLabel="Preparing the fiscal workbook…"
          build={() => invoke('fiscal.exportWorkbook', { countyId, sfyStartYear: sfy })}
        />
      </div>
      <Headline summary={data} />
      <BurnWarnings summary={data} streamName={streamName} />
      <section aria-labelledby="bva-heading">
        <h2 id="bva-heading">Budget vs actual, {sfyLabel({ startYear: sfy })}</h2>
        {data.budgetVsActual.rows.length === 0 ? (
          <p>No budget or spending in this year yet.</p>
        ) : (
          <>
            <figure className="chart">
              <BudgetVsActualChart summary={data} streamName={streamName} />
              <figcaption>
                Budget and spending per funding stream; the table below has every figure.
              </figcaption>
            </figure>
            <BudgetTable summary={data} streamName={streamName} categoryName={categoryName} />
            <figure className="chart">
              <SpendingByQuarterChart summary={data} streamName={streamName} />
              <figcaption>
                Spending per quarter, stacked by funding stream (the table above gives each quarter
                per line).
              </figcaption>
            </figure>
          </>
        )}
      </section>
      <LeverageSection summary={data} streamName={streamName} categoryName={categoryName} />
    </>
  );
}

function Headline({ summary }: { summary: FiscalSummary }) {
  const { total } = summary.budgetVsActual;
  const leverage = summary.leverage.find((l) => l.sfyStartYear === summary.sfyStartYear);
  return (
    <dl className="headline" data-testid="fiscal-headline">
      <div>
        <dt>Budget</dt>
        <dd>{formatMoney(total.budgetCents)}</dd>
      </div>
      <div>
        <dt>Spent</dt>
        <dd>
          {formatMoney(total.actualCents)} ({formatShare(total.percentSpent)})
        </dd>
      </div>
      <div>
        <dt>Leveraged</dt>
        <dd>{formatMoney(leverage?.leveragedCents ?? 0)}</dd>
      </div>
      <div>
        <dt>Leverage ratio</dt>
        <dd>
          {leverage?.leverageRatio == null ? '–' : `${leverage.leverageRatio.toFixed(2)} : 1`}
        </dd>
      </div>
    </dl>
  );
}

function BurnWarnings({
  summary,
  streamName,
}: {
  summary: FiscalSummary;
  streamName: (id: number) => string;
}) {
  const warnings = summary.burn.filter((b) => b.status !== 'on-track');
  if (summary.burn.length === 0) return null;
  return (
    <section aria-labelledby="burn-heading">
      <h2 id="burn-heading">Will the money last? (as of {formatDate(summary.asOf)})</h2>
      {warnings.length === 0 ? (
        <p>Every stream is on track to spend its budget by June 30.</p>
      ) : (
        <ul className="notice" data-testid="burn-warnings">
          {warnings.map((b) => (
            <li key={b.streamId}>
              <strong>{streamName(b.streamId)}</strong>:{' '}
              {b.status === 'runs-out'
                ? `at ${formatMoney(Math.round(b.burnPerDayCents))} a day it runs out on ${b.runOutDate ? formatDate(b.runOutDate) : '?'}, before June 30 (projected ${formatMoney(b.projectedCents)} of ${formatMoney(b.budgetCents)}).`
                : `projected to spend ${formatMoney(b.projectedCents)} of ${formatMoney(b.budgetCents)} by June 30: ${formatMoney(b.budgetCents - b.projectedCents)} would be left unspent.`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const BUDGET_HEADINGS = [
  ...[1, 2, 3, 4].map((q) => `Q${q} spent`),
  'Budget',
  'Spent',
  'Variance',
  'Spent %',
];

/** Column headings over money (or share) figures, set to the right as the figures are. */
function MoneyHeadings({ labels }: { labels: readonly string[] }) {
  return labels.map((label) => (
    <th scope="col" key={label} className="money">
      {label}
    </th>
  ));
}

function MoneyCell({ cents }: { cents: number }) {
  return <td className="money">{formatMoney(cents)}</td>;
}

/** A budget line's (or the total's) spending per quarter, then budget, spent, variance, share. */
function BudgetCells({ figures }: { figures: FiscalSummary['budgetVsActual']['total'] }) {
  return (
    <>
      {figures.quarters.map((q) => (
        <MoneyCell key={q.quarter} cents={q.actualCents} />
      ))}
      <MoneyCell cents={figures.budgetCents} />
      <MoneyCell cents={figures.actualCents} />
      <MoneyCell cents={figures.varianceCents} />
      <td className="money">{formatShare(figures.percentSpent)}</td>
    </>
  );
}

/** The year's figures, and the names of the streams and categories they are by. */
interface SummaryTableProps {
  summary: FiscalSummary;
  streamName: (id: number) => string;
  categoryName: (id: number) => string;
}

function BudgetTable({ summary, streamName, categoryName }: SummaryTableProps) {
  const { rows, total } = summary.budgetVsActual;
  return (
    <TableScroll label="Budget vs actual by stream and category">
      <table className="data-table" data-testid="budget-vs-actual">
        <thead>
          <tr>
            <th scope="col">Funding stream</th>
            <th scope="col">Category</th>
            <MoneyHeadings labels={BUDGET_HEADINGS} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.streamId}-${r.categoryId}`}>
              <th scope="row">{streamName(r.streamId)}</th>
              <td>
                {categoryName(r.categoryId)}
                {r.unbudgeted && <span className="badge"> no budget</span>}
              </td>
              <BudgetCells figures={r} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              All streams
            </th>
            <BudgetCells figures={total} />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

type LeverageFigures = Pick<SfyLeverageView, 'leveragedCents' | 'generalFundSavedCents'>;

/** What was leveraged and the general-fund savings it brought: every breakdown has both. */
function LeverageCells({ figures }: { figures: LeverageFigures }) {
  return (
    <>
      <MoneyCell cents={figures.leveragedCents} />
      <MoneyCell cents={figures.generalFundSavedCents} />
    </>
  );
}

/** One year's leverage broken down one way (by stream; by category, then quarter). */
function LeverageBreakdown({
  label,
  caption,
  rowHeading,
  rows,
}: {
  label: string;
  caption: string;
  rowHeading: string;
  rows: readonly { key: string | number; name: string; figures: LeverageFigures }[];
}) {
  return (
    <TableScroll label={label}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <MoneyHeadings labels={['Leveraged', 'GF savings']} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <LeverageCells figures={row.figures} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function LeverageSection({ summary, streamName, categoryName }: SummaryTableProps) {
  const year = summary.leverage.find((l) => l.sfyStartYear === summary.sfyStartYear);
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
      <TableScroll label="Leverage by state fiscal year">
        <table className="data-table" data-testid="leverage-by-sfy">
          <caption>By state fiscal year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <MoneyHeadings
                labels={[
                  'Leveraged',
                  'General-fund savings',
                  'General fund committed',
                  'Leverage ratio',
                ]}
              />
            </tr>
          </thead>
          <tbody>
            {summary.leverage.map((l) => (
              <tr key={l.sfyStartYear}>
                <th scope="row">{sfyLabel({ startYear: l.sfyStartYear })}</th>
                <LeverageCells figures={l} />
                <MoneyCell cents={l.generalFundCommittedCents} />
                <td className="money">
                  {l.leverageRatio === null ? '–' : l.leverageRatio.toFixed(2)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {year && (
        <div className="two-columns">
          <LeverageBreakdown
            label="Leverage by stream"
            caption={`${sfyLabel({ startYear: year.sfyStartYear })} by stream`}
            rowHeading="Stream"
            rows={year.byStream.map((s) => ({
              key: s.streamId,
              name: streamName(s.streamId),
              figures: s,
            }))}
          />
          <LeverageBreakdown
            label="Leverage by category and quarter"
            caption={`${sfyLabel({ startYear: year.sfyStartYear })} by category and quarter`}
            rowHeading="Category or quarter"
            rows={[
              ...year.byCategory.map((c) => ({
                key: `c${c.categoryId}`,
                name: categoryName(c.categoryId),
                figures: c,
              })),
              ...year.byQuarter.map((q) => ({
                key: `q${q.quarter}`,
                name: `Q${q.quarter}`,
                figures: q,
              })),
            ]}
          />
        </div>
      )}
    </section>
  );
}
