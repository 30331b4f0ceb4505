import { useState } from 'react';
import type { JobStatusOutput } from '../../api/jobs/contract';
import { reportError } from '../alerts';
import { cancelJob, followJob } from '../client/jobs';

/**
 * A page's running job: its latest status while it runs (for JobProgress), following it to its
 * end, and Cancel. Every page that starts long work uses this one.
 */
export function useJob() {
  const [status, setStatus] = useState<JobStatusOutput | null>(null);
  const [cancelling, setCancelling] = useState(false);

  async function follow(started: JobStatusOutput): Promise<JobStatusOutput> {
    try {
      return await followJob(started, setStatus);
    } finally {
      setStatus(null);
      setCancelling(false);
    }
  }

  function cancel(): void {
    if (!status) return;
    setCancelling(true);
    cancelJob(status.jobId).catch((error: unknown) => {
      setCancelling(false);
      reportError(error);
    });
  }

  return { status, cancelling, follow, cancel };
}
