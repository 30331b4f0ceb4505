/**
 * Undo from the audit trail: the newest change in a scope that no "undo" event has reverted yet is
 * put back from its before-image, and the undo is itself audited. Undoing again steps further back.
 * Redo re-applies the newest undo that nothing has redone yet, as long as no new change was made
 * in the scope since: it is audited as the change it repeats, pointing at the undo it reverts, so
 * it can be undone again like any change.
 */
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';

export type Row = Record<string, unknown>;

export interface UndoableChange {
  readonly eventId: number;
  readonly at: string;
  /** Who made the change (the audit trail's actor). */
  readonly actor: string;
  readonly entity: string;
  readonly entityId: number;
  readonly action: 'create' | 'update' | 'delete';
  readonly before: Row | null;
  readonly after: Row | null;
}

/**
 * Puts one record back as `change.before` had it (null before: the record is removed). May return
 * a fuller image of what it removed than the audit holds (an import's rows), kept on the undo
 * event so that redo can put it back.
 */
export type Restorer =
  | ((tx: Db, change: UndoableChange) => void)
  | ((tx: Db, change: UndoableChange) => Row | undefined);

interface EventRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: UndoableChange['action'];
  before_json: string | null;
  after_json: string | null;
}

function entityList(entities: readonly string[]) {
  return sql.join(
    entities.map((entity) => sql`${entity}`),
    sql`, `,
  );
}

function parsed(json: string | null): Row | null {
  return json === null ? null : (JSON.parse(json) as Row);
}

/** An audit event as the change it recorded. */
function changeOf(row: EventRow): UndoableChange {
  return {
    eventId: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: Number(row.entity_id),
    action: row.action,
    before: parsed(row.before_json),
    after: parsed(row.after_json),
  };
}

export function lastUndoable(
  db: Db,
  countyId: number,
  entities: readonly string[],
): UndoableChange | undefined {
  if (entities.length === 0) return undefined;
  const row = db.get<EventRow | undefined>(sql`
    SELECT e.id, e.at, e.actor, e.entity, e.entity_id, e.action, e.before_json, e.after_json
    FROM audit_event e
    WHERE e.county_id = ${countyId}
      AND e.entity IN (${entityList(entities)})
      AND e.action IN ('create', 'update', 'delete')
      AND NOT EXISTS (SELECT 1 FROM audit_event u WHERE u.undoes_event_id = e.id)
    ORDER BY e.id DESC
    LIMIT 1`);
  return row && changeOf(row);
}

/** An undone change that redo would re-apply: the change as first made, and the undo event. */
export interface RedoableChange extends UndoableChange {
  readonly undoEventId: number;
  readonly undoneAt: string;
  /** Who undid it. */
  readonly undoneBy: string;
  /** What the undo took away, as its restorer kept it (an import with its rows). */
  readonly undoneImage: Row | null;
}

/**
 * The newest undo in these entities that no redo has reverted, unless a new change (not a redo)
 * was made to them after it: a new change ends what redo may re-apply, as in every editor.
 */
export function lastRedoable(
  db: Db,
  countyId: number,
  entities: readonly string[],
): RedoableChange | undefined {
  if (entities.length === 0) return undefined;
  const row = db.get<
    | (EventRow & {
        undo_id: number;
        undone_at: string;
        undone_by: string;
        undone_image: string | null;
      })
    | undefined
  >(sql`
    SELECT e.id, e.at, e.actor, e.entity, e.entity_id, e.action, e.before_json, e.after_json,
      u.id AS undo_id, u.at AS undone_at, u.actor AS undone_by, u.before_json AS undone_image
    FROM audit_event u JOIN audit_event e ON e.id = u.undoes_event_id
    WHERE u.county_id = ${countyId}
      AND u.action = 'undo'
      AND u.entity IN (${entityList(entities)})
      AND NOT EXISTS (SELECT 1 FROM audit_event r WHERE r.undoes_event_id = u.id)
      AND NOT EXISTS (
        SELECT 1 FROM audit_event c
        WHERE c.county_id = ${countyId}
          AND c.entity IN (${entityList(entities)})
          AND c.action IN ('create', 'update', 'delete')
          AND c.undoes_event_id IS NULL
          AND c.id > u.id)
    ORDER BY u.id DESC
    LIMIT 1`);
  if (!row) return undefined;
  return {
    ...changeOf(row),
    undoEventId: row.undo_id,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
    undoneImage: parsed(row.undone_image),
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
    const kept = restore(tx, change);
    recordAudit(tx, {
      actor,
      countyId,
      entity: change.entity,
      entityId: String(change.entityId),
      action: 'undo',
      before: kept ?? change.after ?? undefined,
      after: change.before ?? undefined,
      undoesEventId: change.eventId,
    });
  });
}

/**
 * Re-applies an undone change with its entity's restorer (the record put back as the change left
 * it), recorded as that change again, pointing at the undo it reverts; in one transaction.
 */
export function redoChange(
  db: Db,
  countyId: number,
  change: RedoableChange,
  restore: Restorer,
  actor: string,
): void {
  db.transaction((tx) => {
    restore(tx, { ...change, before: change.undoneImage, after: change.before });
    recordAudit(tx, {
      actor,
      countyId,
      entity: change.entity,
      entityId: String(change.entityId),
      action: change.action,
      before: change.before ?? undefined,
      after: change.after ?? undefined,
      undoesEventId: change.undoEventId,
    });
  });
}

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/**
 * A record put back after it was removed: a version past the image's, so a page still holding the
 * image (opened before the removal) cannot save over it unawares. An update needs no such care:
 * the version triggers move it on whatever the image says.
 */
export function recreated(image: Row): Row {
  return typeof image.version === 'number' ? { ...image, version: image.version + 1 } : image;
}

/** Restorer for a plain table whose audit images are its whole rows. */
export function rowRestorer(table: TableWithId): Restorer {
  return (tx, { entityId, before }) => {
    if (before === null) {
      tx.delete(table).where(eq(table.id, entityId)).run();
      return;
    }
    const exists = tx.select({ id: table.id }).from(table).where(eq(table.id, entityId)).get();
    if (exists) tx.update(table).set(before).where(eq(table.id, entityId)).run();
    else tx.insert(table).values(recreated(before)).run();
  };
}
