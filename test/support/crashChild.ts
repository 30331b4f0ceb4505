/**
 * The crash harness's child: the real service on a real database file, making writes in a loop
 * until its parent kills it (SIGKILL), and saying each write on stdout before it starts and once
 * the service has answered (crashProtocol.ts). It never stops by itself; an error ends it with a
 * non-zero code, which the parent treats as a failure, not as a kill.
 *
 * Run bundled (crashBundle.ts) for a quick start, or from source: node --import tsx crashChild.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/api/content';
import { ApiError } from '../../src/api/errors';
import type { JobStatusOutput } from '../../src/api/jobs/contract';
import { createService, typedInvoke } from '../../src/api/service';
import { formatMoney } from '../../src/core/money';
import { seededRandom } from '../../src/core/seededRandom';
import { openDatabase } from '../../src/db/openDatabase';
import {
  CRASH_CATEGORY,
  CRASH_COUNTY,
  CRASH_ROW_MARK,
  CRASH_STREAM,
  type CrashAnswer,
  type CrashChildConfig,
  type CrashLine,
  type CrashWrite,
} from './crashProtocol';
import { extractCsv, extractFileName, latestPair, ledgerCsv } from './crashFiles';

const config = JSON.parse(process.argv[2] ?? '') as CrashChildConfig;
const random = seededRandom(config.seed);
const pick = (n: number) => Math.floor(random() * n);
// A write to the pipe, not a buffered stream: a line said before a call is out before it starts.
// The pipe is non-blocking, so a full one answers EAGAIN (or takes part of the line) until the
// parent reads: the write is tried again until the whole line is out.
const say = (line: CrashLine) => {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
  for (let at = 0; at < bytes.length;) {
    try {
      at += fs.writeSync(1, bytes, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
};

const workbench = openDatabase(config.file, { migrationsFolder: config.migrationsFolder });
const service = createService({
  workbench,
  appVersion: '0.0.0-crash',
  actor: 'crash-child',
  dataFolder: path.dirname(config.file),
  content: loadContent(config.resourcesFolder),
});
const invoke = typedInvoke(service);
const countyId = CRASH_COUNTY;

const reference = await invoke('fiscal.reference', { countyId });
const streamId = reference.streams.find((s) => s.name === CRASH_STREAM)?.id ?? 0;
const categoryId = reference.categories.find((c) => c.name === CRASH_CATEGORY)?.id ?? 0;
// What earlier children left: rows to edit and delete, extracts to match.
const leftRows = (
  await invoke('fiscal.listLedger', { countyId, text: CRASH_ROW_MARK, limit: 1000 })
).rows;
const rowIds = leftRows.map((row) => row.id);
/** The version of each row as this child last saw it: an edit says which one it changes. */
const versions = new Map(leftRows.map((row) => [row.id, row.version]));
let pair = latestPair(await invoke('matching.extracts', { countyId }));
let made = 0;
const uniqueName = () => `${config.seed}-${made++}`;
say({ t: 'ready' });

/** Says the write, makes it, and says it again with the service's answer once it is committed. */
async function write(what: CrashWrite, call: () => Promise<CrashAnswer>): Promise<CrashAnswer> {
  say({ t: 'begin', write: what });
  try {
    const answer = await call();
    say({ t: 'ack', write: what, answer });
    return answer;
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind === 'Internal') throw error;
    say({ t: 'refused', message: error.message });
    return {};
  }
}

