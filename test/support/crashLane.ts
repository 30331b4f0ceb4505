/**
 * One lane of the crash harness: children one after another on one database file, each killed
 * with SIGKILL at a seeded random point, and the file reopened with openDatabase and checked after
 * every kill before the next child continues on it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { loadContent } from '../../src/api/content';
import { createService, typedInvoke } from '../../src/api/service';
import { seededRandom } from '../../src/core/seededRandom';
import { defaultMigrationsFolder, openDatabase } from '../../src/db/openDatabase';
import { resourcesFolder } from '../../src/server/paths';
import type { CrashBundle } from './crashBundle';
import { checkCrashedDatabase, type CrashFindings } from './crashCheck';
import {
  CRASH_CATEGORY,
  CRASH_COUNTY,
  CRASH_SFY,
  CRASH_STREAM,
  type CrashChildConfig,
  type CrashLine,
} from './crashProtocol';
import { CrashRecord } from './crashRecord';
import { settleInFlight } from './crashSettle';

/** Where kills are aimed; `landed` in the report says where they fell. */
type KillPlan =
  /** Soon after the spawn: during start-up, opening the file, recovering its log. */
  | { readonly aim: 'start-up'; readonly ms: number }
  /** A while after the child is ready: wherever its writes have got to. */
  | { readonly aim: 'timer'; readonly ms: number }
  /** Just after a job reports its save stage: inside its one transaction, or its commit. */
  | { readonly aim: 'save'; readonly ms: number };

function killPlan(random: () => number): KillPlan {
  const r = random();
  if (r < 0.1) return { aim: 'start-up', ms: random() * 600 };
  if (r < 0.35) return { aim: 'save', ms: random() * 30 };
  return { aim: 'timer', ms: random() * 800 };
}

/** If a child aimed at a save reaches none, it is killed where it is. */
const SAVE_WAIT_MS = 2000;

export interface CrashLaneReport {
  kills: number;
  /** Where each kill fell: 'start-up', 'between writes', or the kind of write in flight. */
  readonly landed: Map<string, number>;
  /** Kills while a job was in its save stage: mid-transaction in the worker, or committing. */
  killsInSave: number;
  /** Acknowledged writes compared with the database, summed over the checks. */
  checked: number;
  readonly lost: string[];
  readonly partial: string[];
  readonly broken: string[];
  readonly integrity: string[];
  /** One record per database file the lane used. */
  readonly records: CrashRecord[];
  /** Milliseconds from spawn to ready, per child that got there. */
  readonly startMs: number[];
  /** Milliseconds from spawn to kill, and to reopen and check the file, per kill. */
  readonly lifeMs: number[];
  readonly checkMs: number[];
}

/** The county and its budgeted line, before the first child: every child only writes. */
export async function prepareCrashDatabase(file: string): Promise<void> {
  const workbench = openDatabase(file);
  try {
    const invoke = typedInvoke(
      createService({
        workbench,
        appVersion: '0.0.0-crash',
        actor: 'crash-parent',
        dataFolder: path.dirname(file),
        content: loadContent(resourcesFolder),
      }),
    );
    await invoke('workspace.setCounty', { countyId: CRASH_COUNTY });
    const { streams, categories } = await invoke('fiscal.reference', { countyId: CRASH_COUNTY });
    await invoke('fiscal.saveBudget', {
      countyId: CRASH_COUNTY,
      sfyStartYear: CRASH_SFY,
      streamId: streams.find((s) => s.name === CRASH_STREAM)?.id ?? 0,
      categoryId: categories.find((c) => c.name === CRASH_CATEGORY)?.id ?? 0,
      amount: '$100,000,000.00',
    });
  } finally {
    workbench.close();
  }
}

/**
 * A file takes this many kills, then the lane goes on with a fresh one: a soak's thousand kills
 * on one file would spend their time in integrity_check of a growing ledger.
 */
const KILLS_PER_FILE = 100;

