import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { now, version } from '../schema/columns';
import { county } from '../workspace/schema';

/** A seat on the county's implementation team: a role label and contact notes, never a name. */
export const teamMember = sqliteTable(
  'team_member',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    role: text('role').notNull(),
    program: text('program', { enum: ['calworks', 'cws', 'partner'] }).notNull(),
    /** The county's own label for the seat, e.g. "CWS deputy director". */
    roleLabel: text('role_label').notNull(),
    contactNotes: text('contact_notes').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    index('team_member_county_idx').on(table.countyId),
    check('team_member_program', sql`${table.program} IN ('calworks', 'cws', 'partner')`),
  ],
);

/** A joint training session and how many staff of each program attended. */
export const trainingSession = sqliteTable(
  'training_session',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    heldOn: text('held_on').notNull(),
    topic: text('topic').notNull(),
    curriculum: text('curriculum').notNull().default(''),
    /** Length in minutes, so quarter hours add up exactly. */
    minutes: integer('minutes').notNull(),
    calworksAttendees: integer('calworks_attendees').notNull().default(0),
    cwsAttendees: integer('cws_attendees').notNull().default(0),
    partnerAttendees: integer('partner_attendees').notNull().default(0),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: version(),
  },
  (table) => [
    index('training_session_county_idx').on(table.countyId, table.heldOn),
    check('training_session_minutes', sql`${table.minutes} > 0`),
    check(
      'training_session_attendees',
      sql`${table.calworksAttendees} >= 0 AND ${table.cwsAttendees} >= 0 AND ${table.partnerAttendees} >= 0`,
    ),
  ],
);
