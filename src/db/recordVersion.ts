/**
 * Record versions (DESIGN.md: saving over a newer version is a conflict). Every editable table has
 * a `version` column that migration 0015's triggers move on with each write; a repository that
 * updates a row also sets `nextVersion` itself, so the row it returns already carries the new one.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from './openDatabase';

/** The value for `version` in an update: one more than the stored one. */
export function nextVersion(table: { version: SQLiteColumn }): SQL<number> {
  return sql<number>`${table.version} + 1`;
}

/** What was written to a record after the version a save was made from. */
export interface ChangesSince {
  /** When the newest change was made (ISO), if the audit trail has it. */
  readonly at: string | null;
  /** Fields whose stored value differs from the one they had at that version. */
  readonly fields: readonly string[];
}

/** Bookkeeping columns every table has; they change with every write and say nothing. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt', 'countyId', 'id']);

/**
 * Compares the record as the audit trail last saw it at `version` with `current`. Undo writes old
 * images under new versions, so the image found may be the newest with that number: close enough
 * to name what changed, and when no image is found the fields are simply not named.
 */
export function changesSince(
  db: Db,
  record: { entity: string; id: number; version: number; current: Record<string, unknown> },
): ChangesSince {
  const { entity, id, version, current } = record;
  const newest = db.get<{ at: string } | undefined>(sql`
    SELECT at FROM audit_event
    WHERE entity = ${entity} AND entity_id = ${String(id)}
    ORDER BY id DESC LIMIT 1`);
  const seen = db.get<{ image: string } | undefined>(sql`
    SELECT image FROM (
      SELECT id, after_json AS image FROM audit_event
      WHERE entity = ${entity} AND entity_id = ${String(id)}
        AND json_extract(after_json, '$.version') = ${version}
      UNION ALL
      SELECT id, before_json AS image FROM audit_event
      WHERE entity = ${entity} AND entity_id = ${String(id)}
        AND json_extract(before_json, '$.version') = ${version})
    ORDER BY id DESC LIMIT 1`);
  if (!seen) return { at: newest?.at ?? null, fields: [] };
  const then = JSON.parse(seen.image) as Record<string, unknown>;
  const fields = Object.keys(current).filter(
    (key) =>
      !BOOKKEEPING.has(key) &&
      key in then &&
      JSON.stringify(then[key]) !== JSON.stringify(current[key]),
  );
  return { at: newest?.at ?? null, fields };
}
