/**
 * The shared server's day, for the benchmark: each client loops over its role's actions, picked
 * by weight and awaited one at a time (sharedActions.ts), with a think time between them, and
 * every call's time and outcome tallied.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Role } from '../src/core/system/roles';
import type { Answer, BenchClient } from './sharedClient';
import type { AckedWrites } from './sharedReadBack';

/** The day's calls: their times, and what went wrong. */
export class Tally {
  readonly latencies: number[] = [];
  readonly byMethod = new Map<string, number[]>();
  errors = 0;
  /** 409s of edits made over a version another client had saved: expected, not errors. */
  conflicts = 0;
  private readonly samples = new Map<string, number>();

  record(method: string, ms: number): void {
    this.latencies.push(ms);
    const times = this.byMethod.get(method) ?? [];
    times.push(ms);
    this.byMethod.set(method, times);
  }

  /** Counts an error and keeps a few of each kind for the note on stderr. */
  error(what: string): void {
    this.errors++;
    this.samples.set(what, (this.samples.get(what) ?? 0) + 1);
  }

  errorKinds(): [string, number][] {
    return [...this.samples];
  }
}

export interface Family {
  readonly familyId: number;
  readonly startDate: string;
}

/** What one client knows and keeps while it works. */
export interface ClientContext {
  readonly index: number;
  readonly client: BenchClient;
  readonly role: Role;
  readonly countyId: number;
  readonly today: string;
  readonly random: () => number;
  readonly tally: Tally;
  readonly acked: AckedWrites;
  /** The county's funding streams and service categories (ids). */
  readonly streams: readonly number[];
  readonly categories: readonly number[];
  /** The families on this worker's caseload (CalWORKs and CWS staff). */
  readonly caseload: readonly Family[];
  /** The rollout tasks as this coordinator last saw them: its edits carry these versions. */
  readonly tasks: Map<number, Record<string, unknown> & { id: number; version: number }>;
  /** Numbers this client's records, so each saved value can be told apart on read-back. */
  serial: number;
}

export interface Action {
  readonly name: string;
  readonly weight: number;
  run(ctx: ClientContext): Promise<void>;
}

/**
 * One timed call. A 409 is an expected conflict only where `conflictExpected` (an edit of a record
 * another client may have saved since); any other non-2xx and any transport failure is an error.
 */
export async function timedCall(
  ctx: ClientContext,
  method: string,
  input: unknown,
  conflictExpected = false,
): Promise<Answer | null> {
  let answer: Answer;
  try {
    answer = await ctx.client.call(method, input);
  } catch (error) {
    ctx.tally.error(`${method} transport ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    return null;
  }
  ctx.tally.record(method, answer.ms);
  if (answer.status === 409 && conflictExpected) {
    ctx.tally.conflicts++;
    return answer;
  }
  if (answer.status < 200 || answer.status >= 300 || !answer.body?.ok) {
    const message = answer.body?.error?.message?.slice(0, 120) ?? 'no JSON';
    ctx.tally.error(`${method} ${answer.status}: ${message}`);
    return answer;
  }
  return answer;
}

/** The value of a call that succeeded, else null (already tallied). */
export async function okValue<T>(
  ctx: ClientContext,
  method: string,
  input: unknown,
  conflictExpected = false,
): Promise<T | null> {
  const answer = await timedCall(ctx, method, input, conflictExpected);
  return answer?.status === 200 && answer.body?.ok ? (answer.body.value as T) : null;
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Nothing to pick from.');
  return item;
}

function pickAction(random: () => number, actions: readonly Action[]): Action {
  const total = actions.reduce((sum, action) => sum + action.weight, 0);
  let at = random() * total;
  for (const action of actions) {
    at -= action.weight;
    if (at < 0) return action;
  }
  return actions[actions.length - 1] as Action;
}

/**
 * Works until `until` (performance.now()): an action, then a think time drawn evenly from 0 to
 * twice `thinkMs`, as a person reads what the page shows before the next click.
 */
export async function workUntil(
  ctx: ClientContext,
  actions: readonly Action[],
  until: number,
  thinkMs: number,
): Promise<void> {
  // Clients start spread over one think time, not all in the same millisecond.
  await sleep(ctx.random() * thinkMs);
  while (performance.now() < until) {
    await pickAction(ctx.random, actions).run(ctx);
    if (thinkMs > 0) await sleep(ctx.random() * 2 * thinkMs);
  }
}

export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}
