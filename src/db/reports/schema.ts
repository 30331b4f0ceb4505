import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from '../schema/columns';
import { county } from '../workspace/schema';

/** A statewide roll-up the oversight committee builds from county packages, for one SFY. */
export const rollup = sqliteTable('rollup', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  sfyStartYear: integer('sfy_start_year').notNull(),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

/**
 * A county's package in a roll-up: the figures as read and checked (aggregates only), one per
 * county; a newer package replaces it only when the committee chooses so.
 */
export const rollupPackage = sqliteTable(
  'rollup_package',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rollupId: integer('rollup_id')
      .notNull()
      .references(() => rollup.id, { onDelete: 'cascade' }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    fileName: text('file_name').notNull(),
    generatedAt: text('generated_at').notNull(),
    /** The CountyPackage, as JSON. */
    figuresJson: text('figures_json').notNull(),
    addedAt: text('added_at').notNull().default(now),
    addedBy: text('added_by').notNull(),
  },
  (table) => [uniqueIndex('rollup_package_county_idx').on(table.rollupId, table.countyId)],
);
