import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { auditEvent } from './schema';
import type { Db } from './openDatabase';

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'undo';

export interface AuditEntry {
  readonly actor: string;
  readonly countyId: number | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  readonly before: unknown;
  readonly after: unknown;
  /** For "undo": the event it reverts; for a redo (the change made again): the undo it reverts. */
  readonly undoesEventId?: number;
}

/** Call inside the same transaction as the change it records, so neither exists without the other. */
export function recordAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditEvent)
    .values({
      actor: entry.actor,
      countyId: entry.countyId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      beforeJson: entry.before === undefined ? null : JSON.stringify(entry.before),
      afterJson: entry.after === undefined ? null : JSON.stringify(entry.after),
      undoesEventId: entry.undoesEventId ?? null,
    })
    .run();
}

export interface AuditEventRow {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
  /** Set on an undo (the change it reverts) and on a redo (the undo it reverts). */
  readonly undoesEventId: number | null;
}

/** A county's events for these entities (one record's, when entityId is given), newest first. */
export function listEvents(
  db: Db,
  query: {
    countyId: number;
    entities: readonly string[];
    entityId: string | null;
    beforeId: number | null;
    limit: number;
  },
): AuditEventRow[] {
  return db
    .select()
    .from(auditEvent)
    .where(
      and(
        eq(auditEvent.countyId, query.countyId),
        inArray(auditEvent.entity, [...query.entities]),
        query.entityId === null ? undefined : eq(auditEvent.entityId, query.entityId),
        query.beforeId === null ? undefined : lt(auditEvent.id, query.beforeId),
      ),
    )
    .orderBy(desc(auditEvent.id))
    .limit(query.limit)
    .all()
    .map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      before:
        row.beforeJson === null ? null : (JSON.parse(row.beforeJson) as Record<string, unknown>),
      after: row.afterJson === null ? null : (JSON.parse(row.afterJson) as Record<string, unknown>),
      undoesEventId: row.undoesEventId,
    }));
}
