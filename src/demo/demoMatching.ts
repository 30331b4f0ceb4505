/**
 * The demo county's mutual-family identification, done as a county analyst does it: the two
 * synthetic extracts imported and matched through the API (the real jobs and engine), so the
 * Mutual families pages, the program model's tiers and the co-case records all show one run.
 */
import type { Invoke } from '../api/contract';
import type { JobStatusOutput } from '../api/jobs/contract';
import type { ExtractSide } from '../core/matching/linkage/extract';
import { demoExtracts, type DemoMatching, type ExtractFamily } from './demoExtracts';
import { synthExtractCsv } from './synthExtractCsv';

/** Imports both extracts, matches them and waits for the run: its id. */
export async function loadDemoMatching(
  invoke: Invoke,
  countyId: number,
  spec: DemoMatching,
  families: readonly ExtractFamily[],
): Promise<number> {
  const extracts = demoExtracts(families, spec);
  // Both imports at once: each is a job in its own thread.
  const [calworksExtractId, cwsExtractId] = await Promise.all([
    importExtract(invoke, countyId, 'calworks', synthExtractCsv('calworks', extracts.calworks)),
    importExtract(invoke, countyId, 'cws', synthExtractCsv('cws', extracts.cws)),
  ]);
  const started = await invoke('matching.startRun', {
    countyId,
    calworksExtractId,
    cwsExtractId,
    accept: spec.accept,
    review: spec.review,
    seed: spec.seed,
  });
  const { runId } = (await finished(invoke, started)).result as { runId: number };
  return runId;
}

async function importExtract(
  invoke: Invoke,
  countyId: number,
  side: ExtractSide,
  csv: string,
): Promise<number> {
  const upload = {
    countyId,
    side,
    fileName: `demo-${side}-extract.csv`,
    bytesBase64: Buffer.from(csv).toString('base64'),
  };
  const { mapping } = await invoke('matching.readExtract', upload);
  const started = await invoke('matching.startImport', { ...upload, mapping });
  const { extractId } = (await finished(invoke, started)).result as { extractId: number };
  return extractId;
}

/** Waits for a job as a page does, by asking for its status; a job that did not finish throws. */
async function finished(invoke: Invoke, job: JobStatusOutput): Promise<JobStatusOutput> {
  let status = job;
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = await invoke('jobs.status', { jobId: job.jobId });
  }
  if (status.state !== 'done') {
    throw new Error(`The demo's ${status.kind} job ${status.state}: ${status.message ?? ''}`);
  }
  return status;
}
