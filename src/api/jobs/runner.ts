/**
 * Starts jobs in worker threads and keeps their status for the API (jobs.status, jobs.cancel).
 * From source (tests under tsx) the worker loads TypeScript through tsx; built (the desktop app's
 * out/main, browser mode's out/server) it is the bundled jobWorker.js beside the entry.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { JobKind, JobMessage, JobProblem, JobRefusal, JobStart } from './jobTypes';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobStatus {
  readonly jobId: string;
  readonly kind: JobKind;
  readonly countyId: number;
  readonly state: JobState;
  readonly stage: string | null;
  /** 0 to 1 within the stage. */
  readonly share: number;
  readonly message: string | null;
  /** Why a job refused (its message says it for the person); null otherwise. */
  readonly refusal: JobRefusal | null;
  readonly problems: readonly JobProblem[];
  readonly problemCount: number;
  readonly result: unknown;
  /** Who started it, as the county's users know them (display name, else user name). */
  readonly startedBy: string;
  /** Null when the local user of a single-user shell started it. */
  readonly startedByUserId: number | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

/** The person starting a job: the audit trail's name for them, their user id and their name. */
export interface JobStarter {
  readonly actor: string;
  readonly userId: number | null;
  readonly name: string;
}

/** Finished jobs kept for status look-ups; older ones are forgotten. */
const KEPT_FINISHED = 50;

export class JobRunner {
  private readonly jobs = new Map<string, JobStatus>();
  private readonly cancels = new Map<string, Int32Array>();
  private readonly finished = new Map<string, Promise<JobStatus>>();
  /** Worker threads not yet exited: a job has answered before its connection is closed. */
  private liveWorkers = 0;

  /**
   * `onChange`: told when a job starts, enters a new stage and ends (not at every share of
   * progress), so the shared server can show a county's jobs to its other users.
   */
  constructor(
    private readonly database: JobStart['database'],
    private readonly onChange: (status: JobStatus) => void = () => {},
  ) {}

  /** `starter.actor`: how the audit trail of what the job writes names who started it. */
  start(
    kind: JobKind,
    countyId: number,
    starter: JobStarter,
    input: unknown,
    transfer: ArrayBuffer[] = [],
  ): JobStatus {
    const jobId = randomUUID();
    const cancel = new SharedArrayBuffer(4);
    const start: JobStart = {
      kind,
      input,
      // A copy: the passphrase is read now, as it stands for this job.
      database: { ...this.database },
      actor: starter.actor,
      cancel,
    };
    const status: JobStatus = {
      jobId,
      kind,
      countyId,
      state: 'running',
      stage: null,
      share: 0,
      message: null,
      refusal: null,
      problems: [],
      problemCount: 0,
      result: null,
      startedBy: starter.name,
      startedByUserId: starter.userId,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(jobId, status);
    this.cancels.set(jobId, new Int32Array(cancel));
    const worker = spawnWorker(start, transfer);
    this.liveWorkers += 1;
    worker.once('exit', () => (this.liveWorkers -= 1));
    worker.unref();
    this.finished.set(
      jobId,
      new Promise((resolve) => {
        const finish = (change: Partial<JobStatus>) => {
          if (this.jobs.get(jobId)?.state !== 'running') return;
          this.update(jobId, { ...change, finishedAt: new Date().toISOString() });
          this.cancels.delete(jobId);
          // Read before forgetOld, which may drop it from the map when many jobs ended earlier.
          const ended = this.jobs.get(jobId) as JobStatus;
          this.forgetOld();
          this.onChange(ended);
          resolve(ended);
        };
        worker.on('message', (message: JobMessage) => {
          if (message.type === 'progress') {
            const newStage = this.jobs.get(jobId)?.stage !== message.stage;
            this.update(jobId, { stage: message.stage, share: message.share });
            if (newStage) this.onChange(this.jobs.get(jobId) as JobStatus);
          } else if (message.type === 'done') {
            finish({ state: 'done', share: 1, result: message.result });
          } else {
            finish({
              state: message.cancelled ? 'cancelled' : 'failed',
              message: message.message,
              refusal: message.refusal,
              problems: message.problems,
              problemCount: message.problemCount,
            });
          }
        });
        worker.on('error', (error) =>
          finish({
            state: 'failed',
            message: `The job stopped on an internal error (${error.name}); nothing was written.`,
          }),
        );
        worker.on('exit', () =>
          finish({
            state: 'failed',
            message: 'The job ended without an answer; nothing was written.',
          }),
        );
      }),
    );
    this.onChange(status);
    return status;
  }

  /** The county's jobs still running, oldest first. */
  runningIn(countyId: number): JobStatus[] {
    return [...this.jobs.values()].filter(
      (job) => job.countyId === countyId && job.state === 'running',
    );
  }

  /** The county's running jobs and the finished ones still kept, newest first. */
  listIn(countyId: number): JobStatus[] {
    return [...this.jobs.values()].filter((job) => job.countyId === countyId).reverse();
  }

  /** True while any job's thread may still hold the database open (restore waits for none). */
  busy(): boolean {
    return this.liveWorkers > 0;
  }

  status(jobId: string): JobStatus | undefined {
    return this.jobs.get(jobId);
  }

  /** Asks a running job to stop; it stops at its next check and writes nothing. */
  cancel(jobId: string): JobStatus | undefined {
    const flag = this.cancels.get(jobId);
    if (flag) Atomics.store(flag, 0, 1);
    return this.jobs.get(jobId);
  }

  /** The job's final status (for tests and the command line). */
  async settled(jobId: string): Promise<JobStatus | undefined> {
    return this.finished.get(jobId);
  }

  private update(jobId: string, change: Partial<JobStatus>): void {
    const status = this.jobs.get(jobId);
    if (status) this.jobs.set(jobId, { ...status, ...change });
  }

  private forgetOld(): void {
    const done = [...this.jobs.values()].filter((job) => job.state !== 'running');
    for (const job of done.slice(0, Math.max(0, done.length - KEPT_FINISHED))) {
      this.jobs.delete(job.jobId);
      this.finished.delete(job.jobId);
    }
  }
}

function spawnWorker(start: JobStart, transfer: ArrayBuffer[]): Worker {
  const options = { workerData: start, transferList: transfer };
  if (import.meta.url.endsWith('.ts')) {
    const url = new URL('./worker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
    return new Worker(boot, { ...options, eval: true });
  }
  // The bundler may place this code in the main bundle or in a chunk folder below it.
  const built = ['./jobWorker.js', '../jobWorker.js']
    .map((relative) => new URL(relative, import.meta.url))
    .find((url) => fs.existsSync(url));
  if (!built) throw new Error('The job worker (jobWorker.js) is missing from the build.');
  return new Worker(built, options);
}
