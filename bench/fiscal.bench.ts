import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/api/content';
import type { Invoke } from '../src/api/contract';
import { demoLedgerCsv, type DemoFiscal } from '../src/api/demoFiscal';
import { readDemoDataset } from '../src/api/demo';
import { createService, typedInvoke } from '../src/api/service';
import { openDatabase, type Workbench } from '../src/db/openDatabase';
import { resourcesFolder } from '../src/server/paths';
import { median, repeat, type Figure } from './figure';

const ROWS = 1_000_000;
const SONOMA = 49;

/** The demo county's ledger spec, scaled to about a million rows over its three SFYs. */
function millionRowSpec(): DemoFiscal {
  const spec = readDemoDataset(resourcesFolder).fiscal;
  const perYear = spec.lines.reduce((sum, line) => sum + line.expensesPerYear, 0);
  // The demo's years hold about 2.4 years of spending (the last one is in progress).
  const scale = ROWS / (perYear * 2.38);
  return {
    ...spec,
    lines: spec.lines.map((line) => ({
      ...line,
      expensesPerYear: Math.round(line.expensesPerYear * scale),
    })),
  };
}

let ledger: { workbench: Workbench; folder: string; invoke: Invoke; rows: number } | undefined;

async function openBenchCounty() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-'));
  const workbench = openDatabase(path.join(folder, 'workbench.sqlite'));
  const invoke = typedInvoke(
    createService({
      workbench,
      appVersion: 'bench',
      actor: 'bench',
      dataFolder: folder,
      content: loadContent(resourcesFolder),
    }),
  );
  const spec = millionRowSpec();
  const { streams, categories } = await invoke('fiscal.reference', { countyId: SONOMA });
  for (const sfyStartYear of spec.sfys) {
    for (const line of spec.lines) {
      await invoke('fiscal.saveBudget', {
        countyId: SONOMA,
        sfyStartYear,
        streamId: streams.find((s) => s.name === line.stream)?.id ?? 0,
        categoryId: categories.find((c) => c.name === line.category)?.id ?? 0,
        amount: String(line.budgetDollars * 400),
      });
    }
  }
  return { folder, workbench, invoke, csv: demoLedgerCsv(spec) };
}

export const figures: Figure[] = [
  {
    // A finance export of about a million rows through fiscal.importLedger: decode, parse,
    // validate every cell, fingerprint, and write in one transaction.
    name: 'fiscal.import_1m_s',
    async measure() {
      const { folder, workbench, invoke, csv } = await openBenchCounty();
      const bytesBase64 = Buffer.from(csv).toString('base64');
      const started = performance.now();
      const result = await invoke('fiscal.importLedger', {
        countyId: SONOMA,
        fileName: 'ledger-1m.csv',
        bytesBase64,
        mapping: null,
      });
      const elapsed = (performance.now() - started) / 1000;
      ledger = { workbench, folder, invoke, rows: result.rowCount };
      console.error(`(imported ${result.rowCount} rows)`);
      return { value: Math.round(elapsed * 10) / 10, unit: 's' };
    },
  },
  {
    // Budget vs actual, burn rate and leverage over the million-row ledger just imported.
    name: 'fiscal.summary_1m_ms',
    async measure() {
      if (!ledger) throw new Error('fiscal.import_1m_s builds the ledger this figure reads');
      const { invoke, workbench, folder } = ledger;
      const runs = await repeat(10, async () => {
        const started = performance.now();
        await invoke('fiscal.summary', { countyId: SONOMA, sfyStartYear: 2025, asOf: null });
        return performance.now() - started;
      });
      workbench.close();
      fs.rmSync(folder, { recursive: true, force: true });
      return { value: Math.round(median(runs) * 10) / 10, unit: 'ms' };
    },
  },
];
