import type { FiscalSummary } from '../../../api/fiscal/summary.contract';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { DownloadButton } from '../../components/DownloadButton';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../components/format';
import { BudgetVsActualTable } from './BudgetVsActualTable';
import { BudgetVsActualChart, SpendingByQuarterChart } from './FiscalCharts';
import { FiscalNav } from './FiscalNav';
import { LeverageSection } from './LeverageSection';
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
            <BudgetVsActualTable
              summary={data}
              streams={reference.data.streams}
              categories={reference.data.categories}
            />
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
