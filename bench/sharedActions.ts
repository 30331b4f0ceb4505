/**
 * What each role does on the shared server in a day, by weight: mostly opening pages (the reads a
 * page makes), and now and then a save. Every save answered "saved" is kept for the read-back.
 */
import { BARRIER_KINDS } from '../src/core/cocase/worklists';
import type { Role } from '../src/core/system/roles';
import { okValue, pick, type Action, type ClientContext } from './sharedWorkload';

type Task = Record<string, unknown> & { id: number; version: number; title: string; notes: string };

const standing: Action = {
  name: 'workspace.standing',
  weight: 1,
  run: (ctx) => read(ctx, 'workspace.standing', { countyId: ctx.countyId }),
};

const fiscalSummary: Action = {
  name: 'fiscal.summary',
  weight: 1,
  run: (ctx) =>
    read(ctx, 'fiscal.summary', {
      countyId: ctx.countyId,
      // The SFY in progress mostly; last year's now and then.
      sfyStartYear: ctx.random() < 0.8 ? 2026 : 2025,
      asOf: null,
    }),
};

const ledgerPage: Action = {
  name: 'fiscal.listLedger',
  weight: 1,
  // A page of the ledger table (200 rows) as it opens, sorted or scrolled a page or two.
  run: (ctx) =>
    read(ctx, 'fiscal.listLedger', {
      countyId: ctx.countyId,
      sfyStartYear: pick(ctx.random, [2024, 2025, 2026, 2026]),
      streamId: null,
      categoryId: null,
      text: '',
      sort: ctx.random() < 0.7 ? 'date' : 'amount',
      descending: ctx.random() < 0.5,
      offset: 200 * Math.floor(ctx.random() * 3),
      limit: 200,
    }),
};

const newLedgerRow: Action = {
  name: 'fiscal.saveEntry',
  weight: 1,
  async run(ctx) {
    const cents = 500 + Math.floor(ctx.random() * 200_000);
    const description = `Bench row ${ctx.index}.${++ctx.serial}`;
    const saved = await okValue<{ id: number; version: number; amountCents: number }>(
      ctx,
      'fiscal.saveEntry',
      {
        countyId: ctx.countyId,
        date: ctx.today,
        streamId: pick(ctx.random, ctx.streams),
        categoryId: pick(ctx.random, ctx.categories),
        amount: (cents / 100).toFixed(2),
        description,
      },
    );
    if (saved) ctx.acked.ledger.set(saved.id, { ...saved, description });
  },
};

const plan: Action = {
  name: 'program.getPlan',
  weight: 1,
  async run(ctx) {
    const got = await okValue<{ tasks: Task[] }>(ctx, 'program.getPlan', {
      countyId: ctx.countyId,
      today: ctx.today,
    });
    if (!got) return;
    ctx.tasks.clear();
    for (const task of got.tasks) ctx.tasks.set(task.id, task);
  },
};

async function saveTask(ctx: ClientContext, input: Record<string, unknown>, edit: boolean) {
  const saved = await okValue<Task>(ctx, 'program.saveTask', input, edit);
  if (!saved) {
    // A conflict: the page reloads the task before this person edits it again.
    if (edit) ctx.tasks.delete(input.id as number);
    return;
  }
  ctx.tasks.set(saved.id, saved);
  ctx.acked.task(saved.id, { version: saved.version, title: saved.title, notes: saved.notes });
}

const newTask: Action = {
  name: 'program.saveTask (new)',
  weight: 1,
  run: (ctx) =>
    saveTask(
      ctx,
      {
        countyId: ctx.countyId,
        title: `Bench task ${ctx.index}.${++ctx.serial}`,
        roadmapStep: 'team',
        stage: 'exploration',
        program: 'joint',
        notes: 'Added during the shared benchmark.',
      },
      false,
    ),
};

const editTask: Action = {
  name: 'program.saveTask (edit)',
  weight: 1,
  async run(ctx) {
    if (ctx.tasks.size === 0) return plan.run(ctx);
    const { id, version, title, roadmapStep, stage, ownerRole, program } = pick(ctx.random, [
      ...ctx.tasks.values(),
    ]);
    const { startDate, dueDate, status, componentId, dependsOn } = ctx.tasks.get(id) as Task;
    // The task as the page shows it, with a new note: saved over the version this person saw.
    await saveTask(
      ctx,
      {
        countyId: ctx.countyId,
        id,
        version,
        title,
        roadmapStep,
        stage,
        ownerRole,
        program,
        startDate,
        dueDate,
        status,
        componentId,
        dependsOn,
        notes: `Checked by client ${ctx.index} (${++ctx.serial}).`,
        confirmWarnings: true,
      },
      true,
    );
  },
};

const worklists: Action = {
  name: 'cocase.worklists',
  weight: 1,
  run: (ctx) => read(ctx, 'cocase.worklists', { countyId: ctx.countyId }),
};

const family: Action = {
  name: 'cocase.family',
  weight: 1,
  run: (ctx) => read(ctx, 'cocase.family', { familyId: pick(ctx.random, ctx.caseload).familyId }),
};

const newMeeting: Action = {
  name: 'cocase.saveMeeting',
  weight: 1,
  async run(ctx) {
    const { familyId, startDate } = pick(ctx.random, ctx.caseload);
    const date = startDate > ctx.today ? startDate : ctx.today;
    const decisions = `Bench meeting ${ctx.index}.${++ctx.serial}: next steps agreed.`;
    const saved = await okValue<{ meetingId: number; version: number }>(ctx, 'cocase.saveMeeting', {
      familyId,
      date,
      calworksAttended: true,
      cwsAttended: true,
      othersAttended: 'Public health nurse',
      decisions,
      nextReviewDue: null,
    });
    if (saved) ctx.acked.meetings.set(saved.meetingId, { familyId, ...saved, text: decisions });
  },
};

const newBarrier: Action = {
  name: 'cocase.saveBarrier',
  weight: 1,
  async run(ctx) {
    const { familyId, startDate } = pick(ctx.random, ctx.caseload);
    const note = `Bench barrier ${ctx.index}.${++ctx.serial}`;
    const saved = await okValue<{ barrierId: number; version: number }>(ctx, 'cocase.saveBarrier', {
      familyId,
      kind: pick(ctx.random, BARRIER_KINDS),
      openedOn: startDate > ctx.today ? startDate : ctx.today,
      note,
    });
    if (saved) ctx.acked.barriers.set(saved.barrierId, { familyId, ...saved, text: note });
  },
};

async function read(ctx: ClientContext, method: string, input: unknown): Promise<void> {
  await okValue(ctx, method, input);
}

const weighted = (action: Action, weight: number): Action => ({ ...action, weight });

/** Each role's day: about four reads to each save. */
export const ACTIONS: Readonly<Partial<Record<Role, readonly Action[]>>> = {
  coordinator: [
    weighted(standing, 20),
    weighted(plan, 30),
    weighted(worklists, 15),
    weighted(fiscalSummary, 15),
    weighted(newTask, 5),
    weighted(editTask, 15),
  ],
  fiscal: [
    weighted(standing, 10),
    weighted(fiscalSummary, 30),
    weighted(ledgerPage, 40),
    weighted(newLedgerRow, 20),
  ],
  calworks: [
    weighted(standing, 10),
    weighted(worklists, 25),
    weighted(family, 45),
    weighted(newMeeting, 12),
    weighted(newBarrier, 8),
  ],
  cws: [
    weighted(standing, 10),
    weighted(worklists, 25),
    weighted(family, 45),
    weighted(newMeeting, 12),
    weighted(newBarrier, 8),
  ],
};