export async function runCrashLane(options: {
  readonly folder: string;
  readonly kills: number;
  readonly seed: number;
  /** The bundled child; null runs it from source through tsx (slow, for debugging). */
  readonly bundle: CrashBundle | null;
}): Promise<CrashLaneReport> {
  const random = seededRandom(options.seed);
  const report: CrashLaneReport = {
    kills: 0,
    landed: new Map(),
    killsInSave: 0,
    checked: 0,
    lost: [],
    partial: [],
    broken: [],
    integrity: [],
    records: [],
    startMs: [],
    lifeMs: [],
    checkMs: [],
  };
  let file = '';
  for (let life = 0; life < options.kills; life++) {
    if (life % KILLS_PER_FILE === 0) {
      file = path.join(options.folder, `crash-${life / KILLS_PER_FILE + 1}.sqlite`);
      await prepareCrashDatabase(file);
      report.records.push(new CrashRecord());
    }
    const record = report.records.at(-1) as CrashRecord;
    const config: CrashChildConfig = {
      file,
      seed: options.seed * 100_003 + life,
      migrationsFolder: defaultMigrationsFolder,
      resourcesFolder,
    };
    const spawnedAt = performance.now();
    const landed = await killedChild(options.bundle, config, killPlan(random), record, report);
    const killedAt = performance.now();
    report.kills++;
    report.landed.set(landed, (report.landed.get(landed) ?? 0) + 1);
    const workbench = openDatabase(file);
    try {
      addFindings(report, checkCrashedDatabase(workbench.sqlite, record), life);
      settleInFlight(workbench.sqlite, record);
    } finally {
      workbench.close();
    }
    report.lifeMs.push(killedAt - spawnedAt);
    report.checkMs.push(performance.now() - killedAt);
  }
  return report;
}

function addFindings(report: CrashLaneReport, findings: CrashFindings, life: number): void {
  const at = (problem: string) => `after kill ${life + 1}: ${problem}`;
  report.checked += findings.checked;
  report.lost.push(...findings.lost.map(at));
  report.partial.push(...findings.partial.map(at));
  report.broken.push(...findings.broken.map(at));
  if (findings.integrity !== 'ok') report.integrity.push(at(findings.integrity));
}

/** Runs one child until its kill, hearing every line it wrote; says where the kill fell. */
async function killedChild(
  bundle: CrashBundle | null,
  config: CrashChildConfig,
  plan: KillPlan,
  record: CrashRecord,
  report: CrashLaneReport,
): Promise<string> {
  const script = bundle?.child ?? path.join(import.meta.dirname, 'crashChild.ts');
  const args = bundle ? [script] : ['--import', 'tsx', script];
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...args, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timers: NodeJS.Timeout[] = [];
  const killIn = (ms: number) => timers.push(setTimeout(() => child.kill('SIGKILL'), ms));
  let ready = false;
  let aimed = false;
  if (plan.aim === 'start-up') killIn(plan.ms);
  const lines = readline.createInterface({ input: child.stdout });
  lines.on('line', (text) => {
    // Lines still in the pipe when the kill came were written before it: they count.
    const line = JSON.parse(text) as CrashLine;
    record.hear(line);
    if (line.t === 'ready') {
      ready = true;
      report.startMs.push(performance.now() - spawnedAt);
      if (plan.aim === 'timer') killIn(plan.ms);
      if (plan.aim === 'save') killIn(SAVE_WAIT_MS);
    } else if (plan.aim === 'save' && line.t === 'stage' && line.stage === 'save' && !aimed) {
      aimed = true;
      killIn(plan.ms);
    }
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  for (const timer of timers) clearTimeout(timer);
  if (signal !== 'SIGKILL') {
    throw new Error(`A crash child ended by itself (code ${code}, ${signal}):\n${stderr}`);
  }
  if (!ready) return 'start-up';
  if (!record.inFlight) return 'between writes';
  if (record.inFlightStage === 'save') report.killsInSave++;
  return record.inFlight.kind;
}
