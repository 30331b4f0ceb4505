import { and, asc, count, desc, eq, getTableColumns, inArray, lt, or } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import { readinessAnswer, readinessImport, readinessRespondent, readinessRound } from '../schema';

export type RoundRow = typeof readinessRound.$inferSelect;
export type RespondentRow = typeof readinessRespondent.$inferSelect;
export type NewRound = Pick<
  RoundRow,
  'countyId' | 'title' | 'heldOn' | 'notes' | 'instrumentVersion'
>;
export type RoundDetails = Pick<RoundRow, 'title' | 'heldOn' | 'notes'>;
export type RespondentDetails = Pick<RespondentRow, 'program' | 'roleLevel' | 'label'>;

export interface RespondentProgressRow extends RespondentRow {
  readonly answered: number;
}

export interface RoundSummaryRow extends RoundRow {
  readonly respondents: number;
}

export const ENTITY_ROUND = 'readiness_round';
export const ENTITY_RESPONDENT = 'readiness_respondent';

export function listRounds(db: Db, countyId: number): RoundSummaryRow[] {
  // A join, not a correlated subquery: drizzle leaves column names unqualified in single-table
  // selects, and "round_id = id" inside the subquery would compare the respondent with itself.
  return db
    .select({ ...getTableColumns(readinessRound), respondents: count(readinessRespondent.id) })
    .from(readinessRound)
    .leftJoin(readinessRespondent, eq(readinessRespondent.roundId, readinessRound.id))
    .where(eq(readinessRound.countyId, countyId))
    .groupBy(readinessRound.id)
    .orderBy(desc(readinessRound.heldOn), desc(readinessRound.id))
    .all();
}

export function findRound(db: Db, roundId: number): RoundRow | undefined {
  return db.select().from(readinessRound).where(eq(readinessRound.id, roundId)).get();
}

/**
 * The round to show a trend against: the county's latest earlier round, by date and then by the
 * order rounds were opened (two rounds can share a date), among rounds with at least one answer.
 */
export function previousRound(db: Db, round: RoundRow): RoundRow | undefined {
  const answered = db
    .select({ id: readinessRespondent.roundId })
    .from(readinessAnswer)
    .innerJoin(readinessRespondent, eq(readinessRespondent.id, readinessAnswer.respondentId));
  return db
    .select()
    .from(readinessRound)
    .where(
      and(
        eq(readinessRound.countyId, round.countyId),
        or(
          lt(readinessRound.heldOn, round.heldOn),
          and(eq(readinessRound.heldOn, round.heldOn), lt(readinessRound.id, round.id)),
        ),
        inArray(readinessRound.id, answered),
      ),
    )
    .orderBy(desc(readinessRound.heldOn), desc(readinessRound.id))
    .limit(1)
    .get();
}

export function insertRound(db: Db, values: NewRound, actor: string): RoundRow {
  return db.transaction((tx) => {
    const row = tx.insert(readinessRound).values(values).returning().get();
    recordAudit(tx, {
      actor,
      countyId: row.countyId,
      entity: ENTITY_ROUND,
      entityId: String(row.id),
      action: 'create',
      before: undefined,
      after: row,
    });
    return row;
  });
}

export function updateRound(
  db: Db,
  round: RoundRow,
  changes: Partial<RoundDetails & Pick<RoundRow, 'status'>>,
  actor: string,
): RoundRow {
  return db.transaction((tx) => {
    const row = tx
      .update(readinessRound)
      .set({
        ...changes,
        updatedAt: new Date().toISOString(),
        version: nextVersion(readinessRound),
      })
      .where(eq(readinessRound.id, round.id))
      .returning()
      .get();
    recordAudit(tx, {
      actor,
      countyId: round.countyId,
      entity: ENTITY_ROUND,
      entityId: String(round.id),
      action: 'update',
      before: round,
      after: row,
    });
    return row;
  });
}

