/**
 * What must hold of a database after a kill, whatever the kill interrupted (DESIGN.md: every write
 * is a transaction; an import or a match run is written in one transaction at its end):
 * - the file is intact (integrity_check, foreign keys);
 * - every acknowledged write is there as acknowledged: rows with their values, deletions absent,
 *   imports, extracts and runs present and whole;
 * - nothing is partial, acknowledged or not: each ledger import has all its rows, its record and
 *   its audit event, or is absent; each extract all its persons; runs of the same extracts and
 *   seed the same pairs;
 * - what is kept beside the rows agrees with them: the ledger sums and their triggers, and the
 *   audit trail's last word on each row.
 * The write in flight at the kill may be either committed or not, but not half of each.
 */
import type Sqlite from 'better-sqlite3';
import { runKey, type CrashRecord } from './crashRecord';
import { CRASH_ROW_MARK, type CrashRowValues } from './crashProtocol';

export interface CrashFindings {
  /** integrity_check's answer: 'ok', or what it found. */
  integrity: string;
  /** Acknowledged writes compared with the database. */
  checked: number;
  /** Acknowledged writes missing or not as acknowledged. */
  readonly lost: string[];
  /** Imports, extracts or runs only partly there. */
  readonly partial: string[];
  /** Anything else that does not hold (sums, triggers, audit trail, foreign keys). */
  readonly broken: string[];
}

interface StoredRow extends CrashRowValues {
  readonly id: number;
}

export function checkCrashedDatabase(sqlite: Sqlite.Database, record: CrashRecord): CrashFindings {
  const findings: CrashFindings = { integrity: '', checked: 0, lost: [], partial: [], broken: [] };
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  findings.integrity = integrity.map((r) => r.integrity_check).join('; ');
  const orphans = sqlite.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) findings.broken.push(`${orphans.length} rows break a foreign key`);
  checkRows(sqlite, record, findings);
  checkImports(sqlite, record, findings);
  checkMatching(sqlite, record, findings);
  checkSums(sqlite, findings);
  return findings;
}

