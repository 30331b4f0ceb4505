/**
 * Undo from the audit trail: the newest change in a scope that no "undo" event has reverted yet is
 * put back from its before-image, and the undo is itself audited. Undoing again steps further back.
 */
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';

export type Row = Record<string, unknown>;

export interface UndoableChange {
  readonly eventId: number;
  readonly at: string;
  readonly entity: string;
  readonly entityId: number;
  readonly action: 'create' | 'update' | 'delete';
  readonly before: Row | null;
  readonly after: Row | null;
}

/** Puts one record back as `change.before` had it (null before: the record is removed). */
export type Restorer = (tx: Db, change: UndoableChange) => void;

interface EventRow {
  id: number;
  at: string;
  entity: string;
  entity_id: string;
  action: UndoableChange['action'];
  before_json: string | null;
  after_json: string | null;
}

export function lastUndoable(
  db: Db,
  countyId: number,
  entities: readonly string[],
): UndoableChange | undefined {
  if (entities.length === 0) return undefined;
  const row = db.get<EventRow | undefined>(sql`
    SELECT e.id, e.at, e.entity, e.entity_id, e.action, e.before_json, e.after_json
    FROM audit_event e
    WHERE e.county_id = ${countyId}
      AND e.entity IN (${sql.join(
        entities.map((entity) => sql`${entity}`),
        sql`, `,
      )})
      AND e.action IN ('create', 'update', 'delete')
      AND NOT EXISTS (SELECT 1 FROM audit_event u WHERE u.undoes_event_id = e.id)
    ORDER BY e.id DESC
    LIMIT 1`);
  if (!row) return undefined;
  return {
    eventId: row.id,
    at: row.at,
    entity: row.entity,
    entityId: Number(row.entity_id),
    action: row.action,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as Row),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as Row),
  };
}

/** Reverts `change` with its entity's restorer and records the undo, in one transaction. */
export function undoChange(
  db: Db,
  countyId: number,
  change: UndoableChange,
  restore: Restorer,
  actor: string,
): void {
  db.transaction((tx) => {
    restore(tx, change);
    recordAudit(tx, {
      actor,
      countyId,
      entity: change.entity,
      entityId: String(change.entityId),
      action: 'undo',
      before: change.after ?? undefined,
      after: change.before ?? undefined,
      undoesEventId: change.eventId,
    });
  });
}

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** Restorer for a plain table whose audit images are its whole rows. */
export function rowRestorer(table: TableWithId): Restorer {
  return (tx, { entityId, before }) => {
    if (before === null) {
      tx.delete(table).where(eq(table.id, entityId)).run();
      return;
    }
    const exists = tx.select({ id: table.id }).from(table).where(eq(table.id, entityId)).get();
    if (exists) tx.update(table).set(before).where(eq(table.id, entityId)).run();
    else tx.insert(table).values(before).run();
  };
}
