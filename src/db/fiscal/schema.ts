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

const SOURCE_PROGRAMS = ['calworks', 'cws', 'county', 'other'] as const;
const inSources = (column: unknown) => sql`${column} IN ('calworks', 'cws', 'county', 'other')`;
/**
 * The same rule as comparisons: SQLite builds a small table for an IN list on every statement
 * run, which an import of a million single-row inserts pays a million times (seconds).
 */
const isSource = (column: unknown) =>
  sql`(${column} = 'calworks' OR ${column} = 'cws' OR ${column} = 'county' OR ${column} = 'other')`;

/** A county's funding streams; retired ones keep their history but take no new entries. */
export const fundingStream = sqliteTable(
  'funding_stream',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    name: text('name').notNull(),
    sourceProgram: text('source_program', { enum: SOURCE_PROGRAMS }).notNull(),
    level: text('level', { enum: ['federal', 'state', 'county', 'private'] }).notNull(),
    claimable: integer('claimable', { mode: 'boolean' }).notNull(),
    generalFund: integer('general_fund', { mode: 'boolean' }).notNull().default(false),
    /** JSON array of SFY start years; [] means every year. */
    activeSfysJson: text('active_sfys_json').notNull().default('[]'),
    retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    uniqueIndex('funding_stream_name_idx').on(table.countyId, table.name),
    check('funding_stream_source', inSources(table.sourceProgram)),
    check('funding_stream_level', sql`${table.level} IN ('federal', 'state', 'county', 'private')`),
  ],
);

export const serviceCategory = sqliteTable(
  'service_category',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    name: text('name').notNull(),
    retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [uniqueIndex('service_category_name_idx').on(table.countyId, table.name)],
);

/** The amount committed per SFY, stream and category; the quarterly split is all or nothing. */
export const budget = sqliteTable(
  'budget',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    sfyStartYear: integer('sfy_start_year').notNull(),
    streamId: integer('stream_id')
      .notNull()
      .references(() => fundingStream.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => serviceCategory.id),
    amountCents: integer('amount_cents').notNull(),
    q1Cents: integer('q1_cents'),
    q2Cents: integer('q2_cents'),
    q3Cents: integer('q3_cents'),
    q4Cents: integer('q4_cents'),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    uniqueIndex('budget_line_idx').on(
      table.countyId,
      table.sfyStartYear,
      table.streamId,
      table.categoryId,
    ),
    check('budget_amount', sql`${table.amountCents} >= 0`),
    check(
      'budget_split',
      sql`(${table.q1Cents} IS NULL AND ${table.q2Cents} IS NULL AND ${table.q3Cents} IS NULL AND ${table.q4Cents} IS NULL)
        OR (${table.q1Cents} + ${table.q2Cents} + ${table.q3Cents} + ${table.q4Cents} = ${table.amountCents})`,
    ),
  ],
);

/** One file imported into the ledger; its fingerprint refuses the same file twice. */
export const ledgerImport = sqliteTable(
  'ledger_import',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    fileName: text('file_name').notNull(),
    fingerprint: text('fingerprint').notNull(),
    rowCount: integer('row_count').notNull(),
    importedAt: text('imported_at').notNull().default(now),
    actor: text('actor').notNull(),
  },
  (table) => [uniqueIndex('ledger_import_fingerprint_idx').on(table.countyId, table.fingerprint)],
);

/**
 * An expense (or refund) for mutual families' services. SFY and quarter are derived from the date
 * by the fiscal calendar and stored, so summaries group by them without date arithmetic in SQL.
 */
export const ledgerEntry = sqliteTable(
  'ledger_entry',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    date: text('date').notNull(),
    sfyStartYear: integer('sfy_start_year').notNull(),
    quarter: integer('quarter').notNull(),
    streamId: integer('stream_id')
      .notNull()
      .references(() => fundingStream.id),
    categoryId: integer('category_id')
      .notNull()
      .references(() => serviceCategory.id),
    payingProgram: text('paying_program', { enum: SOURCE_PROGRAMS }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    leveraged: integer('leveraged', { mode: 'boolean' }).notNull().default(false),
    savedProgram: text('saved_program', { enum: SOURCE_PROGRAMS }),
    description: text('description').notNull().default(''),
    /** A case number, never a name. */
    familyReference: text('family_reference'),
    refundReason: text('refund_reason').notNull().default(''),
    importId: integer('import_id').references(() => ledgerImport.id),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    // Summaries read ledger_cell, not this table. The ledger's list and the workbook read it in
    // (date, id) order from this index, filtering by stream and category without reading rows,
    // and the burn rate sums the quarter in progress from it alone.
    index('ledger_entry_day_idx').on(
      table.countyId,
      table.date,
      table.id,
      table.streamId,
      table.categoryId,
      table.amountCents,
    ),
    // The list sorted by amount, a year at a time (the row id follows the amount in the index).
    index('ledger_entry_amount_idx').on(table.countyId, table.sfyStartYear, table.amountCents),
    // Undoing an import finds its rows by it.
    index('ledger_entry_import_idx').on(table.importId),
    check('ledger_entry_quarter', sql`${table.quarter} BETWEEN 1 AND 4`),
    check('ledger_entry_amount', sql`${table.amountCents} <> 0`),
    check('ledger_entry_refund', sql`${table.amountCents} > 0 OR ${table.refundReason} <> ''`),
    check('ledger_entry_paying', isSource(table.payingProgram)),
    check(
      'ledger_entry_saved',
      sql`(${table.leveraged} = 0 AND ${table.savedProgram} IS NULL) OR (${table.leveraged} = 1 AND ${isSource(table.savedProgram)})`,
    ),
  ],
);

/** The column mapping a county last used for an import kind, offered again next time. */
export const importMapping = sqliteTable(
  'import_mapping',
  {
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    kind: text('kind').notNull(),
    mappingJson: text('mapping_json').notNull(),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (table) => [primaryKey({ columns: [table.countyId, table.kind] })],
);

/**
 * Ledger sums per SFY, quarter, stream and category, kept by triggers on ledger_entry (migration
 * 0007) so every write path — entry, import, undo — keeps them right, and a summary over a million
 * rows reads a few hundred.
 */
export const ledgerCell = sqliteTable(
  'ledger_cell',
  {
    countyId: integer('county_id').notNull(),
    sfyStartYear: integer('sfy_start_year').notNull(),
    quarter: integer('quarter').notNull(),
    streamId: integer('stream_id').notNull(),
    categoryId: integer('category_id').notNull(),
    spentCents: integer('spent_cents').notNull(),
    leveragedCents: integer('leveraged_cents').notNull(),
    generalFundSavedCents: integer('general_fund_saved_cents').notNull(),
    entries: integer('entries').notNull(),
  },
  (table) => [
    primaryKey({
      columns: [
        table.countyId,
        table.sfyStartYear,
        table.quarter,
        table.streamId,
        table.categoryId,
      ],
    }),
  ],
);