/** Follows a job as a page does, saying each stage it reaches (so the parent can aim at a save). */
async function settled(started: JobStatusOutput): Promise<unknown> {
  let status = started;
  let stage: string | null = null;
  while (status.state === 'running') {
    if (status.stage !== stage) say({ t: 'stage', stage: (stage = status.stage) ?? '' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    status = await invoke('jobs.status', { jobId: started.jobId });
  }
  if (status.state === 'done') return status.result;
  // Every file the child makes is new, so a job that did not finish is a failure to report.
  throw new Error(`The job ended ${status.state}: ${status.message ?? ''}`);
}

async function rowEdits(): Promise<void> {
  for (let n = 10 + pick(90); n > 0; n--) {
    const values = {
      // Within the budgeted SFY, so an edit may move a row across its quarters.
      date: `2026-${String(7 + pick(6)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`,
      amountCents: 1 + pick(500_000),
      description: `${CRASH_ROW_MARK} ${uniqueName()}`,
    };
    const { amountCents, ...rest } = values;
    const entry = { countyId, streamId, categoryId, ...rest, amount: formatMoney(amountCents) };
    const choice = rowIds.length === 0 ? 0 : random();
    const id = rowIds[pick(rowIds.length)] ?? 0;
    if (choice < 0.4) {
      const added = await write({ kind: 'add', ...values }, async () => {
        const saved = await invoke('fiscal.saveEntry', entry);
        versions.set(saved.id, saved.version);
        return { id: saved.id };
      });
      if (added.id) rowIds.push(added.id);
    } else if (choice < 0.85) {
      await write({ kind: 'edit', id, ...values }, async () => {
        const saved = await invoke('fiscal.saveEntry', { ...entry, id, version: versions.get(id) });
        versions.set(id, saved.version);
        return {};
      });
    } else {
      await write({ kind: 'delete', id }, async () => {
        await invoke('fiscal.deleteEntry', { countyId, id });
        return {};
      });
      rowIds.splice(rowIds.indexOf(id), 1);
    }
  }
}

async function ledgerImport(): Promise<void> {
  const fileName = `ledger ${uniqueName()}.csv`;
  const file = ledgerCsv(random, fileName, 100 + pick(2500));
  const request = { countyId, fileName, bytesBase64: file.bytes.toString('base64') };
  const what: CrashWrite = { kind: 'import', fileName, ...file.counts };
  // Both ways in: the call that waits for its job, and the job followed as the import page does.
  await write(what, async () =>
    random() < 0.5
      ? { id: (await invoke('fiscal.importLedger', request)).importId }
      : {
          id: (
            (await settled(await invoke('fiscal.startLedgerImport', request))) as {
              importId: number;
            }
          ).importId,
        },
  );
}

async function importExtract(side: 'calworks' | 'cws', seed: number): Promise<number | undefined> {
  const fileName = extractFileName(side, seed);
  const file = extractCsv(side, seed);
  const request = { countyId, side, fileName, bytesBase64: file.bytes.toString('base64') };
  const answer = await write({ kind: 'extract', side, fileName, rows: file.rows }, async () => {
    const { mapping } = await invoke('matching.readExtract', request);
    const result = await settled(await invoke('matching.startImport', { ...request, mapping }));
    return { id: (result as { extractId: number }).extractId };
  });
  return answer.id;
}

async function matchRun(): Promise<void> {
  if (!pair || random() < 0.3) {
    const seed = pick(2 ** 31);
    const calworksExtractId = await importExtract('calworks', seed);
    const cwsExtractId = calworksExtractId && (await importExtract('cws', seed));
    if (calworksExtractId && cwsExtractId) pair = { calworksExtractId, cwsExtractId };
  }
  if (!pair) return;
  const run = { ...pair, seed: 1 + pick(3) };
  await write({ kind: 'run', ...run }, async () => {
    const result = await settled(await invoke('matching.startRun', { countyId, ...run }));
    const runId = (result as { runId: number }).runId;
    // The pairs it stored, so the parent can tell a whole run from a cut one.
    const { n } = workbench.sqlite
      .prepare('SELECT count(*) AS n FROM match_pair WHERE run_id = ?')
      .get(runId) as { n: number };
    return { id: runId, pairs: n };
  });
}

for (;;) {
  const choice = random();
  if (choice < 0.35) await rowEdits();
  else if (choice < 0.7) await ledgerImport();
  else await matchRun();
}
