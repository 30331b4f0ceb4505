import { useState } from 'react';
import type { Output } from '../../../api/contract';
import { invoke } from '../../client/client';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/useJob';
import { navigate } from '../../navigation';
import { readThresholds } from './bands';
import { formatDate } from '../../components/format';

type Extract = Output<'matching.extracts'>[number];

type RunField = 'calworksExtractId' | 'cwsExtractId' | 'accept' | 'review';

const FIELD_IDS: Record<RunField, string> = {
  calworksExtractId: 'run-calworks',
  cwsExtractId: 'run-cws',
  accept: 'run-accept',
  review: 'run-review',
};

const LABELS: Record<RunField, string> = {
  calworksExtractId: 'CalWORKs extract',
  cwsExtractId: 'CWS extract',
  accept: 'Link pairs at least this likely',
  review: 'Review pairs from',
};

/**
 * Chooses the two extracts and the thresholds, and runs the match as a job. Thresholds that are
 * not probabilities are refused here, in the service's shape; a run that stops is said at the form.
 */
export function StartRun({
  countyId,
  extracts,
}: {
  countyId: number;
  extracts: readonly Extract[];
}) {
  const usable = (side: Extract['side']) => extracts.filter((e) => e.side === side && !e.purged);
  const calworks = usable('calworks');
  const cws = usable('cws');
  const [calworksId, setCalworksId] = useState<number | null>(null);
  const [cwsId, setCwsId] = useState<number | null>(null);
  const [accept, setAccept] = useState('0.9');
  const [review, setReview] = useState('0.5');
  const job = useJob();
  const form = useFormProblems(FIELD_IDS, () => undefined, 'run-problems');
  const chosenCalworks = calworksId ?? calworks[0]?.extractId ?? null;
  const chosenCws = cwsId ?? cws[0]?.extractId ?? null;

  async function run(): Promise<void> {
    if (chosenCalworks === null || chosenCws === null) return;
    const read = readThresholds(accept, review);
    if (read.problem !== undefined) {
      form.showErrors({ [read.field]: read.problem });
      return;
    }
    const ended = await form.save(
      async () =>
        job.follow(
          await invoke('matching.startRun', {
            countyId,
            calworksExtractId: chosenCalworks,
            cwsExtractId: chosenCws,
            ...read.thresholds,
          }),
        ),
      () => '',
    );
    if (!ended) return;
    if (ended.state === 'done') {
      navigate('matching', 'runs', (ended.result as { runId: number }).runId);
    } else {
      form.showErrors({}, [ended.message ?? 'The run stopped; nothing was saved.']);
    }
  }

  const change = (field: RunField, apply: () => void) => {
    form.clearError(field);
    apply();
  };

  if (calworks.length === 0 || cws.length === 0) {
    return <p className="hint">Import a CalWORKs extract and a CWS extract to run a match.</p>;
  }
  const option = (e: Extract) => (
    <option key={e.extractId} value={e.extractId}>
      {e.fileName} — {e.rows.toLocaleString('en-US')} persons, {formatDate(e.importedAt)}
    </option>
  );
  return (
    <FormWithProblems
      className="start-run"
      problemsId="run-problems"
      problemsTitle="The match did not run"
      form={form}
      labels={LABELS}
      onSubmit={run}
    >
      <fieldset disabled={job.status !== null}>
        <legend>Run a match</legend>
        <label htmlFor="run-calworks">{LABELS.calworksExtractId}</label>
        <select
          {...form.field('calworksExtractId')}
          value={chosenCalworks ?? ''}
          onChange={(e) => change('calworksExtractId', () => setCalworksId(Number(e.target.value)))}
        >
          {calworks.map(option)}
        </select>
        <FieldError fieldId={FIELD_IDS.calworksExtractId} message={form.errors.calworksExtractId} />
        <label htmlFor="run-cws">{LABELS.cwsExtractId}</label>
        <select
          {...form.field('cwsExtractId')}
          value={chosenCws ?? ''}
          onChange={(e) => change('cwsExtractId', () => setCwsId(Number(e.target.value)))}
        >
          {cws.map(option)}
        </select>
        <FieldError fieldId={FIELD_IDS.cwsExtractId} message={form.errors.cwsExtractId} />
        <label htmlFor="run-accept">{LABELS.accept} (0–1)</label>
        <input
          {...form.field('accept')}
          type="number"
          min="0.000001"
          max="0.999999"
          step="any"
          value={accept}
          onChange={(e) => change('accept', () => setAccept(e.target.value))}
        />
        <FieldError fieldId={FIELD_IDS.accept} message={form.errors.accept} />
        <label htmlFor="run-review">{LABELS.review} (0–1)</label>
        <input
          {...form.field('review')}
          type="number"
          min="0.000001"
          max="0.999999"
          step="any"
          value={review}
          onChange={(e) => change('review', () => setReview(e.target.value))}
        />
        <FieldError fieldId={FIELD_IDS.review} message={form.errors.review} />
        <button type="submit" className="primary">
          Run the match
        </button>
      </fieldset>
      {job.status && (
        <JobProgress
          stage={job.status.stage}
          share={job.status.share}
          cancelling={job.cancelling}
          onCancel={job.cancel}
        />
      )}
    </FormWithProblems>
  );
}
