import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from '../schema/columns';

/** The 58 California counties, seeded by a migration; FIPS codes are "06xxx". */
export const county = sqliteTable('county', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().unique(),
  fips: text('fips').notNull().unique(),
});

/** Workspace preferences (current county and the like), one JSON value per key. */
export const workspaceSetting = sqliteTable('workspace_setting', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Every edit and deletion of user data leaves one row here (DESIGN.md, "Data rules").
 * before/after hold the record as JSON; they never carry identifiers of people.
 */
export const auditEvent = sqliteTable(
  'audit_event',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    countyId: integer('county_id').references(() => county.id),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete', 'restore', 'undo'] }).notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    /** For an "undo" event: the event it reverted, so the next undo steps further back. */
    undoesEventId: integer('undoes_event_id'),
  },
  (table) => [
    // History views ask "what happened to this record" and "what happened in this county lately".
    index('audit_event_entity_idx').on(table.entity, table.entityId),
    index('audit_event_county_at_idx').on(table.countyId, table.at),
    // An event is undone at most once, whatever the callers do.
    uniqueIndex('audit_event_undoes_idx').on(table.undoesEventId),
  ],
);
