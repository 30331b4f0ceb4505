import { useRef, useState, type RefObject } from 'react';
import type { Respondent } from '../../../api/readiness/contract';
import type { Instrument } from '../../../core/readiness/instrument';
import { PROGRAM_LABELS, ROLE_LABELS } from '../../../core/readiness/respondents';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { AnswerSheet } from './AnswerSheet';
import {
  RESPONDENT_LABELS,
  RespondentFields,
  respondentFieldIds,
  type RespondentDraft,
} from './fields';

const EDIT_RESPONDENT_IDS = respondentFieldIds('edit-respondent');

export function AnswerEntryPage({
  roundId,
  respondentId,
}: {
  roundId: number;
  respondentId: number;
}) {
  const detail = useApi('readiness.getRound', { roundId });
  const saved = useApi('readiness.getAnswers', { respondentId });
  const version = detail.data?.round.instrumentVersion;
  const instrument = useApi('readiness.instrument', { version: version ?? 1 });
  // The sheet starts from fresh answers only: a cached copy from an earlier visit may be stale.
  // Once shown, it keeps its own state, so background refetches cannot reset it under the user.
  const [fresh, setFresh] = useState(false);
  if (!fresh && saved.isSuccess && !saved.isFetching) setFresh(true);
  const ready = fresh && detail.data && saved.data && instrument.data && version !== undefined;

  if (!ready) return <PageHeading>Loading answers…</PageHeading>;
  const index = detail.data.respondents.findIndex((r) => r.id === respondentId);
  const respondent = saved.data.respondent;
  const name = respondent.label || `Respondent ${index + 1}`;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('readiness')}>Readiness</a> ›{' '}
        <a href={hrefOf('readiness', 'round', roundId)}>{detail.data.round.title}</a>
      </p>
      <PageHeading>Answers of {name}</PageHeading>
      <p>
        {PROGRAM_LABELS[respondent.program]} · {ROLE_LABELS[respondent.roleLevel]}
      </p>
      <RespondentEditors
        key={respondentId}
        respondent={respondent}
        instrument={instrument.data}
        initial={saved.data.answers}
        open={detail.data.round.status === 'open'}
      />
      <p>
        <a href={hrefOf('readiness', 'round', roundId)}>Done: back to the round</a>
      </p>
    </>
  );
}

/**
 * The details form and the answer sheet change one record, the respondent. They share the version
 * this page last stored (each save answers with the next), so a save from one does not make the
 * other's next save stale, while a change from another window still does.
 */
function RespondentEditors({
  respondent,
  instrument,
  initial,
  open,
}: {
  respondent: Respondent;
  instrument: Instrument;
  initial: Record<string, number>;
  open: boolean;
}) {
  const version = useRef(respondent.version);
  // Outside the details form, which a save remounts (its key is the details), closing it.
  const [outcome, setOutcome] = useState('');
  return (
    <>
      {open && (
        <EditRespondentDetails
          key={respondent.label + respondent.program + respondent.roleLevel}
          respondent={respondent}
          versionRef={version}
          announce={setOutcome}
        />
      )}
      <p role="status">{outcome}</p>
      <AnswerSheet
        instrument={instrument}
        respondentId={respondent.id}
        initial={initial}
        readOnly={!open}
        version={version}
      />
    </>
  );
}

function EditRespondentDetails({
  respondent,
  versionRef,
  announce,
}: {
  respondent: Respondent;
  versionRef: RefObject<number>;
  announce: (message: string) => void;
}) {
  const form = useFormProblems(EDIT_RESPONDENT_IDS, announce, 'edit-respondent-problems');
  const [draft, setDraft] = useState<RespondentDraft>({
    program: respondent.program,
    roleLevel: respondent.roleLevel,
    label: respondent.label,
  });

  async function submit(): Promise<void> {
    const saved = await form.save(
      () =>
        invoke('readiness.updateRespondent', {
          respondentId: respondent.id,
          version: versionRef.current,
          ...draft,
        }),
      () => 'Respondent details saved.',
    );
    if (saved) versionRef.current = saved.version;
  }

  return (
    <details className="edit-details">
      <summary>Edit respondent details</summary>
      <FormWithProblems
        className="form"
        problemsId="edit-respondent-problems"
        problemsTitle="The respondent details were not saved"
        form={form}
        labels={RESPONDENT_LABELS}
        onSubmit={submit}
      >
        <RespondentFields form={form} value={draft} onChange={setDraft} />
        <div className="button-row">
          <button type="submit">Save details</button>
        </div>
      </FormWithProblems>
    </details>
  );
}
