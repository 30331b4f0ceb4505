import { openBenchService, type BenchOptions } from './service';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Invoke } from '../src/api/contract';
import { demoLedgerCsv, type DemoFiscal } from '../src/demo/demoFiscal';
import { readDemoDataset } from '../src/demo/demoCounty';
import { lookOfDataFile } from '../src/db/encryption';
import { type Workbench } from '../src/db/openDatabase';
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

/** Not a secret: it only makes the benchmark's files encrypted, as a county's would be. */
const PASSPHRASE = 'bench passphrase for a million ledger rows';

interface ImportedLedger {
  readonly workbench: Workbench;
  readonly folder: string;
  readonly invoke: Invoke;
}

/** The million-row ledgers the import figures leave for the figures that read them, by passphrase. */
const ledgers = new Map<string | null, ImportedLedger>();

function importedLedger(passphrase: string | null, importName: string): ImportedLedger {
  const ledger = ledgers.get(passphrase);
  if (!ledger) throw new Error(`${importName} builds the ledger this figure reads`);
  return ledger;
}

/** A database whose SFY 2025-26 ledger holds about `rows` rows, for the export figures. */
async function oneYearLedger(rows: number): Promise<{ folder: string; file: string }> {
  const base = readDemoDataset(resourcesFolder).fiscal;
  const perYear = base.lines.reduce((sum, line) => sum + line.expensesPerYear, 0);
  const spec: DemoFiscal = {
    ...base,
    sfys: [2025],
    through: '2026-06-30',
    lines: base.lines.map((line) => ({
      ...line,
      expensesPerYear: Math.round((line.expensesPerYear * rows) / (perYear * 1.025)),
    })),
  };
  const county = await openBenchCounty(spec);
  await county.invoke('fiscal.importLedger', {
    countyId: SONOMA,
    fileName: 'ledger.csv',
    bytesBase64: Buffer.from(county.csv).toString('base64'),
    mapping: null,
  });
  county.workbench.close();
  await quiet(path.join(county.folder, 'workbench.sqlite-wal'));
  return { folder: county.folder, file: path.join(county.folder, 'workbench.sqlite') };
}

/**
 * Waits until the import's job has copied its write into the file and closed (its log is gone),
 * and a little longer while this process frees the import's million rows: on two cores, an
 * export timed while that still runs took a third longer. (Its memory once seemed higher too;
 * that was the child's maxRSS inheriting this process's size, see scripts/peakRss.ts.)
 */
async function quiet(wal: string): Promise<void> {
  for (let waited = 0; fs.existsSync(wal) && waited < 60_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 5000));
}

