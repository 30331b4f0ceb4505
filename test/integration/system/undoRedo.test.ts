import { describe, expect, it } from 'vitest';
import type { UndoScope } from '../../../src/api/system/history.contract';
import { typedInvoke } from '../../../src/api/service';
import type { Workbench } from '../../../src/db/openDatabase';
import { everyRow, openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

function recordTables(workbench: Workbench) {
  const {
    audit_event: _audit,
    sqlite_sequence: _sequence,
    import_mapping: _mapping,
    ...rest
  } = everyRow(workbench);
  return Object.entries(rest) as [string, Record<string, unknown>[]][];
}

/**
 * Every table but the audit trail and SQLite's id counters: what undo and redo must put back. Rows
 * are compared as a set: a sum cell made again may sit elsewhere in its table's storage order.
 * The column mapping an import remembers for the next file is a preference, kept through undo.
 * Record versions are left out here: undo and redo move them on (see `versions`).
 */
function tables(workbench: Workbench) {
  return Object.fromEntries(
    recordTables(workbench).map(([name, rows]) => [
      name,
      rows.map(({ version: _version, ...row }) => JSON.stringify(row)).sort(),
    ]),
  );
}

/** Each record's version by table and id. */
function versions(workbench: Workbench): Map<string, number> {
  const found = new Map<string, number>();
  for (const [name, rows] of recordTables(workbench)) {
    for (const row of rows) {
      if (typeof row.version === 'number') found.set(`${name} ${String(row.id)}`, row.version);
    }
  }
  return found;
}

/** No record's version went back, and the step changed, added or removed one. */
function expectMovedOn(earlier: Map<string, number>, later: Map<string, number>): void {
  let moved = 0;
  for (const [key, version] of later) {
    const was = earlier.get(key);
    if (was === undefined) continue;
    expect(version, key).toBeGreaterThanOrEqual(was);
    if (version > was) moved += 1;
  }
  const created = [...later.keys()].filter((key) => !earlier.has(key)).length;
  const removed = [...earlier.keys()].filter((key) => !later.has(key)).length;
  expect(moved + created + removed).toBeGreaterThan(0);
}

function csv(rows: number): string {
  const lines = ['Date,Amount,Fund,Service Category'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `8/${(i % 28) + 1}/2026,$${10 + (i % 90)}.25,CalWORKs Housing Support Program,Housing`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`).toString('base64');
}

async function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const { streams, categories } = await invoke('fiscal.reference', { countyId: SONOMA });
  const hsp = streams.find((s) => s.name === 'CalWORKs Housing Support Program');
  const housing = categories.find((c) => c.name === 'Housing')?.id ?? 0;
  if (!hsp) throw new Error('no Housing Support stream');
  // The ledger takes rows only in an SFY with a budget: one on another line than the tests' own.
  await invoke('fiscal.saveBudget', {
    countyId: SONOMA,
    sfyStartYear: 2026,
    streamId: streams.find((s) => s.generalFund)?.id ?? 0,
    categoryId: categories.find((c) => c.name === 'Transportation')?.id ?? 0,
    amount: '$5,000.00',
  } as Parameters<typeof invoke<'fiscal.saveBudget'>>[1]);
  const entry = (date: string, amount: string) =>
    invoke('fiscal.saveEntry', {
      countyId: SONOMA,
      date,
      streamId: hsp.id,
      categoryId: housing,
      amount,
    } as Parameters<typeof invoke<'fiscal.saveEntry'>>[1]);
  const budgetLine = () =>
    invoke('fiscal.saveBudget', {
      countyId: SONOMA,
      sfyStartYear: 2026,
      streamId: hsp.id,
      categoryId: housing,
      amount: '$20,000.00',
    } as Parameters<typeof invoke<'fiscal.saveBudget'>>[1]);
  const undo = async (scope: UndoScope) => {
    const last = await invoke('history.lastChange', { countyId: SONOMA, scope });
    if (!last) throw new Error(`nothing to undo in ${scope}`);
    return (await invoke('history.undo', { countyId: SONOMA, scope, eventId: last.eventId }))
      .undone;
  };
  const redo = async (scope: UndoScope) => {
    const last = await invoke('history.lastUndone', { countyId: SONOMA, scope });
    if (!last) throw new Error(`nothing to redo in ${scope}`);
    return (await invoke('history.redo', { countyId: SONOMA, scope, eventId: last.eventId }))
      .redone;
  };
  const audits = () =>
    workbench.sqlite
      .prepare('SELECT action, entity, undoes_event_id AS undoes FROM audit_event ORDER BY id')
      .all() as { action: string; entity: string; undoes: number | null }[];
  return { workbench, invoke, hsp, housing, entry, budgetLine, undo, redo, audits };
}

/**
 * change → undo → redo → undo: each step leaves every table exactly as before or after the change,
 * ids included; undo and redo are each one audit event.
 */
async function roundTrip(
  t: Awaited<ReturnType<typeof setup>>,
  scope: UndoScope,
  change: () => Promise<unknown>,
) {
  const before = tables(t.workbench);
  await change();
  const after = tables(t.workbench);
  expect(after).not.toEqual(before);
  const events = t.audits().length;
  const seen = [versions(t.workbench)];
  const undone = await t.undo(scope);
  expect(tables(t.workbench)).toEqual(before);
  seen.push(versions(t.workbench));
  const redone = await t.redo(scope);
  expect(redone).toBe(undone);
  expect(tables(t.workbench)).toEqual(after);
  seen.push(versions(t.workbench));
  expect(await t.invoke('history.lastUndone', { countyId: SONOMA, scope })).toBeNull();
  // What was made again can be undone again.
  expect(await t.undo(scope)).toBe(undone);
  expect(tables(t.workbench)).toEqual(before);
  seen.push(versions(t.workbench));
  // Undo and redo are writes too: a page holding a copy from before either is out of date.
  seen.slice(1).forEach((later, step) => expectMovedOn(seen[step] ?? new Map(), later));
  const trail = t.audits().slice(events);
  expect(trail.map((e) => e.action)).toEqual(['undo', expect.any(String), 'undo']);
  // The redo points at the undo it reverts; the second undo at the redo.
  expect(trail[1]?.undoes).toBeGreaterThan(0);
  return undone;
}

describe('undo and redo, round trips', () => {
  it('a ledger row edit', async () => {
    const t = await setup();
    const row = await t.entry('2026-08-14', '1,200.00');
    const undone = await roundTrip(t, 'ledger', () =>
      t.invoke('fiscal.saveEntry', {
        countyId: SONOMA,
        id: row.id,
        version: row.version,
        date: '2026-09-02',
        streamId: t.hsp.id,
        categoryId: t.housing,
        amount: '1,350.00',
      } as Parameters<typeof t.invoke<'fiscal.saveEntry'>>[1]),
    );
    expect(undone).toBe('the change to “$1,350.00 on 2026-09-02”');
  });

  it('a budget delete', async () => {
    const t = await setup();
    const line = await t.budgetLine();
    const undone = await roundTrip(t, 'budgets', () =>
      t.invoke('fiscal.deleteBudget', { countyId: SONOMA, id: line.id }),
    );
    expect(undone).toBe('deleting “SFY 2026-27 budget line”');
  });

  it('a stream rename', async () => {
    const t = await setup();
    const { id, name: _name, ...fields } = t.hsp;
    const undone = await roundTrip(t, 'reference', () =>
      t.invoke('fiscal.saveStream', {
        countyId: SONOMA,
        id,
        name: 'Housing Support (HSP)',
        ...fields,
      }),
    );
    expect(undone).toBe('the change to “Housing Support (HSP)”');
  });

  it('a ledger import, as one change of many rows', async () => {
    const t = await setup();
    await t.entry('2026-08-14', '1,200.00');
    const undone = await roundTrip(t, 'ledger', () =>
      t.invoke('fiscal.importLedger', {
        countyId: SONOMA,
        fileName: 'finance.csv',
        bytesBase64: csv(2_608),
      }),
    );
    expect(undone).toBe('the import of 2,608 ledger rows from “finance.csv”');
    await t.redo('ledger');
    const last = await t.invoke('history.lastChange', { countyId: SONOMA, scope: 'ledger' });
    expect([last?.description, last?.records]).toEqual([
      'the import of 2,608 ledger rows from “finance.csv”',
      2_608,
    ]);
  });

  it('a rollout plan task', async () => {
    const t = await setup();
    const mou = await t.invoke('program.saveTask', {
      countyId: SONOMA,
      title: 'Sign the MOU',
      roadmapStep: 'team',
      stage: 'exploration',
      program: 'joint',
    } as Parameters<typeof t.invoke<'program.saveTask'>>[1]);
    await t.invoke('program.saveTask', {
      countyId: SONOMA,
      title: 'Train staff',
      roadmapStep: 'team',
      stage: 'exploration',
      program: 'joint',
      dependsOn: [mou.id],
    } as Parameters<typeof t.invoke<'program.saveTask'>>[1]);
    const undone = await roundTrip(t, 'plan', () =>
      t.invoke('program.deleteTask', { countyId: SONOMA, id: mou.id, confirmDependents: true }),
    );
    expect(undone).toBe('deleting “Sign the MOU”');
  });
});

describe('what each page’s undo reaches', () => {
  it('undo on the budgets page leaves a newer ledger change alone', async () => {
    const t = await setup();
    await t.budgetLine();
    await t.entry('2026-08-14', '1,200.00');
    const ledger = () => t.workbench.sqlite.prepare('SELECT * FROM ledger_entry').all();
    const rows = ledger();
    const budgets = await t.invoke('history.lastChange', { countyId: SONOMA, scope: 'budgets' });
    expect(budgets).toMatchObject({ description: 'adding “SFY 2026-27 budget line”', records: 1 });
    expect(await t.undo('budgets')).toBe('adding “SFY 2026-27 budget line”');
    expect(ledger()).toEqual(rows);
    expect(t.workbench.sqlite.prepare('SELECT count(*) AS n FROM budget').get()).toEqual({ n: 1 });
    // The fiscal History page still sees everything, newest first.
    const all = await t.invoke('history.lastChange', { countyId: SONOMA, scope: 'fiscal' });
    expect(all?.description).toBe('adding “$1,200.00 on 2026-08-14”');
    expect(await t.invoke('history.lastChange', { countyId: SONOMA, scope: 'reference' })).toBe(
      null,
    );
  });

  it('a new change after an undo ends redo in that scope, not in another', async () => {
    const t = await setup();
    await t.entry('2026-08-14', '1,200.00');
    await t.budgetLine();
    await t.undo('ledger');
    await t.undo('budgets');
    const undone = await t.invoke('history.lastUndone', { countyId: SONOMA, scope: 'ledger' });
    expect(undone?.description).toBe('adding “$1,200.00 on 2026-08-14”');
    await t.entry('2026-10-01', '75.00');
    expect(await t.invoke('history.lastUndone', { countyId: SONOMA, scope: 'ledger' })).toBeNull();
    const error = await refusal(
      t.invoke('history.redo', {
        countyId: SONOMA,
        scope: 'ledger',
        eventId: undone?.eventId ?? 0,
      }),
    );
    expect([error.kind, error.message]).toEqual(['Conflict', 'There is nothing to redo here.']);
    // The budget's undo is still there to redo.
    expect(await t.redo('budgets')).toBe('adding “SFY 2026-27 budget line”');
  });

  it('redoes several undos newest-undone first, and refuses a stale redo', async () => {
    const t = await setup();
    await t.entry('2026-08-14', '1.00');
    await t.entry('2026-08-15', '2.00');
    await t.undo('ledger');
    await t.undo('ledger');
    const seen = await t.invoke('history.lastUndone', { countyId: SONOMA, scope: 'ledger' });
    expect(await t.redo('ledger')).toBe('adding “$1.00 on 2026-08-14”');
    const stale = await refusal(
      t.invoke('history.redo', { countyId: SONOMA, scope: 'ledger', eventId: seen?.eventId ?? 0 }),
    );
    expect(stale.kind).toBe('Conflict');
    expect(await t.redo('ledger')).toBe('adding “$2.00 on 2026-08-15”');
    expect(await t.invoke('history.lastUndone', { countyId: SONOMA, scope: 'ledger' })).toBeNull();
  });

  it('refuses to redo an import undone before undo kept its rows, and changes nothing', async () => {
    const t = await setup();
    await t.invoke('fiscal.importLedger', {
      countyId: SONOMA,
      fileName: 'finance.csv',
      bytesBase64: csv(3),
    });
    await t.undo('ledger');
    // As an undo made by an earlier version left it: the import record alone.
    t.workbench.sqlite
      .prepare(
        "UPDATE audit_event SET before_json = json_remove(before_json, '$.rowsForRedo') WHERE action = 'undo'",
      )
      .run();
    const before = tables(t.workbench);
    const undone = await t.invoke('history.lastUndone', { countyId: SONOMA, scope: 'ledger' });
    const error = await refusal(
      t.invoke('history.redo', {
        countyId: SONOMA,
        scope: 'ledger',
        eventId: undone?.eventId ?? 0,
      }),
    );
    expect([error.kind, error.message]).toEqual([
      'Conflict',
      'Nothing was redone: this import was undone before redo kept its rows. Import the file again.',
    ]);
    expect(tables(t.workbench)).toEqual(before);
  });
});

describe('undo and redo in the history', () => {
  it('names an undo and a redo by the change they revert and repeat', async () => {
    const t = await setup();
    const task = {
      countyId: SONOMA,
      title: 'Sign the MOU',
      roadmapStep: 'team',
      stage: 'exploration',
      program: 'joint',
    } as Parameters<typeof t.invoke<'program.saveTask'>>[1];
    const mou = await t.invoke('program.saveTask', task);
    await t.invoke('program.saveTask', { ...task, id: mou.id, version: mou.version, title: 'MOU' });
    await t.invoke('program.deleteTask', { countyId: SONOMA, id: mou.id });
    await t.undo('plan');
    await t.undo('plan');
    await t.redo('plan');
    const history = await t.invoke('history.list', {
      countyId: SONOMA,
      scope: 'plan',
      entity: null,
      entityId: null,
      beforeEventId: null,
      limit: 10,
    });
    expect(history.map((e) => e.description)).toEqual([
      'redid the change to “MOU”',
      'undid the change to “MOU”',
      'undid deleting “MOU”',
      'deleting “MOU”',
      'the change to “MOU”',
      'adding “Sign the MOU”',
    ]);
    // A version moving on is not a change worth a line in the history.
    expect(history[0]?.changes.map((c) => c.field)).toEqual(['title']);
  });
});
