import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { spendingCells } from '../../../src/core/fiscal/cells';
import { openTempWorkbench, refusal, serviceOver } from '../../support/workbench';

const SONOMA = 49;

async function setup() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  const { streams, categories } = await invoke('fiscal.reference', { countyId: SONOMA });
  const id = (list: { id: number; name: string }[], name: string) => {
    const found = list.find((item) => item.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found.id;
  };
  const housing = id(categories, 'Housing');
  const transport = id(categories, 'Transportation');
  const hsp = id(streams, 'CalWORKs Housing Support Program');
  const gf = id(streams, 'County General Fund');
  const count = (table: string) =>
    (workbench.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const tables = () => ['ledger_entry', 'budget', 'audit_event'].map(count);
  const housingLine = await invoke('fiscal.saveBudget', {
    countyId: SONOMA,
    sfyStartYear: 2026,
    streamId: hsp,
    categoryId: housing,
    amount: '$40,000.00',
  });
  await invoke('fiscal.saveBudget', {
    countyId: SONOMA,
    sfyStartYear: 2026,
    streamId: gf,
    categoryId: transport,
    amount: '10000',
    quarters: ['2500', '2500', '2500', '2500'],
  });
  const entry = (fields: Record<string, unknown>) =>
    invoke('fiscal.saveEntry', {
      countyId: SONOMA,
      date: '2026-08-14',
      streamId: hsp,
      categoryId: housing,
      amount: '1,200.00',
      ...fields,
    } as Parameters<typeof invoke<'fiscal.saveEntry'>>[1]);
  return { workbench, invoke, streams, hsp, gf, housing, transport, housingLine, tables, entry };
}

describe('the fiscal reference', () => {
  it('seeds each county with the shipped streams and categories, once', async () => {
    const { invoke, streams } = await setup();
    expect(streams).toHaveLength(14);
    expect(streams.filter((s) => s.generalFund).map((s) => s.name)).toEqual([
      'County General Fund',
    ]);
    const again = await invoke('fiscal.reference', { countyId: SONOMA });
    expect(again.streams.map((s) => s.id)).toEqual(streams.map((s) => s.id));
    expect((await invoke('fiscal.reference', { countyId: 19 })).categories).toHaveLength(6);
  });

  it('keeps what an update leaves out: a renamed general fund stays the general fund', async () => {
    const { invoke, streams } = await setup();
    const gf = streams.find((s) => s.generalFund);
    if (!gf) throw new Error('no general fund');
    const renamed = await invoke('fiscal.saveStream', {
      countyId: SONOMA,
      id: gf.id,
      version: gf.version,
      name: 'County General Fund (Linkages)',
      sourceProgram: gf.sourceProgram,
      level: gf.level,
      claimable: gf.claimable,
    });
    expect([renamed.generalFund, renamed.retired]).toEqual([true, false]);
    const spaced = await refusal(
      invoke('fiscal.saveStream', {
        ...renamed,
        countyId: SONOMA,
        id: null,
        name: 'County  General Fund (Linkages)',
      }),
    );
    expect(spaced.issues[0]?.path).toBe('name');
  });

  it('refuses a second general fund and a duplicate name', async () => {
    const { invoke } = await setup();
    const stream = {
      countyId: SONOMA,
      sourceProgram: 'county',
      level: 'county',
      claimable: false,
    } as const;
    const second = await refusal(
      invoke('fiscal.saveStream', { ...stream, name: 'GF 2', generalFund: true }),
    );
    expect(second.issues[0]?.path).toBe('generalFund');
    const duplicate = await refusal(
      invoke('fiscal.saveStream', { ...stream, name: 'county general fund' }),
    );
    expect(duplicate.message).toBe(
      'This county already has a funding stream named “county general fund”.',
    );
  });
});

describe('the ledger', () => {
  it('derives SFY and quarter from the date, defaults the paying program, and keeps the sums', async () => {
    const { invoke, entry, hsp, gf, transport, workbench } = await setup();
    const saved = await entry({});
    expect([saved.sfyStartYear, saved.quarter, saved.payingProgram, saved.amountCents]).toEqual([
      2026,
      1,
      'calworks',
      120_000,
    ]);
    await entry({ date: '2027-01-05', amount: '(200.00)', refundReason: 'Deposit returned' });
    await entry({
      date: '2026-10-01',
      streamId: hsp,
      categoryId: transport,
      amount: '75.25',
      leveraged: true,
      savedProgram: 'county',
    });
    await entry({ date: '2026-10-02', streamId: gf, categoryId: transport, amount: '300' });
    // The trigger-kept sums equal core's sums over the rows.
    const { rows } = await invoke('fiscal.listLedger', { countyId: SONOMA, limit: 1000 });
    const expected = spendingCells(rows);
    const stored = workbench.sqlite
      .prepare(
        'SELECT sfy_start_year AS sfyStartYear, quarter, stream_id AS streamId, category_id AS categoryId, spent_cents AS spentCents, leveraged_cents AS leveragedCents, general_fund_saved_cents AS generalFundSavedCents FROM ledger_cell ORDER BY 1, 2, 3, 4',
      )
      .all();
    expect(stored).toEqual(expected);

    const summary = await invoke('fiscal.summary', {
      countyId: SONOMA,
      sfyStartYear: 2026,
      asOf: '2027-06-30',
    });
    // Actuals: 1,200.00 − 200.00 + 75.25 + 300.00 = 1,375.25; budget 40,000 + 10,000.
    expect(summary.budgetVsActual.total.actualCents).toBe(137_525);
    expect(summary.budgetVsActual.total.budgetCents).toBe(5_000_000);
    const sfy = summary.leverage.find((l) => l.sfyStartYear === 2026);
    // Leveraged 75.25, all of it sparing the general fund; ratio 75.25 ÷ 10,000 committed.
    expect([sfy?.leveragedCents, sfy?.generalFundSavedCents, sfy?.leverageRatio]).toEqual([
      7525,
      7525,
      7525 / 1_000_000,
    ]);
    // As of Oct 1: Q1 whole (1,200.00) and Oct 1 itself (75.25) for Housing Support; Oct 2's
    // general-fund row and January's refund are later.
    const early = await invoke('fiscal.summary', {
      countyId: SONOMA,
      sfyStartYear: 2026,
      asOf: '2026-10-01',
    });
    expect(early.burn.map((b) => [b.streamId, b.spentToDateCents, b.daysElapsed])).toEqual([
      [hsp, 127_525, 93],
      [gf, 0, 93],
    ]);
    const unbudgeted = summary.budgetVsActual.rows.find(
      (r) => r.streamId === hsp && r.categoryId === transport,
    );
    expect(unbudgeted?.unbudgeted).toBe(true);
  });

  it.each([
    [{ amount: '12.345' }, 'amount', /at most two decimals/],
    [{ amount: 'twelve' }, 'amount', /is not an amount of money/],
    [{ amount: '0.00' }, 'amount', /records nothing/],
    [{ amount: '-5', refundReason: '' }, 'refundReason', /needs a reason/],
    [{ streamId: 9999 }, 'streamId', /no funding stream 9999/],
    [{ date: '2031-07-01' }, 'date', /SFY 2031-32, which has no budget/],
    [{ date: '2026-02-30' }, 'date', /YYYY-MM-DD/],
    [{ leveraged: true }, 'savedProgram', /needs the program whose budget it spared/],
    [{ familyReference: 'Jane Doe' }, 'familyReference', /case number/],
    [{ leveraged: true, savedProgram: 'calworks' }, 'savedProgram', /cannot be the paying program/],
    [{ amount: '$2,000,000,000.00' }, 'amount', /more than \$1,000,000,000\.00/],
  ])('refuses %j, naming %s, and writes nothing', async (fields, path, message) => {
    const { entry, tables } = await setup();
    const before = tables();
    const error = await refusal(entry(fields));
    expect(error.issues[0]?.path).toBe(path);
    expect(error.issues[0]?.message).toMatch(message);
    expect(tables()).toEqual(before);
  });

  it("keeps a row editable after its SFY's last budget line is deleted, but takes no new row there", async () => {
    const { invoke, entry } = await setup();
    const row = await entry({});
    const lines = await invoke('fiscal.listBudgets', { countyId: SONOMA, sfyStartYear: 2026 });
    for (const line of lines)
      await invoke('fiscal.deleteBudget', { countyId: SONOMA, id: line.id });
    const fixed = await entry({ id: row.id, version: row.version, description: 'Rent deposit' });
    expect(fixed.description).toBe('Rent deposit');
    expect((await refusal(entry({}))).issues[0]?.path).toBe('date');
  });

  it('filters by text literally: an underscore is an underscore', async () => {
    const { invoke, entry } = await setup();
    await entry({ description: 'Bus_pass for October' });
    await entry({ description: 'Bus pass for October' });
    const found = await invoke('fiscal.listLedger', { countyId: SONOMA, text: 's_p' });
    expect(found.rows.map((r) => r.description)).toEqual(['Bus_pass for October']);
    expect((await invoke('fiscal.listLedger', { countyId: SONOMA, text: 'bus' })).total).toBe(2);
  });

  it('hides retired streams from new entries but keeps their rows editable', async () => {
    const { invoke, entry, hsp, streams } = await setup();
    const row = await entry({});
    const stream = streams.find((s) => s.id === hsp);
    if (!stream) throw new Error('no stream');
    await invoke('fiscal.saveStream', { ...stream, countyId: SONOMA, retired: true });
    expect((await refusal(entry({}))).message).toBe(
      '“CalWORKs Housing Support Program” is retired: it takes no new entries.',
    );
    const changed = await entry({ id: row.id, version: row.version, amount: '1,250.00' });
    expect(changed.amountCents).toBe(125_000);
  });

  it('audits edits and deletions, and undoes them one by one', async () => {
    const { invoke, entry, tables } = await setup();
    const row = await entry({});
    await entry({ id: row.id, version: row.version, amount: '1,300.00' });
    await invoke('fiscal.deleteEntry', { countyId: SONOMA, id: row.id });
    const audits = tables()[2] ?? 0;
    const undo = async () => {
      const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'fiscal' });
      return (
        await invoke('history.undo', {
          countyId: SONOMA,
          scope: 'fiscal',
          eventId: last?.eventId ?? 0,
        })
      ).undone;
    };
    expect(await undo()).toBe('deleting “$1,300.00 on 2026-08-14”');
    expect(await undo()).toBe('the change to “$1,300.00 on 2026-08-14”');
    const { rows } = await invoke('fiscal.listLedger', { countyId: SONOMA });
    expect(rows.map((r) => [r.id, r.amountCents])).toEqual([[row.id, 120_000]]);
    expect(tables()[2]).toBe(audits + 2);
    // The row's history: newest first, each change field by field.
    const history = await invoke('history.list', {
      countyId: SONOMA,
      scope: 'fiscal',
      entity: 'ledger_entry',
      entityId: String(row.id),
    });
    expect(history.map((e) => e.action)).toEqual(['undo', 'undo', 'delete', 'update', 'create']);
    expect(history[3]?.changes).toEqual([
      { field: 'amountCents', before: '$1,200.00', after: '$1,300.00' },
    ]);
    expect(history[3]?.description).toBe('the change to “$1,300.00 on 2026-08-14”');
  });

  it('refuses a quarterly split that does not add up, saying both sums', async () => {
    const { invoke, hsp, housing, housingLine } = await setup();
    const error = await refusal(
      invoke('fiscal.saveBudget', {
        countyId: SONOMA,
        version: housingLine.version,
        sfyStartYear: 2026,
        streamId: hsp,
        categoryId: housing,
        amount: '40000',
        quarters: ['10000', '10000', '10000', '9000'],
      }),
    );
    expect(error.issues).toEqual([
      {
        path: 'quarters',
        message: 'The quarters add up to $39,000.00, not the $40,000.00 committed for SFY 2026-27.',
      },
    ]);
  });
});
