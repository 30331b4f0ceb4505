import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { JobStatusOutput } from '../../api/jobs/contract';
import { reportError } from '../alerts';
import { invoke } from '../client/client';
import { cancelJob } from '../client/jobs';
import { mayCall, useSignedInUser } from '../client/permissions';
import { queryClient } from '../client/queryClient';
import { STAGE_WORDS } from './JobProgress';

const KIND_WORDS: Record<JobStatusOutput['kind'], string> = {
  'fiscal.importLedger': 'Ledger import',
  'matching.importExtract': 'Extract import',
  'matching.run': 'Match run',
};

/**
 * "Work in progress" on the shared server (issue 24, part 7): the county's imports and match runs
 * running now, whoever started them, so two people do not import the same file at once. Cancel is
 * offered only where the service allows it: the starter and the county's coordinators. The stream
 * of changes (liveChanges.ts) refetches the list as jobs start, move on and end. The single-user
 * shells have nobody else's work to show.
 */
export function CountyJobs({ countyId }: { countyId: number }) {
  const user = useSignedInUser();
  const shown = user.data?.shared === true && mayCall(user.data, 'jobs.list', countyId);
  const jobs = useQuery<JobStatusOutput[]>({
    queryKey: ['jobs.list', { countyId }],
    queryFn: () => invoke('jobs.list', { countyId }),
    enabled: shown,
  });
  const running = (jobs.data ?? []).filter((job) => job.state === 'running');
  if (!shown || running.length === 0) return null;
  return (
    <section className="county-jobs" aria-labelledby="county-jobs-heading">
      <h2 id="county-jobs-heading">Work in progress</h2>
      <ul>
        {running.map((job) => (
          <RunningJob key={job.jobId} job={job} />
        ))}
      </ul>
    </section>
  );
}

function RunningJob({ job }: { job: JobStatusOutput }) {
  const [cancelling, setCancelling] = useState(false);
  const stage = job.stage ? (STAGE_WORDS[job.stage] ?? job.stage) : 'Starting';
  const started = new Date(job.startedAt).toLocaleTimeString('en-US', {
    hour: 'numeric',
    minute: '2-digit',
  });

  function cancel(): void {
    setCancelling(true);
    cancelJob(job.jobId)
      .then(() => queryClient.invalidateQueries({ queryKey: ['jobs.list'] }))
      .catch((error: unknown) => {
        setCancelling(false);
        reportError(error);
      });
  }

  return (
    <li>
      {KIND_WORDS[job.kind]}, started by {job.startedBy} at {started}:{' '}
      {cancelling ? 'Cancelling…' : `${stage}, ${Math.round(job.share * 100)} %`}
      {job.mayCancel && (
        <>
          {' '}
          <button type="button" onClick={cancel} disabled={cancelling}>
            Cancel
          </button>
        </>
      )}
    </li>
  );
}
