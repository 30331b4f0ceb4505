import type { RoundResults } from '../../../api/readiness/contract';
import { TIER_LABELS } from '../../../core/program/catalog';
import { formatScore } from '../../../core/readiness/levels';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { saveExport } from '../../client/files';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { formatChange, formatDate } from '../../components/format';
import { AlignmentGapChart, DomainScoreChart, TrendChart } from './ReadinessCharts';
import { DomainTable } from './DomainTable';
import { provisionalWords } from './provisionalWords';

const VERB_HEADINGS = {
  prepare: 'Prepare first',
  start: 'Start',
  extend: 'Extend',
} as const;

export function ResultsPage({ roundId }: { roundId: number }) {
  const results = useApi('readiness.results', { roundId });
  const data = results.data;
  if (!data) return <PageHeading>{results.isPending ? 'Scoring…' : 'Round not found'}</PageHeading>;
  const domainName = new Map(data.domains.map((d) => [d.domainId, d.name]));

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('readiness')}>Readiness</a> ›{' '}
        <a href={hrefOf('readiness', 'round', roundId)}>{data.round.title}</a>
      </p>
      <PageHeading>Results: {data.round.title}</PageHeading>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void invoke('readiness.exportWorkbook', { roundId }).then(saveExport).catch(reportError)
          }
        >
          Download readiness workbook
        </button>
      </div>
      {data.respondents === 0 || data.overall === null ? (
        <p className="notice">No answers yet: add respondents and enter their answers first.</p>
      ) : (
        <>
          <Summary data={data} />
          <Recommendation data={data} />
          <section aria-labelledby="domains-heading">
            <h2 id="domains-heading">Scores by domain and program</h2>
            <figure className="chart">
              <DomainScoreChart domains={data.domains} />
              <figcaption>
                Mean agreement (1–5) of each program’s staff per domain. The table below gives the
                same figures with the number of answers behind each.
              </figcaption>
            </figure>
            <DomainTable data={data} />
          </section>
          <section aria-labelledby="gap-heading">
            <h2 id="gap-heading">Alignment gap between CalWORKs and CWS</h2>
            <figure className="chart">
              <AlignmentGapChart domains={data.domains} />
              <figcaption>
                CalWORKs mean minus CWS mean per domain: bars to the right where CalWORKs staff see
                more readiness. Figures: the “Gap CalWORKs − CWS” column of the table above.
              </figcaption>
            </figure>
          </section>
          {data.previous && (
            <section aria-labelledby="trend-heading">
              <h2 id="trend-heading">Since {data.previous.title}</h2>
              <figure className="chart">
                <TrendChart domains={data.domains} previousTitle={data.previous.title} />
                <figcaption>
                  Each domain in {data.previous.title} ({formatDate(data.previous.heldOn)}) and in
                  this round. Figures: the “Previous round” and “Change” columns of the table above.
                </figcaption>
              </figure>
            </section>
          )}
          <div className="two-columns">
            <section aria-labelledby="strengths-heading">
              <h2 id="strengths-heading">Strengths</h2>
              <ol>
                {data.strengths.map((id) => (
                  <li key={id}>{domainName.get(id)}</li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="gaps-heading">
              <h2 id="gaps-heading">Gaps</h2>
              <ol>
                {data.gaps.map((id) => (
                  <li key={id}>{domainName.get(id)}</li>
                ))}
              </ol>
            </section>
          </div>
          <Disagreements data={data} />
        </>
      )}
    </>
  );
}

function Summary({ data }: { data: RoundResults }) {
  const provisional = provisionalWords(data.provisional, data.respondents, data.answeredShare);
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading">Overall readiness{provisional && ' (provisional)'}</h2>
      <p className="score-line">
        <span
          className={provisional ? 'score score--provisional' : 'score'}
          data-testid="overall-score"
        >
          {formatScore(data.overall)}
        </span>{' '}
        {/* A provisional score is no level of the county's: the level waits for more answers. */}
        {!provisional && <span className="level">{data.level?.label}</span>}
        {data.previous && (
          <span className="change">
            {' '}
            ({formatChange(data.overallChange)} since {data.previous.title})
          </span>
        )}
      </p>
      {provisional ? (
        <p className="notice" data-testid="provisional">
          {provisional}
        </p>
      ) : (
        <p>
          {data.level?.meaning ??
            `Not enough answers yet to set a level: it needs ${data.fewAnswers} answers or more in at least half of the domains.`}
        </p>
      )}
      <p>
        {data.respondents} {data.respondents === 1 ? 'respondent' : 'respondents'}. The overall
        score is the mean of the domain means; “don’t know” answers are left out of every mean.
      </p>
      <details>
        <summary>How levels are set</summary>
        <ul>
          {data.levels.map((level) => (
            <li key={level.id} aria-current={level.id === data.level?.id ? 'true' : undefined}>
              {level.label}: overall score {level.from.toFixed(1)} or more. {level.meaning}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Recommendation({ data }: { data: RoundResults }) {
  const { recommendations, tiers, unjudged } = data.recommendation;
  return (
    <section aria-labelledby="recommendation-heading">
      <h2 id="recommendation-heading">Recommendation</h2>
      {data.provisional.length > 0 && (
        <p>These follow from provisional results: read them as a first look.</p>
      )}
      <p>
        {tiers.length > 0
          ? `Tiers to start or extend: ${tiers.map((tier) => TIER_LABELS[tier]).join(', ')}.`
          : recommendations.length > 0
            ? 'No tier yet: lay the foundations below first.'
            : 'No recommendation yet: the rules need more answers to judge by.'}
      </p>
      {(['prepare', 'start', 'extend'] as const).map((verb) => {
        const entries = recommendations.filter((r) => r.verb === verb);
        if (entries.length === 0) return null;
        return (
          <div key={verb}>
            <h3>{VERB_HEADINGS[verb]}</h3>
            <ul className="recommendations">
              {entries.map((r) => (
                <li key={r.ruleId}>
                  <strong>{r.components.map((c) => c.name).join(', ')}</strong>
                  <span className="tier">
                    {' '}
                    ({r.tier === 'cross-cutting' ? 'cross-cutting' : TIER_LABELS[r.tier]})
                  </span>
                  <br />
                  {r.reason}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {unjudged.length > 0 && (
        <p className="notice">
          Not judged, because they have fewer than {data.fewAnswers} answers: {unjudged.join(', ')}.
        </p>
      )}
    </section>
  );
}

function Disagreements({ data }: { data: RoundResults }) {
  const items = data.disagreements
    .map((id) => data.items.find((item) => item.itemId === id))
    .filter((item) => item !== undefined);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Where the programs disagree most</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col" className="number">
              CalWORKs
            </th>
            <th scope="col" className="number">
              CWS
            </th>
            <th scope="col" className="number">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">{item.text}</th>
              <td className="number">{formatScore(item.byProgram.calworks.mean)}</td>
              <td className="number">{formatScore(item.byProgram.cws.mean)}</td>
              <td className="number">{formatChange(item.alignmentGap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
