import { describe, expect, it } from 'vitest';
import { readDemoDataset } from '../../../src/demo/demoCounty';
import { loadDemoFiscal } from '../../../src/demo/demoFiscal';
import { typedInvoke } from '../../../src/api/service';
import { spendingCells } from '../../../src/core/fiscal/cells';
import { iterateLedger } from '../../../src/db/fiscal/ledger';
import { resourcesFolder } from '../../../src/server/paths';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

const SONOMA = 49;

interface Row {
  id: number;
  date: string;
  sfyStartYear: number;
  streamId: number;
  categoryId: number;
  amountCents: number;
  description: string;
}

/** The demo county's three SFYs of books, plus hand rows that tie on date and on amount. */
async function demoBooks() {
  const workbench = openTempWorkbench();
  const invoke = typedInvoke(serviceOver(workbench));
  await loadDemoFiscal(invoke, SONOMA, readDemoDataset(resourcesFolder).fiscal);
  const { rows } = await invoke('fiscal.listLedger', { countyId: SONOMA, limit: 1 });
  const first = rows[0];
  if (!first) throw new Error('the demo ledger is empty');
  for (const amount of ['12.00', '12.00', '7.50']) {
    await invoke('fiscal.saveEntry', {
      countyId: SONOMA,
      date: first.date,
      streamId: first.streamId,
      categoryId: first.categoryId,
      amount,
      description: 'Bus passes (hand entry)',
    });
  }
  const all = () =>
    workbench.sqlite
      .prepare(
        `SELECT id, date, sfy_start_year AS sfyStartYear, stream_id AS streamId,
           category_id AS categoryId, amount_cents AS amountCents, description FROM ledger_entry`,
      )
      .all() as Row[];
  return { workbench, invoke, all, first };
}

const byDate = (a: Row, b: Row) => a.date.localeCompare(b.date) || a.id - b.id;
const byAmount = (a: Row, b: Row) => a.amountCents - b.amountCents || a.id - b.id;

describe('the ledger list over indexes', () => {
  it('pages every filter and order exactly as one sorted read of all rows, and counts them', async () => {
    const { invoke, all, first } = await demoBooks();
    const rows = all();
    expect(rows.length).toBeGreaterThan(2000);
    const views = [];
    for (const sfyStartYear of [null, 2025])
      for (const streamId of [null, first.streamId])
        for (const categoryId of [null, first.categoryId])
          for (const text of ['', 'bus'])
            for (const sort of ['date', 'amount'] as const)
              for (const descending of [false, true])
                views.push({ sfyStartYear, streamId, categoryId, text, sort, descending });
    for (const view of views) {
      const expected = rows
        .filter(
          (r) =>
            (view.sfyStartYear === null || r.sfyStartYear === view.sfyStartYear) &&
            (view.streamId === null || r.streamId === view.streamId) &&
            (view.categoryId === null || r.categoryId === view.categoryId) &&
            r.description.toLowerCase().includes(view.text),
        )
        .sort(view.sort === 'date' ? byDate : byAmount);
      if (view.descending) expected.reverse();
      const seen: number[] = [];
      let total = -1;
      // Pages of 997 rows, so page edges fall inside runs of equal dates and amounts.
      for (let offset = 0; offset === 0 || offset < total; offset += 997) {
        const page = await invoke('fiscal.listLedger', {
          countyId: SONOMA,
          ...view,
          offset,
          limit: 997,
        });
        total = page.total;
        seen.push(...page.rows.map((r) => r.id));
      }
      expect({ view, total, ids: seen }).toEqual({
        view,
        total: expected.length,
        ids: expected.map((r) => r.id),
      });
    }
  });

  it('reads an SFY for the workbook in date order across page edges, and no other year', async () => {
    const { workbench, all } = await demoBooks();
    const expected = all()
      .filter((r) => r.sfyStartYear === 2025)
      .sort(byDate);
    const read = [...iterateLedger(workbench, SONOMA, 2025, 101)];
    expect(read.map((r) => [r.date, r.amountCents])).toEqual(
      expected.map((r) => [r.date, r.amountCents]),
    );
  });

  it('keeps the sums through an import and its undo, and the row triggers afterwards', async () => {
    const { workbench, invoke, first } = await demoBooks();
    const triggers = () =>
      workbench.sqlite
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ledger_cell%' ORDER BY name`,
        )
        .pluck()
        .all();
    const sumsMatchRows = async () => {
      const { rows } = await invoke('fiscal.listLedger', { countyId: SONOMA, limit: 1000 });
      const total = (await invoke('fiscal.listLedger', { countyId: SONOMA, limit: 1 })).total;
      const stored = workbench.sqlite
        .prepare(
          `SELECT sfy_start_year AS sfyStartYear, quarter, stream_id AS streamId,
             category_id AS categoryId, spent_cents AS spentCents,
             leveraged_cents AS leveragedCents,
             general_fund_saved_cents AS generalFundSavedCents
           FROM ledger_cell ORDER BY 1, 2, 3, 4`,
        )
        .all();
      // Every row, read page by page, summed by core.
      const everyRow = [...rows];
      for (let offset = 1000; offset < total; offset += 1000) {
        everyRow.push(
          ...(await invoke('fiscal.listLedger', { countyId: SONOMA, offset, limit: 1000 })).rows,
        );
      }
      expect(stored).toEqual(spendingCells(everyRow));
    };
    const before = triggers();
    expect(before).toEqual(['ledger_cell_delete', 'ledger_cell_insert', 'ledger_cell_update']);
    await sumsMatchRows();
    // Undo of the hand rows, then of the demo import: each puts the sums back.
    for (let i = 0; i < 4; i++) {
      const last = await invoke('history.lastChange', { countyId: SONOMA, scope: 'fiscal' });
      if (!last) throw new Error('nothing to undo');
      await invoke('history.undo', { countyId: SONOMA, scope: 'fiscal', eventId: last.eventId });
    }
    expect((await invoke('fiscal.listLedger', { countyId: SONOMA, limit: 1 })).total).toBe(0);
    expect(workbench.sqlite.prepare('SELECT count(*) FROM ledger_cell').pluck().get()).toBe(0);
    expect(triggers()).toEqual(before);
    // The triggers still work for rows entered by hand.
    await invoke('fiscal.saveEntry', {
      countyId: SONOMA,
      date: first.date,
      streamId: first.streamId,
      categoryId: first.categoryId,
      amount: '5.00',
    });
    await sumsMatchRows();
  });
});