/** Runs the export in its own process, so its peak memory is the export's alone. */
function exportInChild(file: string): { seconds: number; maxRssMb: number; bytes: number } {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'fiscalExportChild.ts'), file, '2025'],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`export child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
    seconds: number;
    maxRssMb: number;
    bytes: number;
  };
}

let export1m: ReturnType<typeof exportInChild> | undefined;

async function openBenchCounty(spec = millionRowSpec(), options: BenchOptions = {}) {
  const { folder, workbench, invoke } = openBenchService(undefined, options);
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

/**
 * A finance export of about a million rows through fiscal.importLedger: decode, parse, validate
 * every cell, fingerprint, and write in one transaction. The ledger stays open for the figures
 * after it.
 */
function importFigure(name: string, passphrase: string | null): Figure {
  return {
    name,
    async measure() {
      const { folder, workbench, invoke, csv } = await openBenchCounty(millionRowSpec(), {
        passphrase,
      });
      const bytesBase64 = Buffer.from(csv).toString('base64');
      const started = performance.now();
      const result = await invoke('fiscal.importLedger', {
        countyId: SONOMA,
        fileName: 'ledger-1m.csv',
        bytesBase64,
        mapping: null,
      });
      const elapsed = (performance.now() - started) / 1000;
      // A figure named encrypted must have timed an encrypted file, not a plain one by mistake.
      if (passphrase !== null && lookOfDataFile(workbench.file) !== 'encrypted') {
        throw new Error(`${name} wrote an unencrypted data file`);
      }
      ledgers.set(passphrase, { workbench, folder, invoke });
      console.error(`(imported ${result.rowCount} rows)`);
      return { value: Math.round(elapsed * 10) / 10, unit: 's' };
    },
  };
}

/** Budget vs actual, burn rate and leverage over the million-row ledger `importName` left. */
function summaryFigure(name: string, importName: string, passphrase: string | null): Figure {
  return {
    name,
    async measure() {
      const { invoke, workbench, folder } = importedLedger(passphrase, importName);
      const runs = await repeat(10, async () => {
        const started = performance.now();
        await invoke('fiscal.summary', { countyId: SONOMA, sfyStartYear: 2025, asOf: null });
        return performance.now() - started;
      });
      workbench.close();
      ledgers.delete(passphrase);
      // The next figure imports a million rows of its own: not while this one's are still
      // being written into the file.
      await quiet(path.join(folder, 'workbench.sqlite-wal'));
      fs.rmSync(folder, { recursive: true, force: true });
      return { value: Math.round(median(runs) * 10) / 10, unit: 'ms' };
    },
  };
}

export const figures: Figure[] = [
  importFigure('fiscal.import_1m_s', null),
  {
    // The ledger table's page of 100 rows anywhere in a year of the million-row ledger, sorted by
    // date or by amount either way, with its count: what a scroll or a jump of the scroll bar asks.
    name: 'fiscal.ledger_page_1m_ms',
    async measure() {
      const { invoke } = importedLedger(null, 'fiscal.import_1m_s');
      const { total } = await invoke('fiscal.listLedger', { countyId: SONOMA, sfyStartYear: 2025 });
      let step = 0;
      const runs = await repeat(40, async () => {
        step += 1;
        const started = performance.now();
        await invoke('fiscal.listLedger', {
          countyId: SONOMA,
          sfyStartYear: 2025,
          sort: step % 2 === 0 ? 'date' : 'amount',
          descending: step % 4 < 2,
          offset: Math.floor((((step * 7919) % 1000) / 1000) * Math.max(0, total - 100)),
          limit: 100,
        });
        return performance.now() - started;
      });
      console.error(
        `(pages of a year of ${total} rows; slowest ${Math.round(Math.max(...runs))} ms)`,
      );
      return { value: Math.round(median(runs) * 10) / 10, unit: 'ms' };
    },
  },
  summaryFigure('fiscal.summary_1m_ms', 'fiscal.import_1m_s', null),
  // The same work on a data file encrypted with a passphrase (SQLCipher 4): what a county that
  // chooses encryption at rest pays for it. After the plain pair, not interleaved with it, so
  // neither import is timed while the other's job still writes its log into the file.
  importFigure('fiscal.import_1m_encrypted_s', PASSPHRASE),
  summaryFigure('fiscal.summary_1m_encrypted_ms', 'fiscal.import_1m_encrypted_s', PASSPHRASE),
  {
    // The fiscal workbook of an SFY whose ledger has a million rows, written by the streaming
    // writer in a child process; its peak memory is the next figure.
    name: 'fiscal.export_1m_s',
    async measure() {
      const { folder, file } = await oneYearLedger(ROWS);
      export1m = exportInChild(file);
      fs.rmSync(folder, { recursive: true, force: true });
      console.error(`(workbook of ${Math.round(export1m.bytes / 1e6)} MB)`);
      return { value: Math.round(export1m.seconds * 10) / 10, unit: 's' };
    },
  },
  {
    name: 'fiscal.export_1m_rss_mb',
    async measure() {
      if (!export1m) throw new Error('fiscal.export_1m_s measures this');
      return { value: Math.round(export1m.maxRssMb), unit: 'MB' };
    },
  },
  {
    // A quarter of the rows: peak memory near the million-row figure shows it stays flat.
    name: 'fiscal.export_250k_rss_mb',
    async measure() {
      const { folder, file } = await oneYearLedger(ROWS / 4);
      const result = exportInChild(file);
      fs.rmSync(folder, { recursive: true, force: true });
      return { value: Math.round(result.maxRssMb), unit: 'MB' };
    },
  },
];
