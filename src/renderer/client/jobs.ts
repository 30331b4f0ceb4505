/**
 * Following a job (an import, a match run) from the page that started it: jobs.status every
 * POLL_MS until the job ends, each answer handed to `onProgress` for the progress bar.
 */
import type { JobStatusOutput } from '../../api/jobs/contract';
import { invoke } from './client';
import { refreshAfterJob } from './queryClient';

const POLL_MS = 200;

export async function followJob(
  started: JobStatusOutput,
  onProgress: (status: JobStatusOutput) => void,
): Promise<JobStatusOutput> {
  let status = started;
  onProgress(status);
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    status = await invoke('jobs.status', { jobId: started.jobId });
    onProgress(status);
  }
  if (status.state === 'done') await refreshAfterJob(status.kind);
  return status;
}

export function cancelJob(jobId: string): Promise<JobStatusOutput> {
  return invoke('jobs.cancel', { jobId });
}
