/**
 * Every write the server acknowledged during the day, and reading them back afterwards: a write
 * answered "saved" that is missing, or stored otherwise than answered, is a lost write.
 */
import type { BenchClient } from './sharedClient';

interface LedgerWrite {
  readonly version: number;
  readonly amountCents: number;
  readonly description: string;
}

interface TaskWrite {
  readonly version: number;
  readonly title: string;
  readonly notes: string;
}

interface FamilyNote {
  readonly familyId: number;
  readonly version: number;
  /** The meeting's decisions or the barrier's note. */
  readonly text: string;
}

export class AckedWrites {
  readonly ledger = new Map<number, LedgerWrite>();
  /** Per task, the newest version any client was told it saved. */
  readonly tasks = new Map<number, TaskWrite>();
  readonly meetings = new Map<number, FamilyNote>();
  readonly barriers = new Map<number, FamilyNote>();

  task(id: number, write: TaskWrite): void {
    const known = this.tasks.get(id);
    if (!known || known.version < write.version) this.tasks.set(id, write);
  }

  get count(): number {
    return this.ledger.size + this.tasks.size + this.meetings.size + this.barriers.size;
  }
}

interface LedgerRow {
  id: number;
  version: number;
  amountCents: number;
  description: string;
}
interface TaskRow {
  id: number;
  version: number;
  title: string;
  notes: string;
}
interface FamilyRecord {
  meetings: { meetingId: number; version: number; decisions: string }[];
  barriers: { barrierId: number; version: number; note: string }[];
}

export interface ReadBack {
  readonly checked: number;
  readonly lost: number;
  /** Stored at a newer version than any answer said: a save whose answer never arrived. */
  readonly newerThanAcked: number;
  readonly notes: string[];
}

/** Reads back every acknowledged write as `reader` (a coordinator: ledger, plan and families). */
export async function readBack(
  reader: BenchClient,
  countyId: number,
  acked: AckedWrites,
): Promise<ReadBack> {
  const notes: string[] = [];
  let lost = 0;
  let newer = 0;
  const compare = (
    what: string,
    stored: { version: number } | undefined,
    same: boolean,
    version: number,
  ) => {
    if (!stored) {
      lost++;
      if (notes.length < 10) notes.push(`${what}: missing`);
    } else if (stored.version > version) {
      newer++;
    } else if (stored.version < version || !same) {
      lost++;
      if (notes.length < 10) notes.push(`${what}: stored v${stored.version}, answered v${version}`);
    }
  };

  const rows = new Map<number, LedgerRow>();
  for (let offset = 0; ; offset += 1000) {
    const page = await reader.value<{ total: number; rows: LedgerRow[] }>('fiscal.listLedger', {
      countyId,
      offset,
      limit: 1000,
    });
    for (const row of page.rows) rows.set(row.id, row);
    if (offset + 1000 >= page.total) break;
  }
  for (const [id, write] of acked.ledger) {
    const row = rows.get(id);
    const same = row?.amountCents === write.amountCents && row.description === write.description;
    compare(`ledger row ${id}`, row, same, write.version);
  }

  const plan = await reader.value<{ tasks: TaskRow[] }>('program.getPlan', {
    countyId,
    today: null,
  });
  const tasks = new Map(plan.tasks.map((task) => [task.id, task]));
  for (const [id, write] of acked.tasks) {
    const task = tasks.get(id);
    const same = task?.title === write.title && task.notes === write.notes;
    compare(`task ${id}`, task, same, write.version);
  }

  const families = new Set(
    [...acked.meetings.values(), ...acked.barriers.values()].map((note) => note.familyId),
  );
  const records = new Map<number, FamilyRecord>();
  await inTurns([...families], 8, async (familyId) => {
    records.set(familyId, await reader.value<FamilyRecord>('cocase.family', { familyId }));
  });
  for (const [id, write] of acked.meetings) {
    const meeting = records.get(write.familyId)?.meetings.find((m) => m.meetingId === id);
    compare(`meeting ${id}`, meeting, meeting?.decisions === write.text, write.version);
  }
  for (const [id, write] of acked.barriers) {
    const barrier = records.get(write.familyId)?.barriers.find((b) => b.barrierId === id);
    compare(`barrier ${id}`, barrier, barrier?.note === write.text, write.version);
  }
  return { checked: acked.count, lost, newerThanAcked: newer, notes };
}

/** Runs `work` over `items`, `at` most at once. */
export async function inTurns<T>(
  items: readonly T[],
  at: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(at, items.length) }, worker));
}
