import { useState } from 'react';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf, navigate } from '../../navigation';
import { ROUND_LABELS, RoundFields, roundFieldIds, type RoundDraft } from './fields';
import { localIsoDate } from '../../../core/isoDate';
import { formatDate } from '../../components/format';

export function RoundsPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <PageHeading>Readiness</PageHeading>
      <p className="lead">
        A readiness round asks CalWORKs, CWS and partner staff how ready the county is for Linkages,
        then scores the answers by domain, shows where the programs see things differently, and
        recommends which tier to start with.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its rounds.</p>
      )}
      {county && <CountyRounds countyId={county.id} countyName={county.name} />}
    </>
  );
}

function CountyRounds({ countyId, countyName }: { countyId: number; countyName: string }) {
  const rounds = useApi('readiness.listRounds', { countyId });
  return (
    <>
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{countyName} County rounds</h2>
        {rounds.data?.length === 0 && <p>No round yet. Open the first one below.</p>}
        {rounds.data && rounds.data.length > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Held on</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Respondents
                </th>
                <th scope="col">Results</th>
              </tr>
            </thead>
            <tbody>
              {rounds.data.map((round) => (
                <tr key={round.id}>
                  <th scope="row">
                    <a href={hrefOf('readiness', 'round', round.id)}>{round.title}</a>
                  </th>
                  <td>{formatDate(round.heldOn)}</td>
                  <td>{round.status === 'open' ? 'Open' : 'Closed'}</td>
                  <td className="number">{round.respondents}</td>
                  <td>
                    <a href={hrefOf('readiness', 'round', round.id, 'results')}>
                      Results<span className="visually-hidden"> of {round.title}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewRoundForm countyId={countyId} />
    </>
  );
}

const NEW_ROUND_IDS = roundFieldIds('new-round');

function NewRoundForm({ countyId }: { countyId: number }) {
  const [outcome, setOutcome] = useState('');
  const form = useFormProblems(NEW_ROUND_IDS, setOutcome, 'new-round-problems');
  const [draft, setDraft] = useState<RoundDraft>({
    title: '',
    heldOn: localIsoDate(new Date()),
    notes: '',
  });

  async function submit(): Promise<void> {
    const round = await form.save(
      () => invoke('readiness.createRound', { countyId, ...draft }),
      (opened) => `Opened “${opened.title}”.`,
    );
    // The round's own page is where its respondents are added next.
    if (round) navigate('readiness', 'round', round.id);
  }

  return (
    <section aria-labelledby="new-round-heading">
      <h2 id="new-round-heading">Open a new round</h2>
      <FormWithProblems
        className="form"
        problemsId="new-round-problems"
        problemsTitle="The round was not opened"
        form={form}
        labels={ROUND_LABELS}
        onSubmit={submit}
      >
        <RoundFields form={form} value={draft} onChange={setDraft} />
        <div className="button-row">
          <button type="submit" className="primary">
            Open round
          </button>
          <span role="status">{outcome}</span>
        </div>
      </FormWithProblems>
    </section>
  );
}
