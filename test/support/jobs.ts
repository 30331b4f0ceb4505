/** Waiting for a job through the service, as a page does. */
import type { JobStatusOutput } from '../../src/api/jobs/contract';
import type { Service } from '../../src/api/service';

/** Polls jobs.status until the job ends. */
export async function settledJob(service: Service, jobId: string): Promise<JobStatusOutput> {
  for (let waited = 0; waited < 60_000; waited += 25) {
    const status = (await service.invoke('jobs.status', { jobId })) as JobStatusOutput;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not end within a minute`);
}
