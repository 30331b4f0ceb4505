import { useState } from 'react';
import type { Respondent, Round } from '../../../api/readiness/contract';
import { PROGRAM_LABELS, ROLE_LABELS } from '../../../core/readiness/respondents';
import { invoke } from '../../client/client';
import { useApi, useApiMutation } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { hrefOf, navigate } from '../../navigation';
import {
  RESPONDENT_LABELS,
  RespondentFields,
  respondentFieldIds,
  ROUND_LABELS,
  RoundFields,
  roundFieldIds,
  type RespondentDraft,
  type RoundDraft,
} from './fields';
import { formatDate } from '../../components/format';
import { ImportResponses } from './ImportResponses';

export function RoundPage({ roundId }: { roundId: number }) {
  const detail = useApi('readiness.getRound', { roundId });
  const { confirm, dialog } = useConfirm();
  const setStatus = useApiMutation('readiness.setRoundStatus');
  const deleteRound = useApiMutation('readiness.deleteRound');
  const round = detail.data?.round;

  if (!round) {
    return <PageHeading>{detail.isPending ? 'Loading round…' : 'Round not found'}</PageHeading>;
  }
  const open = round.status === 'open';

  async function toggleStatus(current: Round): Promise<void> {
    if (current.status === 'open') {
      setStatus.mutate({ roundId: current.id, status: 'closed' });
      return;
    }
    const reopen = await confirm(
      'Reopen this round?',
      <p>
        “{current.title}” was closed as final. Reopening lets anyone change its answers, and its
        results may change.
      </p>,
      'Reopen round',
    );
    if (reopen) setStatus.mutate({ roundId: current.id, status: 'open' });
  }

  async function remove(current: Round): Promise<void> {
    const sure = await confirm(
      'Delete this round?',
      <p>
        “{current.title}” and the answers of its {current.respondents} respondents will be removed.
        The audit trail keeps a copy.
      </p>,
      'Delete round',
    );
    if (sure) {
      deleteRound.mutate({ roundId: current.id }, { onSuccess: () => navigate('readiness') });
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('readiness')}>Readiness</a>
      </p>
      <PageHeading>{round.title}</PageHeading>
      <p>
        Held on {formatDate(round.heldOn)} · instrument version {round.instrumentVersion} ·{' '}
        <strong>{open ? 'Open' : 'Closed (read-only)'}</strong>
      </p>
      {round.notes && <p className="notes">{round.notes}</p>}
      {/* A new version (this form's save, a close and reopen) starts the draft from it. */}
      {open && <EditRoundDetails key={round.version} round={round} />}
      <div className="button-row">
        <a className="button primary" href={hrefOf('readiness', 'round', round.id, 'results')}>
          See results
        </a>
        <button type="button" onClick={() => void toggleStatus(round)}>
          {open ? 'Close round' : 'Reopen round'}
        </button>
        {open && (
          <button type="button" className="danger" onClick={() => void remove(round)}>
            Delete round
          </button>
        )}
      </div>
      <Respondents round={round} respondents={detail.data?.respondents ?? []} confirm={confirm} />
      {open && <AddRespondentForm roundId={round.id} />}
      {open && <ImportResponses roundId={round.id} />}
      {dialog}
    </>
  );
}

