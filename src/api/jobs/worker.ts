/**
 * A job's worker thread: opens its own connection to the database, runs the job's code and
 * reports progress and the outcome. Messages of internal errors are not passed on (they could
 * quote the data); a refusal's message is written for the person and is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LinkCancelled } from '../../core/matching/linkage/link';
import { openJobDatabase } from '../../db/openDatabase';
import { ApiError } from '../errors';
import { JOB_KINDS } from './jobKinds';
import { JobCancelled, JobRefused, type JobKind, type JobMessage, type JobStart } from './jobTypes';

const start = workerData as JobStart;
const cancelFlag = new Int32Array(start.cancel);
const post = (message: JobMessage) => parentPort?.postMessage(message);

const connection = openJobDatabase(
  start.database.file,
  start.database.nativeBinding,
  start.database.passphrase,
);
try {
  const job = JOB_KINDS[start.kind as JobKind];
  if (!job) throw new Error(`No job kind ${start.kind}`);
  let lastPost = 0;
  const result = await job(start.input as never, {
    db: connection.db,
    sqlite: connection.sqlite,
    actor: start.actor,
    progress(stage, share) {
      // A few messages a second are plenty for a progress bar.
      const now = Date.now();
      if (now - lastPost < 100 && share > 0 && share < 1) return;
      lastPost = now;
      post({ type: 'progress', stage, share });
    },
    shouldStop: () => Atomics.load(cancelFlag, 0) === 1,
  });
  post({ type: 'done', result });
} catch (error) {
  const cancelled = error instanceof JobCancelled || error instanceof LinkCancelled;
  // The service's own typed errors (a field that is wrong, a conflict) are refusals too.
  const refused =
    error instanceof JobRefused
      ? error
      : error instanceof ApiError
        ? new JobRefused(error.message, [], 0, error.kind === 'Conflict' ? 'conflict' : 'invalid')
        : null;
  post({
    type: 'failed',
    cancelled,
    message: cancelled
      ? 'Cancelled; nothing was written.'
      : (refused?.message ??
        `The job stopped on an internal error (${error instanceof Error ? error.name : 'unknown'}); nothing was written.`),
    refusal: cancelled ? null : (refused?.refusal ?? null),
    problems: refused?.problems ?? [],
    problemCount: refused?.problemCount ?? 0,
  });
} finally {
  connection.close();
}
