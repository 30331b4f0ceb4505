/**
 * What a fuzzed call may and may not do to the database and how it may fail: shared by the
 * fuzz tests under test/integration/reliability.
 */
import { createHash } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import { expect } from 'vitest';
import { ApiError } from '../../src/api/errors';
import type { JobContext } from '../../src/api/jobs/jobTypes';
import type { Workbench } from '../../src/db/openDatabase';

/**
 * Every table's row count and a hash of its rows. Counts alone miss an UPDATE, and
 * total_changes alone counts a write that was rolled back; hashing every row catches any
 * write a refused call left behind. The hash is taken again only when total_changes moved:
 * an unchanged total means this connection wrote nothing (job workers write through their
 * own connections, and the fuzzed calls that reach a job are its in-process runs).
 */
export function databaseFingerprint(sqlite: Sqlite.Database): string {
  const { changes, tables } = readersOf(sqlite);
  const total = changes.get() as number;
  const cached = fingerprints.get(sqlite);
  if (cached?.total === total) return cached.fingerprint;
  const hash = createHash('sha256');
  for (const [table, select] of tables) {
    const rows = select.all();
    hash.update(`${table}:${rows.length}:${JSON.stringify(rows, jsonBigint)}\n`);
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(sqlite, { total, fingerprint });
  return fingerprint;
}

const fingerprints = new WeakMap<Sqlite.Database, { total: number; fingerprint: string }>();

/** Prepared once per connection: preparing forty statements costs more than running them. */
const readers = new WeakMap<
  Sqlite.Database,
  { changes: Sqlite.Statement; tables: [string, Sqlite.Statement][] }
>();

function readersOf(sqlite: Sqlite.Database) {
  let found = readers.get(sqlite);
  if (!found) {
    const names = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    found = {
      changes: sqlite.prepare('SELECT total_changes()').pluck(),
      tables: names.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).raw()]),
    };
    readers.set(sqlite, found);
  }
  return found;
}

const jsonBigint = (_key: string, value: unknown) =>
  typeof value === 'bigint'
    ? String(value)
    : Buffer.isBuffer(value)
      ? value.toString('hex')
      : value;

/** A promise that rejects after `ms`: a fuzz case that takes longer counts as a hang. */
export async function withinTime<T>(ms: number, what: string, call: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The outcome of one fuzzed call: its value, or the ApiError it was refused with. */
export type Settled = { ok: true; value: unknown } | { ok: false; error: ApiError };

/**
 * Runs a call that may be refused: anything thrown but an ApiError, or an 'Internal' one,
 * fails the case, as does a ValidationError that names no field.
 */
export async function settle(
  call: () => Promise<unknown>,
  ms: number,
  what: string,
  wholeInputWrong = false,
) {
  let settled: Settled;
  try {
    settled = { ok: true, value: await withinTime(ms, what, call()) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    settled = { ok: false, error };
  }
  if (!settled.ok) expectNamedRefusal(settled.error, what, wholeInputWrong);
  return settled;
}

/** A refusal the person can act on: not internal, and a ValidationError points at a field. */
export function expectNamedRefusal(error: ApiError, what: string, wholeInputWrong = false): void {
  expect(error.kind, `${what}: ${error.message}`).not.toBe('Internal');
  if (error.kind !== 'ValidationError') return;
  expect(error.issues.length, `${what}: a ValidationError without issues`).toBeGreaterThan(0);
  if (wholeInputWrong) return;
  for (const issue of error.issues) {
    expect(issue.path, `${what}: "${issue.message}" names no field`).not.toBe('');
  }
}

/** How many cases ran and how many failed, printed for the reliability report. */
export class FuzzTally {
  cases = 0;
  failures = 0;
  /** How the cases ended (imported, refused at a row…): shows the deeper paths were reached. */
  private readonly outcomes = new Map<string, number>();
  constructor(private readonly target: string) {}

  /** Runs one fast-check assertion, counting its failure. */
  async run(assertion: () => Promise<void> | void): Promise<void> {
    try {
      await assertion();
    } catch (error) {
      this.failures += 1;
      throw error;
    }
  }

  note(outcome: string): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  report(): void {
    const outcomes = [...this.outcomes].map(([name, n]) => ` ${name}=${n}`).join('');
    console.log(`FUZZ ${this.target} cases=${this.cases} failures=${this.failures}${outcomes}`);
  }
}

/**
 * A job's context on the test's own connection: the fuzz tests run a job's code in-process (a
 * worker thread per case would spend the budget on starting threads); never cancelled.
 */
export function inProcessJob(workbench: Workbench): JobContext {
  return {
    db: workbench.db,
    sqlite: workbench.sqlite,
    actor: 'fuzz',
    progress: () => undefined,
    shouldStop: () => false,
  };
}
