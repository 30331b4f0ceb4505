import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { now, version } from '../schema/columns';
import { county } from '../workspace/schema';

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
    version: version(),
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

/** A task of the county's rollout plan (Program Design Road Map step, implementation stage). */
export const rolloutTask = sqliteTable(
  'rollout_task',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    title: text('title').notNull(),
    roadmapStep: text('roadmap_step').notNull(),
    stage: text('stage', { enum: ['exploration', 'installation', 'initial', 'full'] }).notNull(),
    ownerRole: text('owner_role').notNull().default(''),
    program: text('program', { enum: ['calworks', 'cws', 'joint'] }).notNull(),
    startDate: text('start_date'),
    dueDate: text('due_date'),
    status: text('status', { enum: ['not-started', 'in-progress', 'done', 'blocked'] }).notNull(),
    componentId: text('component_id'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    index('rollout_task_county_idx').on(table.countyId, table.dueDate),
    check(
      'rollout_task_dates',
      sql`${table.dueDate} IS NULL OR ${table.startDate} IS NULL OR ${table.dueDate} >= ${table.startDate}`,
    ),
  ],
);

/** "Task depends on task": both in the same county's plan; deleting either removes the link. */
export const rolloutDependency = sqliteTable(
  'rollout_dependency',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => rolloutTask.id, { onDelete: 'cascade' }),
    dependsOnId: integer('depends_on_id')
      .notNull()
      .references(() => rolloutTask.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.taskId, table.dependsOnId] }),
    index('rollout_dependency_target_idx').on(table.dependsOnId),
  ],
);
