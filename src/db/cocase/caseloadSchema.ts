import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from '../schema/columns';
import { appUser } from '../system/usersSchema';
import { county } from '../workspace/schema';
import { mutualFamily } from './schema';

/**
 * A worker's caseload on the shared server (issue 24): the CalWORKs or CWS staff member assigned
 * to a mutual family by its case number on their side, one per program per family. Assigned and
 * ended by a coordinator or supervisor; each change is in the audit trail.
 */
export const caseloadAssignment = sqliteTable(
  'caseload_assignment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    familyId: integer('family_id')
      .notNull()
      .references(() => mutualFamily.id, { onDelete: 'cascade' }),
    program: text('program', { enum: ['calworks', 'cws'] }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    assignedAt: text('assigned_at').notNull().default(now),
    assignedBy: text('assigned_by').notNull(),
  },
  (table) => [
    uniqueIndex('caseload_family_program_idx').on(table.familyId, table.program),
    index('caseload_user_idx').on(table.userId, table.countyId),
    check('caseload_program', sql`${table.program} IN ('calworks', 'cws')`),
  ],
);
