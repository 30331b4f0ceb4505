import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { now, version } from '../schema/columns';
import { county } from '../workspace/schema';

/**
 * An imported person extract (CalWORKs or CWS). Its persons are identifiers, kept only until the
 * county purges them; the extract's record (file, rows, fingerprint) stays.
 */
export const matchExtract = sqliteTable(
  'match_extract',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    side: text('side').notNull(),
    fileName: text('file_name').notNull(),
    fingerprint: text('fingerprint').notNull(),
    rows: integer('rows').notNull(),
    importedAt: text('imported_at').notNull().default(now),
    importedBy: text('imported_by').notNull(),
    purgedAt: text('purged_at'),
  },
  (table) => [
    check('match_extract_side', sql`${table.side} = 'calworks' OR ${table.side} = 'cws'`),
    index('match_extract_county_idx').on(table.countyId, table.side),
  ],
);

/** One person of an extract, as read (identifiers: deleted by the purge). */
export const matchPerson = sqliteTable(
  'match_person',
  {
    extractId: integer('extract_id')
      .notNull()
      .references(() => matchExtract.id, { onDelete: 'cascade' }),
    /** Its row in the file (header = 1). */
    row: integer('row').notNull(),
    personId: text('person_id').notNull(),
    caseNumber: text('case_number').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name').notNull(),
    lastName: text('last_name').notNull(),
    dob: text('dob').notNull(),
    sex: text('sex').notNull(),
    ssn: text('ssn').notNull(),
    street: text('street').notNull(),
    zip: text('zip').notNull(),
    role: text('role').notNull(),
    cwsStatus: text('cws_status').notNull(),
    caseType: text('case_type').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.extractId, table.row] }),
    uniqueIndex('match_person_id_idx').on(table.extractId, table.personId),
  ],
);

/** A match run: its two extracts, thresholds, seed and the model it estimated (reproducible). */
export const matchRun = sqliteTable('match_run', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  countyId: integer('county_id')
    .notNull()
    .references(() => county.id),
  calworksExtractId: integer('calworks_extract_id')
    .notNull()
    .references(() => matchExtract.id),
  cwsExtractId: integer('cws_extract_id')
    .notNull()
    .references(() => matchExtract.id),
  accept: real('accept').notNull(),
  review: real('review').notNull(),
  seed: integer('seed').notNull(),
  /** Blocking counts, training sessions, m and u per level, prior, histogram: JSON. */
  modelJson: text('model_json').notNull(),
  pairsCompared: integer('pairs_compared').notNull(),
  /**
   * Its results frozen when the county purged the identifiers (family case-number pairs, counts
   * and match rates at the run's thresholds, decisions applied): JSON, null before.
   */
  purgedResultsJson: text('purged_results_json'),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull().default(now),
  actor: text('actor').notNull(),
});

/**
 * A scored pair a threshold could keep (probability ≥ the keep floor), by the two persons' rows
 * in their extracts; `pattern` packs its comparison levels (see core/matching/linkage/patterns).
 */
export const matchPair = sqliteTable(
  'match_pair',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => matchRun.id, { onDelete: 'cascade' }),
    calworksRow: integer('calworks_row').notNull(),
    cwsRow: integer('cws_row').notNull(),
    probability: real('probability').notNull(),
    pattern: integer('pattern').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.runId, table.calworksRow, table.cwsRow] }),
    index('match_pair_probability_idx').on(table.runId, table.probability),
  ],
);

/**
 * A reviewer's decision on a pair of persons, by their extracts' person ids, so it holds for
 * every later run over new extracts of the same persons (incremental matching).
 */
export const matchDecision = sqliteTable(
  'match_decision',
  {
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    calworksPersonId: text('calworks_person_id').notNull(),
    cwsPersonId: text('cws_person_id').notNull(),
    decision: text('decision').notNull(),
    decidedAt: text('decided_at').notNull().default(now),
    decidedBy: text('decided_by').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.countyId, table.calworksPersonId, table.cwsPersonId] }),
    check(
      'match_decision_value',
      sql`${table.decision} = 'match' OR ${table.decision} = 'non-match'`,
    ),
  ],
);

/**
 * A named extract layout: a column mapping a county saved to reuse, and can share with its
 * neighbours as a file. Column names only; it holds no value of any person.
 */
export const matchLayout = sqliteTable(
  'match_layout',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    countyId: integer('county_id')
      .notNull()
      .references(() => county.id),
    side: text('side').notNull(),
    name: text('name').notNull(),
    /** Extract field → header, as ExtractMappingInput accepts it. */
    mappingJson: text('mapping_json').notNull(),
    createdAt: text('created_at').notNull().default(now),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull().default(now),
    updatedBy: text('updated_by').notNull(),
    version: version(),
  },
  (table) => [
    check('match_layout_side', sql`${table.side} = 'calworks' OR ${table.side} = 'cws'`),
    uniqueIndex('match_layout_name_idx').on(table.countyId, table.side, table.name),
  ],
);
