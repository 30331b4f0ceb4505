/**
 * Long work (imports of big files, match runs) runs as a job: in a worker thread, with progress
 * and cancel, its result written in one transaction at the end (DESIGN.md). These are the shapes
 * the runner and the worker exchange.
 */
import type Sqlite from 'better-sqlite3';
import type { Db } from '../../db/openDatabase';

/**
 * Every kind of job, by name. Declared here, with the shapes, so the runner (which the service
 * context holds) does not import the jobs' code, and through it every area's handlers.
 */
export const JOB_KIND_NAMES = [
  'fiscal.importLedger',
  'matching.importExtract',
  'matching.run',
] as const;
export type JobKind = (typeof JOB_KIND_NAMES)[number];

/** A problem with one row and column of an imported file (never its value). */
export interface JobProblem {
  readonly row: number;
  readonly column: string;
  readonly reason: string;
}

/** What a job's code gets in the worker. */
export interface JobContext {
  readonly db: Db;
  readonly sqlite: Sqlite.Database;
  readonly actor: string;
  progress(stage: string, share: number): void;
  /** True once the person asked to cancel; the job stops at its next check. */
  shouldStop(): boolean;
}

/** Why a job refused: bad input, or a conflict with what is stored (the same file twice). */
export type JobRefusal = 'invalid' | 'conflict';

/** A refusal the person can act on: its message (and row problems) reach the screen. */
export class JobRefused extends Error {
  constructor(
    message: string,
    readonly problems: readonly JobProblem[] = [],
    readonly problemCount = problems.length,
    readonly refusal: JobRefusal = 'invalid',
  ) {
    super(message);
    this.name = 'JobRefused';
  }
}

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled; nothing was written.');
    this.name = 'JobCancelled';
  }
}

export interface JobStart {
  readonly kind: string;
  readonly input: unknown;
  readonly database: {
    readonly file: string;
    readonly nativeBinding: string | null;
    /** The data file's passphrase (encryption.ts): the worker opens the file with the same one. */
    readonly passphrase: string | null;
  };
  readonly actor: string;
  /** One Int32: 1 once cancel was asked for (read with Atomics, shared with the runner). */
  readonly cancel: SharedArrayBuffer;
}

export type JobMessage =
  | { readonly type: 'progress'; readonly stage: string; readonly share: number }
  | { readonly type: 'done'; readonly result: unknown }
  | {
      readonly type: 'failed';
      readonly message: string;
      readonly cancelled: boolean;
      /** Set when the job refused (its message is for the person); null for an internal error. */
      readonly refusal: JobRefusal | null;
      readonly problems: readonly JobProblem[];
      readonly problemCount: number;
    };
