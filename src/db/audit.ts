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
  /** Only for "undo": the event it reverts. */
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
