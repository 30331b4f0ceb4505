/**
 * The matching area's tables: extracts and their persons (identifiers, until purged), runs and
 * their scored pairs. Bulk writes use prepared statements inside the caller's transaction.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type Sqlite from 'better-sqlite3';
import type { ExtractPerson, ExtractSide } from '../../core/matching/linkage/extract';
import type { Db } from '../openDatabase';
import { matchDecision, matchExtract, matchRun } from '../schema';

export type MatchExtractRow = typeof matchExtract.$inferSelect;
export type MatchRunRow = typeof matchRun.$inferSelect;

export function listExtracts(db: Db, countyId: number): MatchExtractRow[] {
  return db
    .select()
    .from(matchExtract)
    .where(eq(matchExtract.countyId, countyId))
    .orderBy(desc(matchExtract.id))
    .all();
}

export function findExtract(db: Db, extractId: number): MatchExtractRow | undefined {
  return db.select().from(matchExtract).where(eq(matchExtract.id, extractId)).get();
}

/** The county's unpurged extract of this side with the same bytes, if any. */
export function findSameExtract(
  db: Db,
  countyId: number,
  side: ExtractSide,
  fingerprint: string,
): MatchExtractRow | undefined {
  return db
    .select()
    .from(matchExtract)
    .where(
      and(
        eq(matchExtract.countyId, countyId),
        eq(matchExtract.side, side),
        eq(matchExtract.fingerprint, fingerprint),
        isNull(matchExtract.purgedAt),
      ),
    )
    .get();
}

