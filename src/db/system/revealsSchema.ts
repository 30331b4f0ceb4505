import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { now } from '../schema/columns';
import { county } from '../workspace/schema';

/**
 * Every time identifiers of people (names, dates of birth) were shown to someone (issue 24): who,
 * when, which family and why, for the county's privacy officer. Kept apart from the audit trail of
 * changes: a reveal changes nothing, and the trail's before/after never holds identifiers.
 */
export const identifierReveal = sqliteTable(
  'identifier_reveal',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    /** Null for the one local user of a single-user shell. */
    userId: integer('user_id'),
    actor: text('actor').notNull(),
    /** The method that returned the identifiers. */
    method: text('method').notNull(),
    runId: integer('run_id'),
    /** The family, by its case numbers on both sides (no names): "" when the call covered a run. */
    calworksCase: text('calworks_case').notNull().default(''),
    cwsCase: text('cws_case').notNull().default(''),
    /** In the person's own words, asked before anything is shown. */
    purpose: text('purpose').notNull(),
  },
  (table) => [index('identifier_reveal_county_idx').on(table.countyId, table.at)],
);
