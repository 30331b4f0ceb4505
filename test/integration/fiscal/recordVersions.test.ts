import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { UndoScope } from '../../../src/api/system/history.contract';
import { typedInvoke } from '../../../src/api/service';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

async function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const { streams, categories } = await invoke('fiscal.reference', { countyId: SONOMA });
  const stream = streams.find((s) => s.name === 'CalWORKs Housing Support Program');
  const category = categories.find((c) => c.name === 'Housing');
  if (!stream || !category) throw new Error('the shipped reference has no Housing line');
  const line = {
    countyId: SONOMA,
    sfyStartYear: 2026,
    streamId: stream.id,
    categoryId: category.id,
  };
  const saveBudget = (fields: { version?: number | null; amount: string }) =>
    invoke('fiscal.saveBudget', { ...line, ...fields });
  const saveEntry = (fields: { id?: number; version?: number; amount: string }) =>
    invoke('fiscal.saveEntry', {
      countyId: SONOMA,
      date: '2026-08-14',
      streamId: stream.id,
      categoryId: category.id,
      ...fields,
    });
  const reference = () => invoke('fiscal.reference', { countyId: SONOMA });
  const budgets = () => invoke('fiscal.listBudgets', { countyId: SONOMA, sfyStartYear: 2026 });
  const ledger = async () => (await invoke('fiscal.listLedger', { countyId: SONOMA })).rows;
  const auditCount = () =>
    workbench.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_event`).n;
  const undo = async (scope: UndoScope) => {
    const last = await invoke('history.lastChange', { countyId: SONOMA, scope });
    if (!last) throw new Error(`nothing to undo in ${scope}`);
    await invoke('history.undo', { countyId: SONOMA, scope, eventId: last.eventId });
  };
  const redo = async (scope: UndoScope) => {
    const last = await invoke('history.lastUndone', { countyId: SONOMA, scope });
    if (!last) throw new Error(`nothing to redo in ${scope}`);
    await invoke('history.redo', { countyId: SONOMA, scope, eventId: last.eventId });
  };
  return {
    invoke,
    stream,
    category,
    saveBudget,
    saveEntry,
    reference,
    budgets,
    ledger,
    auditCount,
    undo,
    redo,
  };
}

/** A refusal as a second window sees it: Stale, and the words that send it to reload. */
async function stale(request: Promise<unknown>): Promise<string> {
  const error = await refusal(request);
  expect(error.kind).toBe('Stale');
  expect(error.message).toContain('nothing was overwritten');
  return error.message;
}

describe('fiscal record versions', () => {
  it('funding streams: a save from an older version is refused and changes nothing', async () => {
    const { invoke, stream, reference, auditCount } = await setup();
    expect(stream.version).toBe(1);
    const { version, ...fields } = stream;
    const a = await invoke('fiscal.saveStream', {
      ...fields,
      countyId: SONOMA,
      version,
      name: 'Housing Support (HSP)',
    });
    expect(a.version).toBe(2);
    const again = await invoke('fiscal.saveStream', { ...a, countyId: SONOMA, claimable: false });
    expect(again.version).toBe(3);
    const events = auditCount();
    const message = await stale(
      invoke('fiscal.saveStream', { ...stream, countyId: SONOMA, name: 'HSP' }),
    );
    expect(message).toMatch(/^The funding stream was changed elsewhere at /);
    expect(message).toContain('(changed: name, claimable)');
    expect((await reference()).streams.find((s) => s.id === stream.id)).toEqual(again);
    expect(auditCount()).toBe(events);
  });

  it('service categories: a save from an older version is refused and changes nothing', async () => {
    const { invoke, category, reference, auditCount } = await setup();
    expect(category.version).toBe(1);
    const renamed = await invoke('fiscal.saveCategory', {
      ...category,
      countyId: SONOMA,
      name: 'Housing and rent',
    });
    expect(renamed.version).toBe(2);
    const retired = await invoke('fiscal.saveCategory', {
      ...renamed,
      countyId: SONOMA,
      retired: true,
    });
    expect(retired.version).toBe(3);
    const events = auditCount();
    const message = await stale(
      invoke('fiscal.saveCategory', { ...category, countyId: SONOMA, name: 'Rent' }),
    );
    expect(message).toMatch(/^The service category was changed elsewhere at /);
    expect((await reference()).categories.find((c) => c.id === category.id)).toEqual(retired);
    expect(auditCount()).toBe(events);
  });

  it('budget lines: a save from an older version is refused and changes nothing', async () => {
    const { saveBudget, budgets, auditCount } = await setup();
    const added = await saveBudget({ version: null, amount: '$40,000.00' });
    expect(added.version).toBe(1);
    const raised = await saveBudget({ version: added.version, amount: '$45,000.00' });
    expect(raised.version).toBe(2);
    const again = await saveBudget({ version: raised.version, amount: '$46,000.00' });
    expect([again.id, again.version, again.amountCents]).toEqual([added.id, 3, 4_600_000]);
    const events = auditCount();
    const message = await stale(saveBudget({ version: added.version, amount: '$1.00' }));
    expect(message).toContain('(changed: amount)');
    // A page that saw no line there would add one: a line added meanwhile is not replaced.
    await stale(saveBudget({ version: null, amount: '$2.00' }));
    await stale(saveBudget({ amount: '$2.00' }));
    expect(await budgets()).toEqual([again]);
    expect(auditCount()).toBe(events);
  });

  it('budget lines: a save from a line deleted meanwhile does not bring it back', async () => {
    const { invoke, saveBudget, budgets } = await setup();
    const added = await saveBudget({ version: null, amount: '$40,000.00' });
    await invoke('fiscal.deleteBudget', { countyId: SONOMA, id: added.id });
    const message = await stale(saveBudget({ version: added.version, amount: '$41,000.00' }));
    expect(message).toContain('deleted elsewhere');
    expect(await budgets()).toEqual([]);
  });

  it('ledger rows: a save from an older version is refused and changes nothing', async () => {
    const { saveBudget, saveEntry, ledger, auditCount } = await setup();
    await saveBudget({ amount: '$40,000.00' });
    const row = await saveEntry({ amount: '1,200.00' });
    expect(row.version).toBe(1);
    const changed = await saveEntry({ id: row.id, version: row.version, amount: '1,250.00' });
    expect(changed.version).toBe(2);
    const again = await saveEntry({ id: row.id, version: changed.version, amount: '1,300.00' });
    expect([again.version, again.amountCents]).toEqual([3, 130_000]);
    const events = auditCount();
    const message = await stale(saveEntry({ id: row.id, version: row.version, amount: '9.00' }));
    expect(message).toMatch(/^The ledger row was changed elsewhere at .*\(changed: amount\)/);
    expect(await ledger()).toEqual([again]);
    expect(auditCount()).toBe(events);
  });

  it('ledger rows: a change that does not say its version is refused on the version field', async () => {
    const { saveBudget, saveEntry, ledger } = await setup();
    await saveBudget({ amount: '$40,000.00' });
    const row = await saveEntry({ amount: '1,200.00' });
    const error = await refusal(saveEntry({ id: row.id, amount: '9.00' }));
    expect(error.kind).toBe('ValidationError');
    expect(error.issues.map((i) => i.path)).toEqual(['version']);
    expect(await ledger()).toEqual([row]);
  });

  it('undo moves the version on, so a page opened before it cannot save over it', async () => {
    const { invoke, stream, saveBudget, saveEntry, ledger, reference, undo } = await setup();
    const renamed = await invoke('fiscal.saveStream', {
      ...stream,
      countyId: SONOMA,
      name: 'Housing Support (HSP)',
    });
    await undo('reference');
    const restored = (await reference()).streams.find((s) => s.id === stream.id);
    expect([restored?.name, restored?.version]).toEqual([stream.name, renamed.version + 1]);
    await stale(invoke('fiscal.saveStream', { ...renamed, countyId: SONOMA, name: 'HSP' }));
    // A deleted row put back is a version past the one it was deleted at.
    await saveBudget({ amount: '$40,000.00' });
    const row = await saveEntry({ amount: '1,200.00' });
    await invoke('fiscal.deleteEntry', { countyId: SONOMA, id: row.id });
    await undo('ledger');
    const [back] = await ledger();
    expect([back?.id, back?.version]).toEqual([row.id, row.version + 1]);
    await stale(saveEntry({ id: row.id, version: row.version, amount: '9.00' }));
  });

  it('redo of an import puts its rows back a version past the ones undone', async () => {
    const { invoke, stream, category, saveBudget, ledger, undo, redo } = await setup();
    await saveBudget({ amount: '$40,000.00' });
    const csv = [
      'Posting Date,Amount,Fund,Service Category',
      `8/14/2026,$10.00,${stream.name},${category.name}`,
      `8/15/2026,$20.00,${stream.name},${category.name}`,
    ].join('\r\n');
    await invoke('fiscal.importLedger', {
      countyId: SONOMA,
      fileName: 'finance.csv',
      bytesBase64: Buffer.from(`${csv}\r\n`).toString('base64'),
    });
    const imported = await ledger();
    expect(imported.map((r) => r.version)).toEqual([1, 1]);
    await undo('ledger');
    expect(await ledger()).toEqual([]);
    await redo('ledger');
    const redone = await ledger();
    expect(redone.map((r) => [r.id, r.version])).toEqual(imported.map((r) => [r.id, 2]));
  });
});
