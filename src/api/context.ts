import type { z } from 'zod';
import type { Workbench } from '../db/openDatabase';
import type { Content } from './content';
import type { ContractSlice } from './contractTypes';
import type { JobRunner } from './jobs/runner';
import type { Caller } from './system/access';

/** What every handler gets besides its input. */
export interface ServiceContext {
  readonly workbench: Workbench;
  readonly appVersion: string;
  /**
   * Who makes this call, as the audit trail shows it: the signed-in user on the shared server, the
   * OS account label in the single-user shells.
   */
  readonly actor: string;
  /** The caller and their roles (the local user holds every role). */
  readonly caller: Caller;
  readonly dataFolder: string;
  /** Instruments, rules and catalog from resources/, checked at start. */
  readonly content: Content;
  /** Long work in worker threads (imports of extracts, match runs). */
  readonly jobs: JobRunner;
}

/** The handlers of one contract slice: each takes its parsed input and returns its output. */
export type HandlersFor<S extends ContractSlice> = {
  [M in keyof S]: (
    input: z.output<S[M]['input']>,
    ctx: ServiceContext,
  ) => z.input<S[M]['output']> | Promise<z.input<S[M]['output']>>;
};

/**
 * What a method returns once its output schema has read it: the type of the named service
 * function behind the method, which other areas call instead of the handler map.
 */
export type OutputOf<S extends ContractSlice, M extends keyof S> = z.output<S[M]['output']>;
