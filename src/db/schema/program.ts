import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { county } from './workspace';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const STATUSES = sql`('considering', 'planned', 'installing', 'operating', 'paused', 'retired')`;

/** A catalog component in a county's program model. */
export const programComponent = sqliteTable(
  'program_component',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    componentId: text('component_id').notNull(),
    status: text('status', {
      enum: ['considering', 'planned', 'installing', 'operating', 'paused', 'retired'],
    }).notNull(),
    leadProgram: text('lead_program', { enum: ['calworks', 'cws', 'joint'] }).notNull(),
    startDate: text('start_date'),
    targetPopulation: integer('target_population'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (table) => [
    uniqueIndex('program_component_county_idx').on(table.countyId, table.componentId),
    check('program_component_status', sql`${table.status} IN ${STATUSES}`),
    check('program_component_lead', sql`${table.leadProgram} IN ('calworks', 'cws', 'joint')`),
    check('program_component_population', sql`${table.targetPopulation} >= 0`),
  ],
);

/** Every status a component has had, with when, who and why: the model's history. */
export const programComponentStatus = sqliteTable(
  'program_component_status',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    programComponentId: integer('program_component_id')
      .notNull()
      .references(() => programComponent.id, { onDelete: 'cascade' }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    status: text('status', {
      enum: ['considering', 'planned', 'installing', 'operating', 'paused', 'retired'],
    }).notNull(),
    changedAt: text('changed_at').notNull().default(now),
    actor: text('actor').notNull(),
    /** Why: the recommendation's reasons when it came from one, else the user's note. */
    reason: text('reason').notNull().default(''),
  },
  (table) => [index('program_component_status_idx').on(table.programComponentId, table.changedAt)],
);