/** Deletes the round with its respondents and answers; the audit event keeps what was removed. */
export function deleteRound(db: Db, round: RoundRow, actor: string): void {
  db.transaction((tx) => {
    const respondents = respondentsWithAnswers(tx, round.id);
    tx.delete(readinessRound).where(eq(readinessRound.id, round.id)).run();
    recordAudit(tx, {
      actor,
      countyId: round.countyId,
      entity: ENTITY_ROUND,
      entityId: String(round.id),
      action: 'delete',
      before: { round, respondents },
      after: undefined,
    });
  });
}

export function listRespondents(db: Db, roundId: number): RespondentProgressRow[] {
  return db
    .select({ ...getTableColumns(readinessRespondent), answered: count(readinessAnswer.itemId) })
    .from(readinessRespondent)
    .leftJoin(readinessAnswer, eq(readinessAnswer.respondentId, readinessRespondent.id))
    .where(eq(readinessRespondent.roundId, roundId))
    .groupBy(readinessRespondent.id)
    .orderBy(asc(readinessRespondent.id))
    .all();
}

export function findRespondent(db: Db, respondentId: number): RespondentRow | undefined {
  return db
    .select()
    .from(readinessRespondent)
    .where(eq(readinessRespondent.id, respondentId))
    .get();
}

export function insertRespondent(
  db: Db,
  round: RoundRow,
  details: RespondentDetails,
  actor: string,
): RespondentRow {
  return db.transaction((tx) => {
    const row = tx
      .insert(readinessRespondent)
      .values({ ...details, roundId: round.id, countyId: round.countyId })
      .returning()
      .get();
    recordAudit(tx, {
      actor,
      countyId: round.countyId,
      entity: ENTITY_RESPONDENT,
      entityId: String(row.id),
      action: 'create',
      before: undefined,
      after: row,
    });
    return row;
  });
}

export function updateRespondent(
  db: Db,
  respondent: RespondentRow,
  details: RespondentDetails,
  actor: string,
): RespondentRow {
  return db.transaction((tx) => {
    const row = tx
      .update(readinessRespondent)
      .set({
        ...details,
        updatedAt: new Date().toISOString(),
        version: nextVersion(readinessRespondent),
      })
      .where(eq(readinessRespondent.id, respondent.id))
      .returning()
      .get();
    recordAudit(tx, {
      actor,
      countyId: respondent.countyId,
      entity: ENTITY_RESPONDENT,
      entityId: String(respondent.id),
      action: 'update',
      before: respondent,
      after: row,
    });
    return row;
  });
}

export function deleteRespondent(db: Db, respondent: RespondentRow, actor: string): void {
  db.transaction((tx) => {
    const answers = Object.fromEntries(answersOf(tx, respondent.id));
    tx.delete(readinessRespondent).where(eq(readinessRespondent.id, respondent.id)).run();
    recordAudit(tx, {
      actor,
      countyId: respondent.countyId,
      entity: ENTITY_RESPONDENT,
      entityId: String(respondent.id),
      action: 'delete',
      before: { respondent, answers },
      after: undefined,
    });
  });
}

export function answersOf(db: Db, respondentId: number): Map<string, number> {
  const rows = db
    .select({ itemId: readinessAnswer.itemId, answer: readinessAnswer.answer })
    .from(readinessAnswer)
    .where(eq(readinessAnswer.respondentId, respondentId))
    .all();
  return new Map(rows.map((row) => [row.itemId, row.answer]));
}