function Respondents({
  round,
  respondents,
  confirm,
}: {
  round: Round;
  respondents: readonly Respondent[];
  confirm: ReturnType<typeof useConfirm>['confirm'];
}) {
  const remove = useApiMutation('readiness.deleteRespondent');
  const open = round.status === 'open';

  async function removeRespondent(respondent: Respondent, name: string): Promise<void> {
    const sure = await confirm(
      'Delete this respondent?',
      <p>
        {name} and their {respondent.answered} answers will be removed. The audit trail keeps a
        copy.
      </p>,
      'Delete respondent',
    );
    if (sure) remove.mutate({ respondentId: respondent.id });
  }

  return (
    <section aria-labelledby="respondents-heading">
      <h2 id="respondents-heading">Respondents ({respondents.length})</h2>
      {respondents.length === 0 ? (
        <p>No respondent yet.</p>
      ) : (
        <TableScroll label="Respondents">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Respondent</th>
                <th scope="col">Program</th>
                <th scope="col">Role</th>
                <th scope="col">Progress</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {respondents.map((respondent, index) => {
                const name = respondent.label || `Respondent ${index + 1}`;
                return (
                  <tr key={respondent.id}>
                    <th scope="row">{name}</th>
                    <td>{PROGRAM_LABELS[respondent.program]}</td>
                    <td>{ROLE_LABELS[respondent.roleLevel]}</td>
                    <td>
                      <progress
                        max={respondent.itemCount}
                        value={respondent.answered}
                        aria-label={`${name} progress`}
                      />{' '}
                      {respondent.answered} of {respondent.itemCount}
                    </td>
                    <td className="actions">
                      <a href={hrefOf('readiness', 'round', round.id, 'respondent', respondent.id)}>
                        {open ? 'Enter answers' : 'View answers'}
                        <span className="visually-hidden"> of {name}</span>
                      </a>
                      {open && (
                        <button
                          type="button"
                          className="link danger"
                          onClick={() => void removeRespondent(respondent, name)}
                        >
                          Delete<span className="visually-hidden"> {name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

const NEW_RESPONDENT_IDS = respondentFieldIds('new-respondent');
const EDIT_ROUND_IDS = roundFieldIds('edit-round');

function AddRespondentForm({ roundId }: { roundId: number }) {
  const [outcome, setOutcome] = useState('');
  const form = useFormProblems(NEW_RESPONDENT_IDS, setOutcome, 'new-respondent-problems');
  const [draft, setDraft] = useState<RespondentDraft>({
    program: 'calworks',
    roleLevel: 'line',
    label: '',
  });

  async function submit(): Promise<void> {
    const added = await form.save(
      () => invoke('readiness.addRespondent', { roundId, ...draft }),
      () => 'Added the respondent.',
    );
    // Their answers are entered next, on their own page.
    if (added) navigate('readiness', 'round', roundId, 'respondent', added.id);
  }

  return (
    <section aria-labelledby="add-respondent-heading">
      <h2 id="add-respondent-heading">Add a respondent</h2>
      <p>Respondents are anonymous: record only their program and role level.</p>
      <FormWithProblems
        className="form form--inline"
        problemsId="new-respondent-problems"
        problemsTitle="The respondent was not added"
        form={form}
        labels={RESPONDENT_LABELS}
        onSubmit={submit}
      >
        <RespondentFields form={form} value={draft} onChange={setDraft} />
        <div className="button-row">
          <button type="submit" className="primary">
            Add and enter answers
          </button>
          <span role="status">{outcome}</span>
        </div>
      </FormWithProblems>
    </section>
  );
}

function EditRoundDetails({ round }: { round: Round }) {
  const [saved, setSaved] = useState('');
  const form = useFormProblems(EDIT_ROUND_IDS, setSaved, 'edit-round-problems');
  const [draft, setDraft] = useState<RoundDraft>({
    title: round.title,
    heldOn: round.heldOn,
    notes: round.notes,
  });

  function submit(): Promise<unknown> {
    return form.save(
      () =>
        invoke('readiness.updateRound', { roundId: round.id, version: round.version, ...draft }),
      () => 'Round details saved.',
    );
  }

  return (
    <details className="edit-details">
      <summary>Edit round details</summary>
      <FormWithProblems
        className="form"
        problemsId="edit-round-problems"
        problemsTitle="The round details were not saved"
        form={form}
        labels={ROUND_LABELS}
        onSubmit={submit}
      >
        <RoundFields form={form} value={draft} onChange={setDraft} />
        <div className="button-row">
          <button type="submit">Save details</button>
          <span role="status">{saved}</span>
        </div>
      </FormWithProblems>
    </details>
  );
}
