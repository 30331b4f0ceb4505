import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { BARRIER_KINDS } from '../../core/cocase/worklists';
import { OUTCOME_KINDS } from '../../core/cocase/evaluation/outcomes';
import { now, version } from '../schema/columns';
import { fundingStream, ledgerEntry, serviceCategory } from '../fiscal/schema';
import { matchRun } from '../matching/schema';
import { county } from '../workspace/schema';

/** A CHECK that the column holds one of these words (written into the SQL, not bound). */
const inList = (column: unknown, values: readonly string[]) =>
  sql`${column} IN (${sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '))})`;

/**
 * A mutual family as co-case work and the evaluation know it: its case numbers on both sides (no
 * names), tier, the workers' roles, and whether it is served by Linkages or is in the comparison
 * group (matched but served as usual). Found by a match run or entered by hand.
 */
export const mutualFamily = sqliteTable(
  'mutual_family',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    calworksCase: text('calworks_case').notNull(),
    cwsCase: text('cws_case').notNull(),
    tier: text('tier', { enum: ['secondary', 'tertiary'] }).notNull(),
    group: text('group_name', { enum: ['linkages', 'comparison'] }).notNull(),
    /** The day the family joined Linkages (or, in the comparison group, its index date). */
    startDate: text('start_date').notNull(),
    /** The day it left; null while it is in. */
    endDate: text('end_date'),
    /** A role or unit, not a person's name: "CalWORKs Linkages liaison, unit 4". */
    calworksWorker: text('calworks_worker').notNull().default(''),
    cwsWorker: text('cws_worker').notNull().default(''),
    /** The day the WtW plan and the CWS case plan were coordinated; null until they are. */
    coordinatedPlanOn: text('coordinated_plan_on'),
    /** Whether the WtW activities are aligned with the case plan, and which; null: not assessed. */
    wtwAligned: integer('wtw_aligned', { mode: 'boolean' }),
    wtwAlignedNote: text('wtw_aligned_note').notNull().default(''),
    matchRunId: integer('match_run_id').references(() => matchRun.id),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    uniqueIndex('mutual_family_cases_idx').on(table.countyId, table.calworksCase, table.cwsCase),
    check('mutual_family_tier', inList(table.tier, ['secondary', 'tertiary'])),
    check('mutual_family_group', inList(table.group, ['linkages', 'comparison'])),
    check(
      'mutual_family_dates',
      sql`${table.endDate} IS NULL OR ${table.endDate} >= ${table.startDate}`,
    ),
  ],
);

/** An outcome event of a mutual family (evaluation), entered by hand or imported. */
export const familyOutcome = sqliteTable(
  'family_outcome',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    familyId: integer('family_id')
      .notNull()
      .references(() => mutualFamily.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: OUTCOME_KINDS }).notNull(),
    date: text('date').notNull(),
    /** The import that brought it, or null when entered by hand. */
    importFileName: text('import_file_name'),
    createdAt: text('created_at').notNull().default(now),
  },
  (table) => [
    uniqueIndex('family_outcome_event_idx').on(table.familyId, table.kind, table.date),
    check('family_outcome_kind', inList(table.kind, OUTCOME_KINDS)),
  ],
);

/** A joint meeting (case conference) of a mutual family's CalWORKs and CWS workers. */
export const jointMeeting = sqliteTable(
  'joint_meeting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    familyId: integer('family_id')
      .notNull()
      .references(() => mutualFamily.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    calworksAttended: integer('calworks_attended', { mode: 'boolean' }).notNull(),
    cwsAttended: integer('cws_attended', { mode: 'boolean' }).notNull(),
    /** Other attendees by role ("parent", "housing partner"), never by name. */
    othersAttended: text('others_attended').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    nextReviewDue: text('next_review_due'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    check(
      'joint_meeting_review',
      sql`${table.nextReviewDue} IS NULL OR ${table.nextReviewDue} >= ${table.date}`,
    ),
  ],
);

/** A barrier co-case work tracks until it is resolved. */
export const familyBarrier = sqliteTable(
  'family_barrier',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    familyId: integer('family_id')
      .notNull()
      .references(() => mutualFamily.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: BARRIER_KINDS }).notNull(),
    openedOn: text('opened_on').notNull(),
    resolvedOn: text('resolved_on'),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    check('family_barrier_kind', inList(table.kind, BARRIER_KINDS)),
    check(
      'family_barrier_dates',
      sql`${table.resolvedOn} IS NULL OR ${table.resolvedOn} >= ${table.openedOn}`,
    ),
  ],
);

/**
 * A service a mutual family received, by category and funding stream. When it is a ledger row's
 * spending, it points at that row and takes its date, stream, category and amount, so the fiscal
 * ledger and the co-case record tell the same story.
 */
export const familyService = sqliteTable(
  'family_service',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    familyId: integer('family_id')
      .notNull()
      .references(() => mutualFamily.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => serviceCategory.id),
    streamId: integer('stream_id')
      .notNull()
      .references(() => fundingStream.id),
    amountCents: integer('amount_cents').notNull(),
    ledgerEntryId: integer('ledger_entry_id').references(() => ledgerEntry.id, {
      onDelete: 'set null',
    }),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    uniqueIndex('family_service_ledger_idx').on(table.ledgerEntryId),
    check('family_service_amount', sql`${table.amountCents} <> 0`),
  ],
);

/**
 * A county's evaluation logic model (inputs → activities → outputs → outcomes), kept as one small
 * document: it is read, edited and saved whole, and read back through its schema.
 */
export const logicModel = sqliteTable('logic_model', {
  countyId: integer('county_id')
    .primaryKey()
    .references(() => county.id),
  itemsJson: text('items_json').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
  version: version(),
});
