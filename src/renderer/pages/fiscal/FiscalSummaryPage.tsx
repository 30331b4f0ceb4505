import type { FiscalSummary } from '../../../api/fiscalSummary.contract';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../readiness/format';
import { BudgetVsActualChart, LeverageTrendChart, SpendingByQuarterChart } from './FiscalCharts';
import { FiscalNav } from './FiscalNav';
import { formatMoney, formatShare, nameOf, sfyLabel, useFiscalCounty, useSfy } from './fiscalView';
import { SfyPicker } from './SfyPicker';

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
      <SfyPicker value={sfy} years={years} onChange={setSfy} />
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

function BudgetTable({
  summary,
  streamName,
  categoryName,
}: {
  summary: FiscalSummary;
  streamName: (id: number) => string;
  categoryName: (id: number) => string;
}) {
  const { rows, total } = summary.budgetVsActual;
  const money = (cents: number) => <td className="money">{formatMoney(cents)}</td>;
  return (
    <TableScroll label="Budget vs actual by stream and category">
      <table className="data-table" data-testid="budget-vs-actual">
        <thead>
          <tr>
            <th scope="col">Funding stream</th>
            <th scope="col">Category</th>
            {[1, 2, 3, 4].map((q) => (
              <th scope="col" key={q} className="money">
                Q{q} spent
              </th>
            ))}
            <th scope="col" className="money">
              Budget
            </th>
            <th scope="col" className="money">
              Spent
            </th>
            <th scope="col" className="money">
              Variance
            </th>
            <th scope="col" className="money">
              Spent %
            </th>
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
              {r.quarters.map((q) => (
                <td key={q.quarter} className="money">
                  {formatMoney(q.actualCents)}
                </td>
              ))}
              {money(r.budgetCents)}
              {money(r.actualCents)}
              {money(r.varianceCents)}
              <td className="money">{formatShare(r.percentSpent)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              All streams
            </th>
            {total.quarters.map((q) => (
              <td key={q.quarter} className="money">
                {formatMoney(q.actualCents)}
              </td>
            ))}
            {money(total.budgetCents)}
            {money(total.actualCents)}
            {money(total.varianceCents)}
            <td className="money">{formatShare(total.percentSpent)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

function LeverageSection({
  summary,
  streamName,
  categoryName,
}: {
  summary: FiscalSummary;
  streamName: (id: number) => string;
  categoryName: (id: number) => string;
}) {
  const year = summary.leverage.find((l) => l.sfyStartYear === summary.sfyStartYear);
  const pair = (l: { leveragedCents: number; generalFundSavedCents: number }) => (
    <>
      <td className="money">{formatMoney(l.leveragedCents)}</td>
      <td className="money">{formatMoney(l.generalFundSavedCents)}</td>
    </>
  );
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
              <th scope="col" className="money">
                Leveraged
              </th>
              <th scope="col" className="money">
                General-fund savings
              </th>
              <th scope="col" className="money">
                General fund committed
              </th>
              <th scope="col" className="money">
                Leverage ratio
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.leverage.map((l) => (
              <tr key={l.sfyStartYear}>
                <th scope="row">{sfyLabel({ startYear: l.sfyStartYear })}</th>
                {pair(l)}
                <td className="money">{formatMoney(l.generalFundCommittedCents)}</td>
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
          <TableScroll label="Leverage by stream">
            <table className="data-table">
              <caption>{sfyLabel({ startYear: year.sfyStartYear })} by stream</caption>
              <thead>
                <tr>
                  <th scope="col">Stream</th>
                  <th scope="col" className="money">
                    Leveraged
                  </th>
                  <th scope="col" className="money">
                    GF savings
                  </th>
                </tr>
              </thead>
              <tbody>
                {year.byStream.map((s) => (
                  <tr key={s.streamId}>
                    <th scope="row">{streamName(s.streamId)}</th>
                    {pair(s)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TableScroll label="Leverage by category and quarter">
            <table className="data-table">
              <caption>
                {sfyLabel({ startYear: year.sfyStartYear })} by category and quarter
              </caption>
              <thead>
                <tr>
                  <th scope="col">Category or quarter</th>
                  <th scope="col" className="money">
                    Leveraged
                  </th>
                  <th scope="col" className="money">
                    GF savings
                  </th>
                </tr>
              </thead>
              <tbody>
                {year.byCategory.map((c) => (
                  <tr key={`c${c.categoryId}`}>
                    <th scope="row">{categoryName(c.categoryId)}</th>
                    {pair(c)}
                  </tr>
                ))}
                {year.byQuarter.map((q) => (
                  <tr key={`q${q.quarter}`}>
                    <th scope="row">Q{q.quarter}</th>
                    {pair(q)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
