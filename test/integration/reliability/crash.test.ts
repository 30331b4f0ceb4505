/**
 * Crash safety proven by SIGKILL: the real service in child processes doing ledger edits, ledger
 * imports and match runs, killed at seeded random points (during start-up, anywhere in its work,
 * and just inside a job's one transaction), with the database reopened by openDatabase and checked
 * after every kill (crashCheck.ts) before the next child carries on with the same file.
 *
 * A kill ends a child, so each kill pays a child's start-up: the child is bundled once (0.45–0.7 s
 * to start instead of 2.2–2.8 s through tsx) and two lanes run side by side, each on its own file
 * (the two cores; more lanes would only take them from the other tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { formatMoney } from '../../../src/core/money';
import { seededRandom } from '../../../src/core/seededRandom';
import { openDatabase } from '../../../src/db/openDatabase';
import { bundleCrashChild, type CrashBundle } from '../../support/crashBundle';
import { checkCrashedDatabase } from '../../support/crashCheck';
import { ledgerCsv } from '../../support/crashFiles';
import { prepareCrashDatabase, runCrashLane, type CrashLaneReport } from '../../support/crashLane';
import {
  CRASH_CATEGORY,
  CRASH_COUNTY,
  CRASH_ROW_MARK,
  CRASH_STREAM,
  type CrashAnswer,
  type CrashWrite,
} from '../../support/crashProtocol';
import { CrashRecord } from '../../support/crashRecord';
import { settleInFlight } from '../../support/crashSettle';
import { sized } from '../../support/soak';
import { serviceOver, tempFolder } from '../../support/workbench';

const LANES = 2;
const KILLS = sized(100, 1000);

let bundle: CrashBundle | undefined;
const reports: CrashLaneReport[] = [];
const startedAt = performance.now();

beforeAll(async () => {
  bundle = await bundleCrashChild();
}, 60_000);

afterAll(() => {
  bundle?.remove();
  const sum = (f: (r: CrashLaneReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const acknowledged = sum((r) => r.records.reduce((n, record) => n + record.acknowledgedCount, 0));
  const landed = new Map<string, number>();
  for (const r of reports)
    for (const [at, n] of r.landed) landed.set(at, (landed.get(at) ?? 0) + n);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  console.log(
    `CRASH kills=${sum((r) => r.kills)} acknowledged=${acknowledged} checked=${sum((r) => r.checked)}` +
      ` lost=${sum((r) => r.lost.length)} partialImports=${sum((r) => r.partial.length)}` +
      ` integrity=${sum((r) => r.integrity.length) === 0 ? 'ok' : 'FAILED'}` +
      ` inSave=${sum((r) => r.killsInSave)} landed=${JSON.stringify(Object.fromEntries(landed))}` +
      ` startMs≈${Math.round(median(reports.flatMap((r) => r.startMs)))}` +
      ` checkMs≈${Math.round(median(reports.flatMap((r) => r.checkMs)))}` +
      ` seconds=${((performance.now() - startedAt) / 1000).toFixed(1)}`,
  );
});

describe('the service killed with SIGKILL', () => {
  it(
    'keeps every acknowledged write, shows no partial import or run, and opens clean after every kill',
    async () => {
      const folder = tempFolder('linkages-crash-');
      const lanes = Array.from({ length: LANES }, (_, lane) => {
        const laneFolder = path.join(folder, `lane-${lane + 1}`);
        fs.mkdirSync(laneFolder);
        return runCrashLane({
          folder: laneFolder,
          kills: Math.ceil(KILLS / LANES),
          seed: 20261123 + lane,
          bundle: bundle ?? null,
        });
      });
      reports.push(...(await Promise.all(lanes)));
      for (const report of reports) {
        expect(report.integrity).toEqual([]);
        expect(report.lost).toEqual([]);
        expect(report.partial).toEqual([]);
        expect(report.broken).toEqual([]);
      }
      const landed = (at: string) => reports.reduce((n, r) => n + (r.landed.get(at) ?? 0), 0);
      expect(reports.reduce((n, r) => n + r.kills, 0)).toBeGreaterThanOrEqual(KILLS);
      // The kills fell where they were meant to: in edits, in imports, in match runs, in a save.
      for (const at of ['edit', 'import', 'run']) expect(landed(at)).toBeGreaterThan(0);
      expect(reports.reduce((n, r) => n + r.killsInSave, 0)).toBeGreaterThan(0);
      // And the app kept working: children after kills went on acknowledging writes of every kind.
      for (const report of reports) {
        for (const kind of ['add', 'edit', 'delete', 'import', 'extract', 'run'] as const) {
          expect(report.records[0]?.acknowledged.get(kind) ?? 0).toBeGreaterThan(0);
        }
      }
    },
    sized(180_000, 3_600_000),
  );
});

describe('the crash checker', () => {
  /** A prepared file with two acknowledged rows and one acknowledged import, made in-process. */
  async function checkedFile() {
    const file = path.join(tempFolder('linkages-crash-check-'), 'crash.sqlite');
    await prepareCrashDatabase(file);
    const workbench = openDatabase(file);
    const invoke = typedInvoke(serviceOver(workbench));
    const { streams, categories } = await invoke('fiscal.reference', { countyId: CRASH_COUNTY });
    const line = {
      countyId: CRASH_COUNTY,
      streamId: streams.find((s) => s.name === CRASH_STREAM)?.id ?? 0,
      categoryId: categories.find((c) => c.name === CRASH_CATEGORY)?.id ?? 0,
    };
    const record = new CrashRecord();
    const said = (write: CrashWrite, answer: CrashAnswer) => {
      record.hear({ t: 'begin', write });
      record.hear({ t: 'ack', write, answer });
    };
    const rowIds: number[] = [];
    for (const n of [1, 2]) {
      const values = {
        date: `2026-08-0${n}`,
        amountCents: n * 1000,
        description: `${CRASH_ROW_MARK} ${n}`,
      };
      const { amountCents, ...rest } = values;
      const saved = await invoke('fiscal.saveEntry', {
        ...line,
        ...rest,
        amount: formatMoney(amountCents),
      });
      said({ kind: 'add', ...values }, { id: saved.id });
      rowIds.push(saved.id);
    }
    const fileName = 'ledger check.csv';
    const csv = ledgerCsv(seededRandom(1), fileName, 50);
    const imported = await invoke('fiscal.importLedger', {
      countyId: CRASH_COUNTY,
      fileName,
      bytesBase64: csv.bytes.toString('base64'),
    });
    said({ kind: 'import', fileName, ...csv.counts }, { id: imported.importId });
    const edit = (id: number, amountCents: number) => {
      const values = {
        date: '2026-09-01',
        amountCents,
        description: `${CRASH_ROW_MARK} edit ${amountCents}`,
      };
      const { amountCents: cents, ...rest } = values;
      return {
        write: { kind: 'edit', id, ...values } as const,
        run: () => {
          const version = workbench.sqlite
            .prepare('SELECT version FROM ledger_entry WHERE id = ?')
            .pluck()
            .get(id) as number;
          return invoke('fiscal.saveEntry', {
            ...line,
            ...rest,
            id,
            version,
            amount: formatMoney(cents),
          });
        },
      };
    };
    const check = () => checkCrashedDatabase(workbench.sqlite, record);
    return { workbench, record, rowIds, importId: imported.importId, said, edit, check };
  }

  it('finds nothing wrong with a database that holds what was acknowledged', async () => {
    const { workbench, check } = await checkedFile();
    expect(check()).toEqual({ integrity: 'ok', checked: 3, lost: [], partial: [], broken: [] });
    workbench.close();
  });

  it('counts a planted lost write: a row gone, or back to its value before an acknowledged edit', async () => {
    const { workbench, record, rowIds, said, edit, check } = await checkedFile();
    const [first = 0, second = 0] = rowIds;
    workbench.sqlite.prepare('DELETE FROM ledger_entry WHERE id = ?').run(first);
    const change = edit(second, 777);
    said(change.write, {});
    expect(record.rows.get(second)).toMatchObject({ amountCents: 777 });
    const findings = check();
    expect(findings.lost).toHaveLength(2);
    expect(findings.lost[0]).toContain(`ledger row ${first}`);
    workbench.close();
  });

  it('counts a planted partial import: a row short, or its stand-in fingerprint left', async () => {
    const { workbench, importId, check } = await checkedFile();
    workbench.sqlite
      .prepare(
        'DELETE FROM ledger_entry WHERE id = (SELECT max(id) FROM ledger_entry WHERE import_id = ?)',
      )
      .run(importId);
    expect(check().partial).toEqual([expect.stringContaining('49 of 50 rows')]);
    workbench.sqlite
      .prepare("UPDATE ledger_import SET fingerprint = 'pending x', row_count = 49")
      .run();
    expect(check().partial).toEqual([expect.stringContaining('fingerprint pending x')]);
    workbench.close();
  });

  it('counts sums that disagree with the rows, and a missing sum trigger', async () => {
    const { workbench, check } = await checkedFile();
    workbench.sqlite.prepare('UPDATE ledger_cell SET spent_cents = spent_cents + 1').run();
    workbench.sqlite.exec('DROP TRIGGER ledger_cell_update');
    expect(check().broken).toEqual([
      expect.stringContaining('ledger sums disagree'),
      expect.stringContaining('ledger sum triggers'),
    ]);
    workbench.close();
  });

  it('allows the write in flight either way, and settles the record on what committed', async () => {
    const { workbench, record, rowIds, edit, check } = await checkedFile();
    const id = rowIds[0] ?? 0;
    const change = edit(id, 4242);
    record.hear({ t: 'begin', write: change.write });
    expect(check().lost).toEqual([]);
    await change.run();
    expect(check().lost).toEqual([]);
    settleInFlight(workbench.sqlite, record);
    expect(record.inFlight).toBeNull();
    expect(record.rows.get(id)).toMatchObject({ amountCents: 4242 });
    // Settled, the edit is what must be there now: the old value would be a lost write.
    workbench.sqlite.prepare('UPDATE ledger_entry SET amount_cents = 1000 WHERE id = ?').run(id);
    expect(check().lost).toHaveLength(1);
    workbench.close();
  });
});
