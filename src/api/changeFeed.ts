/**
 * What the shared server tells open pages (issue 24, "changes seen live"): after a call or a job
 * changed data, which data, in which county. Pages refetch what they show of it through the API,
 * so a notice carries data names only, never a record and never a person's identifiers.
 */
import { dataChangedByJob, type ContractData } from './contractData';
import type { DataName } from './contractTypes';
import type { JobKind } from './jobs/jobTypes';
import type { JobState, JobStatus } from './jobs/runner';

export interface ChangeNotice {
  /** Null: data of no one county (settings, users, roll-ups), for every signed-in user. */
  readonly countyId: number | null;
  readonly changed: readonly DataName[];
  /** The user whose call it was; null for the local user and for a job's end. */
  readonly byUserId: number | null;
  readonly at: string;
}

/** A county's jobs as its other users may see them: what runs, not what it found. */
export interface JobsNotice {
  readonly countyId: number;
  readonly jobs: readonly RunningJob[];
  readonly at: string;
}

export interface RunningJob {
  readonly jobId: string;
  readonly kind: JobKind;
  readonly state: JobState;
  readonly stage: string | null;
  readonly share: number;
  /** Who started it, by the name the county knows them by. */
  readonly startedBy: string;
  readonly startedAt: string;
}

export type FeedEvent =
  | { readonly type: 'change'; readonly notice: ChangeNotice }
  | { readonly type: 'jobs'; readonly notice: JobsNotice };

type Listener = (event: FeedEvent) => void;

export class ChangeFeed {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: FeedEvent): void {
    for (const listener of this.listeners) {
      // The change has been made and answered: one broken stream must not undo that or stop others.
      try {
        listener(event);
      } catch {
        // The stream's own close handler cleans it up.
      }
    }
  }
}

/**
 * What a job's start, new stage or end tells the county: its jobs now, and once one has ended,
 * that jobs changed (its status), with what the job wrote when it ended well.
 */
export function jobEvents(
  job: JobStatus,
  running: readonly JobStatus[],
  data: ContractData,
): FeedEvent[] {
  const at = new Date().toISOString();
  const events: FeedEvent[] = [
    { type: 'jobs', notice: { countyId: job.countyId, jobs: running.map(runningJob), at } },
  ];
  if (job.state !== 'running') {
    const wrote = job.state === 'done' ? dataChangedByJob(data, job.kind) : [];
    const changed = [...new Set<DataName>(['jobs', ...wrote])];
    events.push({
      type: 'change',
      notice: { countyId: job.countyId, changed, byUserId: null, at },
    });
  }
  return events;
}

function runningJob(job: JobStatus): RunningJob {
  const { jobId, kind, state, stage, share, startedBy, startedAt } = job;
  return { jobId, kind, state, stage, share, startedBy, startedAt };
}
