/**
 * After a kill has been checked, the write that was in flight is settled from what the database
 * holds: committed (the next child builds on it, so the record takes it) or not there. The checker
 * has already refused anything in between.
 */
import type Sqlite from 'better-sqlite3';
import type { CrashRecord } from './crashRecord';

export function settleInFlight(sqlite: Sqlite.Database, record: CrashRecord): void {
  const write = record.inFlight;
  record.inFlight = null;
  record.inFlightStage = null;
  if (!write) return;
  const one = (query: string, ...params: unknown[]) =>
    sqlite.prepare(query).get(...params) as { id: number } | undefined;
  switch (write.kind) {
    case 'add': {
      // Each add has its own description: the row, if it was committed.
      const row = one(
        'SELECT id FROM ledger_entry WHERE import_id IS NULL AND description = ?',
        write.description,
      );
      if (row) record.apply(write, row.id);
      return;
    }
    case 'edit': {
      const row = one(
        'SELECT id FROM ledger_entry WHERE id = ? AND date = ? AND amount_cents = ? AND description = ?',
        write.id,
        write.date,
        write.amountCents,
        write.description,
      );
      if (row) record.apply(write, row.id);
      return;
    }
    case 'delete':
      if (!one('SELECT id FROM ledger_entry WHERE id = ?', write.id)) record.apply(write, write.id);
      return;
    case 'import': {
      const stored = one('SELECT id FROM ledger_import WHERE file_name = ?', write.fileName);
      if (stored) record.apply(write, stored.id);
      return;
    }
    case 'extract': {
      const stored = one('SELECT id FROM match_extract WHERE file_name = ?', write.fileName);
      if (stored) record.apply(write, stored.id);
      return;
    }
    case 'run':
      // A run nobody acknowledged stays out of the record; the checker holds it to its siblings.
      return;
  }
}