/** Sets (or, with null, clears) answers of one respondent, all in one transaction. */
export function saveAnswers(
  db: Db,
  respondentId: number,
  changes: readonly { itemId: string; answer: number | null }[],
): void {
  db.transaction((tx) => {
    const now = new Date().toISOString();
    const cleared = changes.filter((c) => c.answer === null).map((c) => c.itemId);
    if (cleared.length > 0) {
      tx.delete(readinessAnswer)
        .where(
          and(
            eq(readinessAnswer.respondentId, respondentId),
            inArray(readinessAnswer.itemId, cleared),
          ),
        )
        .run();
    }
    for (const change of changes) {
      if (change.answer === null) continue;
      tx.insert(readinessAnswer)
        .values({ respondentId, itemId: change.itemId, answer: change.answer, updatedAt: now })
        .onConflictDoUpdate({
          target: [readinessAnswer.respondentId, readinessAnswer.itemId],
          set: { answer: change.answer, updatedAt: now },
        })
        .run();
    }
    tx.update(readinessRespondent)
      .set({ updatedAt: now, version: nextVersion(readinessRespondent) })
      .where(eq(readinessRespondent.id, respondentId))
      .run();
  });
}

export interface RespondentWithAnswers extends RespondentRow {
  readonly answers: Record<string, number>;
}

/** Every respondent of a round with their answers: what scoring and exports read. */
export function respondentsWithAnswers(db: Db, roundId: number): RespondentWithAnswers[] {
  const respondents = db
    .select()
    .from(readinessRespondent)
    .where(eq(readinessRespondent.roundId, roundId))
    .orderBy(asc(readinessRespondent.id))
    .all();
  if (respondents.length === 0) return [];
  // One join, not a list of ids: a round may have more respondents than SQLite has parameters.
  const answers = db
    .select({
      respondentId: readinessAnswer.respondentId,
      itemId: readinessAnswer.itemId,
      answer: readinessAnswer.answer,
    })
    .from(readinessAnswer)
    .innerJoin(readinessRespondent, eq(readinessRespondent.id, readinessAnswer.respondentId))
    .where(eq(readinessRespondent.roundId, roundId))
    .all();
  const byRespondent = new Map<number, Record<string, number>>(respondents.map((r) => [r.id, {}]));
  for (const row of answers) {
    const target = byRespondent.get(row.respondentId);
    if (target) target[row.itemId] = row.answer;
  }
  return respondents.map((r) => ({ ...r, answers: byRespondent.get(r.id) ?? {} }));
}

export type ImportOutcome =
  | { readonly status: 'imported'; readonly added: number }
  | { readonly status: 'round-missing' }
  | { readonly status: 'round-closed'; readonly title: string }
  | { readonly status: 'duplicate'; readonly fileName: string; readonly importedAt: string };

/**
 * Adds an imported file's respondents and answers in one transaction: the import lands whole or not
 * at all. The round is read again inside it (it may have been closed or deleted while the file was
 * being checked), and a file already imported into the round is refused by its hash.
 */
export function importRespondents(
  db: Db,
  roundId: number,
  file: { readonly sha256: string; readonly name: string },
  respondents: readonly (RespondentDetails & {
    answers: readonly { itemId: string; answer: number }[];
  })[],
  actor: string,
): ImportOutcome {
  return db.transaction((tx): ImportOutcome => {
    const round = findRound(tx, roundId);
    if (!round) return { status: 'round-missing' };
    if (round.status !== 'open') return { status: 'round-closed', title: round.title };
    const earlier = tx
      .select()
      .from(readinessImport)
      .where(and(eq(readinessImport.roundId, roundId), eq(readinessImport.fileSha256, file.sha256)))
      .get();
    if (earlier) {
      return { status: 'duplicate', fileName: earlier.fileName, importedAt: earlier.importedAt };
    }
    for (const { answers, ...details } of respondents) {
      const row = insertRespondent(tx, round, details, actor);
      if (answers.length > 0) saveAnswers(tx, row.id, answers);
    }
    tx.insert(readinessImport)
      .values({
        roundId,
        countyId: round.countyId,
        fileSha256: file.sha256,
        fileName: file.name,
        respondents: respondents.length,
      })
      .run();
    return { status: 'imported', added: respondents.length };
  });
}