function storedRows(sqlite: Sqlite.Database): Map<number, StoredRow> {
  const rows = sqlite
    .prepare(
      `SELECT id, date, amount_cents AS amountCents, description FROM ledger_entry
       WHERE import_id IS NULL AND description LIKE ?`,
    )
    .all(`${CRASH_ROW_MARK} %`) as StoredRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

const sameValues = (a: CrashRowValues, b: CrashRowValues) =>
  a.date === b.date && a.amountCents === b.amountCents && a.description === b.description;

/** The states a row may be in: as acknowledged, or as the write in flight left it. */
function allowedStates(record: CrashRecord, id: number): (CrashRowValues | 'deleted')[] {
  const allowed = [record.rows.get(id) ?? 'deleted'];
  const write = record.inFlight;
  if (write?.kind === 'edit' && write.id === id) allowed.push(write);
  if (write?.kind === 'delete' && write.id === id) allowed.push('deleted');
  return allowed;
}

function checkRows(sqlite: Sqlite.Database, record: CrashRecord, findings: CrashFindings): void {
  const stored = storedRows(sqlite);
  const audited = lastAuditOfRows(sqlite);
  for (const [id, acknowledged] of record.rows) {
    findings.checked++;
    const row = stored.get(id);
    const fits = allowedStates(record, id).some((state) =>
      state === 'deleted' ? !row : row !== undefined && sameValues(row, state),
    );
    if (!fits) {
      findings.lost.push(
        `ledger row ${id}: acknowledged ${JSON.stringify(acknowledged)}, found ${JSON.stringify(row ?? 'deleted')}`,
      );
    }
    // The audit trail's last event for the row says what the row is now (DESIGN.md, Data rules).
    const last = audited.get(id);
    const trail = last?.action === 'delete' ? 'deleted' : last?.description;
    if (trail !== (row ? row.description : 'deleted')) {
      findings.broken.push(`ledger row ${id}: the audit trail's last event disagrees with the row`);
    }
  }
  const adding = record.inFlight?.kind === 'add' ? record.inFlight : null;
  for (const row of stored.values()) {
    if (record.rows.has(row.id)) continue;
    // Only the add in flight may have left a row nobody acknowledged, and only as it was sent.
    if (!adding || !sameValues(row, adding)) {
      findings.broken.push(`ledger row ${row.id} was never written by a child`);
    }
  }
}

function lastAuditOfRows(
  sqlite: Sqlite.Database,
): Map<number, { action: string; description?: string }> {
  const events = sqlite
    .prepare(
      `SELECT entity_id AS id, action, after_json AS after FROM audit_event
       WHERE id IN (SELECT max(id) FROM audit_event WHERE entity = 'ledger_entry' GROUP BY entity_id)`,
    )
    .all() as { id: string; action: string; after: string | null }[];
  return new Map(
    events.map((e) => [
      Number(e.id),
      {
        action: e.action,
        description: e.after ? (JSON.parse(e.after) as { description: string }).description : '',
      },
    ]),
  );
}

interface StoredImport {
  readonly id: number;
  readonly fileName: string;
  readonly fingerprint: string;
  readonly rowCount: number;
  readonly entries: number;
  readonly cents: number;
  readonly audited: number;
}

function checkImports(sqlite: Sqlite.Database, record: CrashRecord, findings: CrashFindings): void {
  const imports = sqlite
    .prepare(
      `SELECT i.id, i.file_name AS fileName, i.fingerprint, i.row_count AS rowCount,
         (SELECT count(*) FROM ledger_entry e WHERE e.import_id = i.id) AS entries,
         (SELECT coalesce(sum(amount_cents), 0) FROM ledger_entry e WHERE e.import_id = i.id) AS cents,
         (SELECT count(*) FROM audit_event a WHERE a.entity = 'ledger_import'
            AND a.entity_id = CAST(i.id AS TEXT) AND a.action = 'create') AS audited
       FROM ledger_import i`,
    )
    .all() as StoredImport[];
  const byName = new Map(imports.map((i) => [i.fileName, i]));
  for (const i of imports) {
    // The import writer's stand-in fingerprint and row count are replaced only just before commit.
    if (i.fingerprint.startsWith('pending') || i.entries !== i.rowCount || i.audited !== 1) {
      findings.partial.push(
        `ledger import ${i.id} (${i.fileName}): ${i.entries} of ${i.rowCount} rows, ${i.audited} audit events, fingerprint ${i.fingerprint.slice(0, 12)}`,
      );
    }
    const write = record.inFlight;
    const known =
      record.imports.has(i.fileName) || (write?.kind === 'import' && write.fileName === i.fileName);
    if (!known) findings.broken.push(`ledger import ${i.id} (${i.fileName}) was never begun`);
  }
  const { n: orphans } = sqlite
    .prepare(
      `SELECT count(*) AS n FROM ledger_entry
       WHERE import_id IS NOT NULL AND import_id NOT IN (SELECT id FROM ledger_import)`,
    )
    .get() as { n: number };
  if (orphans > 0) findings.partial.push(`${orphans} ledger rows of an import that is not there`);
  for (const [fileName, acknowledged] of record.imports) {
    findings.checked++;
    const stored = byName.get(fileName);
    if (
      stored?.id !== acknowledged.importId ||
      stored.rowCount !== acknowledged.rowCount ||
      stored.cents !== acknowledged.totalCents
    ) {
      findings.lost.push(
        `ledger import ${fileName}: acknowledged ${JSON.stringify(acknowledged)}, found ${JSON.stringify(stored ?? null)}`,
      );
    }
  }
}

function checkMatching(
  sqlite: Sqlite.Database,
  record: CrashRecord,
  findings: CrashFindings,
): void {
  const extracts = sqlite
    .prepare(
      `SELECT x.id, x.file_name AS fileName, x.rows, x.purged_at AS purgedAt,
         (SELECT count(*) FROM match_person p WHERE p.extract_id = x.id) AS persons
       FROM match_extract x`,
    )
    .all() as {
    id: number;
    fileName: string;
    rows: number;
    purgedAt: string | null;
    persons: number;
  }[];
  const extractById = new Map(extracts.map((x) => [x.id, x]));
  for (const x of extracts) {
    if (x.purgedAt === null && x.persons !== x.rows) {
      findings.partial.push(`extract ${x.id}: ${x.persons} of ${x.rows} persons`);
    }
  }
  for (const [id, acknowledged] of record.extracts) {
    findings.checked++;
    const stored = extractById.get(id);
    if (stored?.fileName !== acknowledged.fileName || stored.rows !== acknowledged.rows) {
      findings.lost.push(`extract ${id} (${acknowledged.fileName}) is not as acknowledged`);
    }
  }
  const runs = sqlite
    .prepare(
      `SELECT r.id, r.calworks_extract_id AS calworksExtractId, r.cws_extract_id AS cwsExtractId,
         r.seed, (SELECT count(*) FROM match_pair p WHERE p.run_id = r.id) AS pairs
       FROM match_run r`,
    )
    .all() as {
    id: number;
    calworksExtractId: number;
    cwsExtractId: number;
    seed: number;
    pairs: number;
  }[];
  const runById = new Map(runs.map((r) => [r.id, r]));
  // A run is written whole in one transaction: the same extracts and seed give the same pairs, so
  // a run with fewer than its siblings (acknowledged or not) was cut short.
  const pairsByKey = new Map<string, number>();
  for (const [, run] of record.runs) pairsByKey.set(run.key, run.pairs);
  for (const run of runs) {
    const expected = pairsByKey.get(runKey(run));
    if (expected === undefined) pairsByKey.set(runKey(run), run.pairs);
    else if (expected !== run.pairs) {
      findings.partial.push(`match run ${run.id}: ${run.pairs} pairs, its siblings ${expected}`);
    }
  }
  for (const [id, acknowledged] of record.runs) {
    findings.checked++;
    const stored = runById.get(id);
    if (!stored || runKey(stored) !== acknowledged.key || stored.pairs !== acknowledged.pairs) {
      findings.lost.push(`match run ${id} is not as acknowledged (${acknowledged.pairs} pairs)`);
    }
  }
}

/** The ledger's sums must be the sums of its rows, and their triggers must be in place. */
function checkSums(sqlite: Sqlite.Database, findings: CrashFindings): void {
  const fromRows = `SELECT county_id, sfy_start_year, quarter, stream_id, category_id,
      sum(amount_cents), sum(CASE WHEN leveraged THEN amount_cents ELSE 0 END),
      sum(CASE WHEN leveraged AND saved_program = 'county' THEN amount_cents ELSE 0 END), count(*)
    FROM ledger_entry GROUP BY county_id, sfy_start_year, quarter, stream_id, category_id`;
  const cells = `SELECT county_id, sfy_start_year, quarter, stream_id, category_id, spent_cents,
      leveraged_cents, general_fund_saved_cents, entries FROM ledger_cell`;
  const { n } = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM (${fromRows} EXCEPT ${cells}))
            + (SELECT count(*) FROM (${cells} EXCEPT ${fromRows})) AS n`,
    )
    .get() as { n: number };
  if (n > 0) findings.broken.push(`${n} ledger sums disagree with the ledger's rows`);
  const triggers = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ledger_cell_%'")
    .all() as { name: string }[];
  if (triggers.length !== 3) {
    findings.broken.push(`ledger sum triggers: ${triggers.map((t) => t.name).join(', ')}`);
  }
}
