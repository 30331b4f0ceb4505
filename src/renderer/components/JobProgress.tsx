import { useId } from 'react';

/** Stages of every job, in words. */
export const STAGE_WORDS: Record<string, string> = {
  check: 'Checking rows',
  save: 'Saving',
  load: 'Loading the extracts',
  block: 'Finding candidate pairs',
  compare: 'Comparing pairs',
  estimate: 'Estimating the model',
  score: 'Scoring pairs',
};

/**
 * The one progress display for long work (DESIGN.md): what the job is doing, how far, and Cancel.
 * The bar is labelled by its stage; the percentage is also said in words for screen readers.
 */
export function JobProgress({
  stage,
  share,
  cancelling,
  onCancel,
}: {
  stage: string | null;
  share: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const id = useId();
  const words = stage ? (STAGE_WORDS[stage] ?? stage) : 'Starting';
  const percent = Math.round(share * 100);
  return (
    <div className="job-progress">
      <label htmlFor={id}>{cancelling ? 'Cancelling…' : `${words}… ${percent} %`}</label>
      <progress id={id} max={1} value={share} />
      <button type="button" onClick={onCancel} disabled={cancelling}>
        Cancel
      </button>
    </div>
  );
}