/** Adds persons of an extract one at a time (inside the caller's transaction). */
export function personWriter(sqlite: Sqlite.Database, extractId: number) {
  const insert = sqlite.prepare(
    `INSERT INTO match_person (extract_id, row, person_id, case_number, first_name, middle_name,
       last_name, dob, sex, ssn, street, zip, role, cws_status, case_type)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (row: number, p: ExtractPerson) =>
    insert.run(
      extractId,
      row,
      p.personId,
      p.caseNumber,
      p.firstName,
      p.middleName,
      p.lastName,
      p.dob,
      p.sex,
      p.ssn,
      p.street,
      p.zip,
      p.role,
      p.cwsStatus,
      p.caseType,
    );
}

/** An extract's persons in row order, with their rows. */
export function* extractPersons(
  sqlite: Sqlite.Database,
  extractId: number,
): Generator<{ row: number; person: ExtractPerson }> {
  const rows = sqlite
    .prepare(
      `SELECT row, person_id AS personId, case_number AS caseNumber, first_name AS firstName,
         middle_name AS middleName, last_name AS lastName, dob, sex, ssn, street, zip, role,
         cws_status AS cwsStatus, case_type AS caseType
       FROM match_person WHERE extract_id = ? ORDER BY row`,
    )
    .iterate(extractId) as IterableIterator<ExtractPerson & { row: number }>;
  for (const { row, ...person } of rows) yield { row, person };
}

export function listRuns(db: Db, countyId: number): MatchRunRow[] {
  return db
    .select()
    .from(matchRun)
    .where(eq(matchRun.countyId, countyId))
    .orderBy(desc(matchRun.id))
    .all();
}

export function findRun(db: Db, runId: number): MatchRunRow | undefined {
  return db.select().from(matchRun).where(eq(matchRun.id, runId)).get();
}

export interface StoredPair {
  readonly calworksRow: number;
  readonly cwsRow: number;
  readonly probability: number;
  readonly pattern: number;
}

/** Adds scored pairs of a run (inside the caller's transaction). */
export function pairWriter(sqlite: Sqlite.Database, runId: number) {
  const insert = sqlite.prepare(
    'INSERT INTO match_pair (run_id, calworks_row, cws_row, probability, pattern) VALUES (?, ?, ?, ?, ?)',
  );
  return (pair: StoredPair) =>
    insert.run(runId, pair.calworksRow, pair.cwsRow, pair.probability, pair.pattern);
}

export function runPairs(sqlite: Sqlite.Database, runId: number): StoredPair[] {
  return sqlite
    .prepare(
      `SELECT calworks_row AS calworksRow, cws_row AS cwsRow, probability, pattern
       FROM match_pair WHERE run_id = ?`,
    )
    .all(runId) as StoredPair[];
}

/** Role and CWS status of each person by row: what match rates count (no identifiers). */
export interface PersonKeys {
  readonly row: number;
  readonly personId: string;
  readonly caseNumber: string;
  readonly role: string;
  readonly cwsStatus: string;
  readonly caseType: string;
}

/** Ids, case, role and CWS status of each person by row: what results count (no names). */
export function extractKeys(sqlite: Sqlite.Database, extractId: number): PersonKeys[] {
  return sqlite
    .prepare(
      `SELECT row, person_id AS personId, case_number AS caseNumber, role, cws_status AS cwsStatus,
         case_type AS caseType
       FROM match_person WHERE extract_id = ? ORDER BY row`,
    )
    .all(extractId) as PersonKeys[];
}

export type Decision = 'match' | 'non-match';
export const decisionKey = (calworksPersonId: string, cwsPersonId: string) =>
  `${calworksPersonId}\u0000${cwsPersonId}`;

/** The county's review decisions, by decisionKey. */
export function countyDecisions(db: Db, countyId: number): Map<string, Decision> {
  const rows = db.select().from(matchDecision).where(eq(matchDecision.countyId, countyId)).all();
  return new Map(
    rows.map((r) => [decisionKey(r.calworksPersonId, r.cwsPersonId), r.decision as Decision]),
  );
}

/** Records a decision, or with null takes it back. */
export function setDecision(
  db: Db,
  pair: { countyId: number; calworksPersonId: string; cwsPersonId: string },
  decision: Decision | null,
  actor: string,
): void {
  const where = and(
    eq(matchDecision.countyId, pair.countyId),
    eq(matchDecision.calworksPersonId, pair.calworksPersonId),
    eq(matchDecision.cwsPersonId, pair.cwsPersonId),
  );
  if (decision === null) {
    db.delete(matchDecision).where(where).run();
    return;
  }
  db.insert(matchDecision)
    .values({ ...pair, decision, decidedBy: actor })
    .onConflictDoUpdate({
      target: [matchDecision.countyId, matchDecision.calworksPersonId, matchDecision.cwsPersonId],
      set: { decision, decidedBy: actor, decidedAt: new Date().toISOString() },
    })
    .run();
}

/** Persons of an extract by row, as read (identifiers: for the review screen only). */
export function personsAtRows(
  sqlite: Sqlite.Database,
  extractId: number,
  rows: readonly number[],
): Map<number, ExtractPerson> {
  const select = sqlite.prepare(
    `SELECT person_id AS personId, case_number AS caseNumber, first_name AS firstName,
       middle_name AS middleName, last_name AS lastName, dob, sex, ssn, street, zip, role,
       cws_status AS cwsStatus, case_type AS caseType
     FROM match_person WHERE extract_id = ? AND row = ?`,
  );
  const persons = new Map<number, ExtractPerson>();
  for (const row of rows) {
    const person = select.get(extractId, row) as ExtractPerson | undefined;
    if (person) persons.set(row, person);
  }
  return persons;
}

/**
 * Deletes the county's identifiers in one transaction: every person of its extracts, the scored
 * pairs (they point at persons) and the review decisions (by person id). Each run keeps the
 * results given for it (case-number pairs and aggregates); extracts keep their file record.
 */
export function purgeIdentifiers(
  workbench: { db: Db; sqlite: Sqlite.Database },
  countyId: number,
  frozenResults: ReadonlyMap<number, string>,
): { extracts: number; persons: number } {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    for (const [runId, json] of frozenResults) {
      db.update(matchRun).set({ purgedResultsJson: json }).where(eq(matchRun.id, runId)).run();
    }
    const runs = listRuns(db, countyId).map((run) => run.id);
    const deletePairs = sqlite.prepare('DELETE FROM match_pair WHERE run_id = ?');
    for (const runId of runs) deletePairs.run(runId);
    const extracts = listExtracts(db, countyId).filter((e) => e.purgedAt === null);
    let persons = 0;
    const deletePersons = sqlite.prepare('DELETE FROM match_person WHERE extract_id = ?');
    for (const extract of extracts) persons += deletePersons.run(extract.id).changes;
    db.update(matchExtract)
      .set({ purgedAt: new Date().toISOString() })
      .where(and(eq(matchExtract.countyId, countyId), isNull(matchExtract.purgedAt)))
      .run();
    db.delete(matchDecision).where(eq(matchDecision.countyId, countyId)).run();
    return { extracts: extracts.length, persons };
  })();
}
