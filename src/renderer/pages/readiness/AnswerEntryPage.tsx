import { useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Respondent } from '../../../api/readiness/contract';
import type { Instrument } from '../../../core/readiness/instrument';
import { PROGRAM_LABELS, ROLE_LABELS } from '../../../core/readiness/respondents';
import { useApi, useApiMutation } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { AnswerSheet } from './AnswerSheet';
import { RespondentFields, type RespondentDraft } from './fields';

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
  return (
    <>
      {open && (
        <EditRespondentDetails
          key={respondent.label + respondent.program + respondent.roleLevel}
          respondent={respondent}
          version={version}
        />
      )}
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
  version,
}: {
  respondent: Respondent;
  version: RefObject<number>;
}) {
  const update = useApiMutation('readiness.updateRespondent');
  const [draft, setDraft] = useState<RespondentDraft>({
    program: respondent.program,
    roleLevel: respondent.roleLevel,
    label: respondent.label,
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    // Not mutate's onSuccess: the refetch after the save remounts this form (its key is the
    // details), and a remounted form's mutate callbacks never run.
    update
      .mutateAsync({ respondentId: respondent.id, version: version.current, ...draft })
      .then((saved) => {
        version.current = saved.version;
      })
      // The mutation cache has reported it.
      .catch(() => undefined);
  }

  return (
    <details className="edit-details">
      <summary>Edit respondent details</summary>
      <form className="form" onSubmit={submit}>
        <RespondentFields idPrefix="edit-respondent" value={draft} onChange={setDraft} />
        <div className="button-row">
          <button type="submit" disabled={update.isPending}>
            Save details
          </button>
        </div>
      </form>
    </details>
  );
}
