import { useApi } from '../../client/queries';
import { CountyJobs } from '../../components/CountyJobs';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf } from '../../navigation';
import { useFiscalCounty } from '../../components/countyAndYear';
import { ExtractImport } from './ExtractImport';
import { PurgeIdentifiers } from './PurgeIdentifiers';
import { StartRun } from './StartRun';
import { formatDate } from '../../components/format';

/** #/matching: the county's extracts, a new match, and the runs so far. */
export function MatchingPage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <PageHeading>Mutual families</PageHeading>
      <p className="lead">
        Find the families on both caseloads: import a CalWORKs extract and a CWS extract, run the
        match, review the uncertain pairs, and read the match rates in the statewide table’s shape.
        Person identifiers stay in this Workbench; reports carry counts only.
      </p>
      {noCounty && <p className="notice">Choose your county at the top of the window first.</p>}
      {county && <CountyMatching key={county.id} countyId={county.id} />}
    </>
  );
}

function CountyMatching({ countyId }: { countyId: number }) {
  const extracts = useApi('matching.extracts', { countyId });
  const runs = useApi('matching.runs', { countyId });
  return (
    <>
      <CountyJobs countyId={countyId} />
      <section aria-labelledby="extracts-heading">
        <h2 id="extracts-heading">Extracts</h2>
        <div className="extract-imports">
          <ExtractImport countyId={countyId} side="calworks" />
          <ExtractImport countyId={countyId} side="cws" />
        </div>
        {extracts.data && extracts.data.length > 0 && (
          <TableScroll label="Imported extracts">
            <table className="data-table">
              <caption>Imported extracts</caption>
              <thead>
                <tr>
                  <th scope="col">Extract</th>
                  <th scope="col">File</th>
                  <th scope="col">Persons</th>
                  <th scope="col">Imported</th>
                </tr>
              </thead>
              <tbody>
                {extracts.data.map((e) => (
                  <tr key={e.extractId}>
                    <td>{e.side === 'cws' ? 'CWS' : 'CalWORKs'}</td>
                    <td>{e.fileName}</td>
                    <td className="number">{e.rows.toLocaleString('en-US')}</td>
                    <td>
                      {formatDate(e.importedAt)} by {e.importedBy}
                      {e.purged ? ' (identifiers purged)' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Match runs</h2>
        {extracts.data && <StartRun countyId={countyId} extracts={extracts.data} />}
        {runs.data && runs.data.length > 0 && (
          <ul className="run-list">
            {runs.data.map((run) => (
              <li key={run.runId}>
                <a href={hrefOf('matching', 'runs', run.runId)}>
                  Run {run.runId} of {formatDate(run.finishedAt)}
                </a>{' '}
                — {run.pairsCompared.toLocaleString('en-US')} pairs compared, links from{' '}
                {run.accept}, review from {run.review}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PurgeIdentifiers countyId={countyId} />
    </>
  );
}
