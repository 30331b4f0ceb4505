/**
 * The parent's record of what the children were told is written: every acknowledged write, and
 * the one write begun when the last child was killed (in flight: it may or may not have
 * committed). The checker compares the database with this record after each kill.
 */
import type { CrashLine, CrashRowValues, CrashWrite, CrashWriteKind } from './crashProtocol';

export interface ImportRecord {
  readonly importId: number;
  readonly rowCount: number;
  readonly totalCents: number;
}

export interface RunRecord {
  readonly pairs: number;
  /** Runs with the same extracts and parameters store the same pairs (the seed fixes the model). */
  readonly key: string;
}

export const runKey = (run: { calworksExtractId: number; cwsExtractId: number; seed: number }) =>
  `${run.calworksExtractId}/${run.cwsExtractId}/${run.seed}`;

export class CrashRecord {
  /** Ledger rows added by hand: their acknowledged values, or 'deleted'. */
  readonly rows = new Map<number, CrashRowValues | 'deleted'>();
  readonly imports = new Map<string, ImportRecord>();
  readonly extracts = new Map<number, { readonly fileName: string; readonly rows: number }>();
  readonly runs = new Map<number, RunRecord>();
  /** Acknowledged writes heard, by kind. */
  readonly acknowledged = new Map<CrashWriteKind, number>();
  /** The write begun and not yet acknowledged, and the last stage its job reported. */
  inFlight: CrashWrite | null = null;
  inFlightStage: string | null = null;

  hear(line: CrashLine): void {
    if (line.t === 'begin') {
      this.inFlight = line.write;
      this.inFlightStage = null;
    } else if (line.t === 'stage') {
      this.inFlightStage = line.stage;
    } else if (line.t === 'refused') {
      this.inFlight = null;
    } else if (line.t === 'ack') {
      this.acknowledged.set(line.write.kind, (this.acknowledged.get(line.write.kind) ?? 0) + 1);
      this.apply(line.write, line.answer.id ?? 0, line.answer.pairs ?? 0);
      this.inFlight = null;
    }
  }

  get acknowledgedCount(): number {
    return [...this.acknowledged.values()].reduce((sum, n) => sum + n, 0);
  }

  /**
   * Takes a write as done: heard in an `ack`, or (not counted as acknowledged) the write in flight
   * found committed after a kill, which later writes build on.
   */
  apply(write: CrashWrite, id: number, pairs = 0): void {
    switch (write.kind) {
      case 'add':
      case 'edit': {
        const { date, amountCents, description } = write;
        this.rows.set(write.kind === 'add' ? id : write.id, { date, amountCents, description });
        break;
      }
      case 'delete':
        this.rows.set(write.id, 'deleted');
        break;
      case 'import':
        this.imports.set(write.fileName, {
          importId: id,
          rowCount: write.rowCount,
          totalCents: write.totalCents,
        });
        break;
      case 'extract':
        this.extracts.set(id, { fileName: write.fileName, rows: write.rows });
        break;
      case 'run':
        this.runs.set(id, { pairs, key: runKey(write) });
        break;
    }
  }
}
