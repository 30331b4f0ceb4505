import { useState, type FormEvent } from 'react';
import type { Output } from '../../../api/contract';
import { invoke } from '../../client/client';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/useJob';
import { navigate } from '../../navigation';

type Extract = Output<'matching.extracts'>[number];

/** Chooses the two extracts and the thresholds, and runs the match as a job. */
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
  const [problem, setProblem] = useState('');
  const chosenCalworks = calworksId ?? calworks[0]?.extractId ?? null;
  const chosenCws = cwsId ?? cws[0]?.extractId ?? null;

  async function run(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (chosenCalworks === null || chosenCws === null) return;
    setProblem('');
    try {
      const started = await invoke('matching.startRun', {
        countyId,
        calworksExtractId: chosenCalworks,
        cwsExtractId: chosenCws,
        accept: Number(accept),
        review: Number(review),
      });
      const ended = await job.follow(started);
      if (ended.state === 'done')
        navigate('matching', 'runs', (ended.result as { runId: number }).runId);
      else setProblem(ended.message ?? 'The run stopped; nothing was saved.');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  if (calworks.length === 0 || cws.length === 0) {
    return <p className="hint">Import a CalWORKs extract and a CWS extract to run a match.</p>;
  }
  const option = (e: Extract) => (
    <option key={e.extractId} value={e.extractId}>
      {e.fileName} — {e.rows.toLocaleString('en-US')} persons, {e.importedAt.slice(0, 10)}
    </option>
  );
  return (
    <form onSubmit={(event) => void run(event)} className="start-run">
      <fieldset disabled={job.status !== null}>
        <legend>Run a match</legend>
        <label htmlFor="run-calworks">CalWORKs extract</label>
        <select
          id="run-calworks"
          value={chosenCalworks ?? ''}
          onChange={(e) => setCalworksId(Number(e.target.value))}
        >
          {calworks.map(option)}
        </select>
        <label htmlFor="run-cws">CWS extract</label>
        <select
          id="run-cws"
          value={chosenCws ?? ''}
          onChange={(e) => setCwsId(Number(e.target.value))}
        >
          {cws.map(option)}
        </select>
        <label htmlFor="run-accept">Link pairs at least this likely (0–1)</label>
        <input
          id="run-accept"
          type="number"
          min="0.000001"
          max="0.999999"
          step="any"
          value={accept}
          onChange={(e) => setAccept(e.target.value)}
        />
        <label htmlFor="run-review">Review pairs from (0–1)</label>
        <input
          id="run-review"
          type="number"
          min="0.000001"
          max="0.999999"
          step="any"
          value={review}
          onChange={(e) => setReview(e.target.value)}
        />
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
      {problem && (
        <p className="error-summary" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
