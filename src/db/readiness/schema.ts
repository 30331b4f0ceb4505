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

/** One assessment round of a county; it pins the instrument version its answers refer to. */
export const readinessRound = sqliteTable(
  'readiness_round',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    notes: text('notes').notNull().default(''),
    instrumentVersion: integer('instrument_version').notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    index('readiness_round_county_idx').on(table.countyId, table.heldOn),
    check('readiness_round_status', sql`${table.status} IN ('open', 'closed')`),
  ],
);

/** An anonymous respondent: program and role level, and a label only if the county wants one. */
export const readinessRespondent = sqliteTable(
  'readiness_respondent',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => readinessRound.id, { onDelete: 'cascade' }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    program: text('program', { enum: ['calworks', 'cws', 'partner'] }).notNull(),
    roleLevel: text('role_level', { enum: ['manager', 'supervisor', 'line'] }).notNull(),
    label: text('label').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    index('readiness_respondent_round_idx').on(table.roundId),
    check('readiness_respondent_program', sql`${table.program} IN ('calworks', 'cws', 'partner')`),
    check(
      'readiness_respondent_role',
      sql`${table.roleLevel} IN ('manager', 'supervisor', 'line')`,
    ),
  ],
);

/** One answer: 1–5 agreement, 0 "don't know". A blank item has no row. */
export const readinessAnswer = sqliteTable(
  'readiness_answer',
  {
    respondentId: integer('respondent_id')
      .notNull()
      .references(() => readinessRespondent.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    answer: integer('answer').notNull(),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (table) => [
    primaryKey({ columns: [table.respondentId, table.itemId] }),
    check('readiness_answer_range', sql`${table.answer} BETWEEN 0 AND 5`),
  ],
);

/** Each file imported into a round, by content hash: the same file twice would count people twice. */
export const readinessImport = sqliteTable(
  'readiness_import',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => readinessRound.id, { onDelete: 'cascade' }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    fileSha256: text('file_sha256').notNull(),
    fileName: text('file_name').notNull(),
    respondents: integer('respondents').notNull(),
    importedAt: text('imported_at').notNull().default(now),
  },
  (table) => [uniqueIndex('readiness_import_file_idx').on(table.roundId, table.fileSha256)],
);
