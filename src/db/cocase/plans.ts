/**
 * The overlay co-case work keeps on a mutual family (the WtW plan and the CWS case plan stay in
 * their own systems): joint meetings, the coordinated plan, and barriers. Every change is one
 * transaction with its audit event (before and after).
 */
import type Sqlite from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import { familyBarrier, jointMeeting, mutualFamily } from '../schema';

export type JointMeetingRow = typeof jointMeeting.$inferSelect;
export type FamilyBarrierRow = typeof familyBarrier.$inferSelect;
export type MeetingValues = Omit<
  typeof jointMeeting.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'version'
>;
export type BarrierValues = Omit<
  typeof familyBarrier.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'version'
>;

interface Change {
  readonly actor: string;
  readonly countyId: number;
}

export function findMutualFamily(db: Db, familyId: number) {
  return db.select().from(mutualFamily).where(eq(mutualFamily.id, familyId)).get();
}

export function findMeeting(db: Db, familyId: number, meetingId: number) {
  return db
    .select()
    .from(jointMeeting)
    .where(and(eq(jointMeeting.id, meetingId), eq(jointMeeting.familyId, familyId)))
    .get();
}

export function findBarrier(db: Db, familyId: number, barrierId: number) {
  return db
    .select()
    .from(familyBarrier)
    .where(and(eq(familyBarrier.id, barrierId), eq(familyBarrier.familyId, familyId)))
    .get();
}

export function familyMeetings(db: Db, familyId: number): JointMeetingRow[] {
  return db
    .select()
    .from(jointMeeting)
    .where(eq(jointMeeting.familyId, familyId))
    .orderBy(asc(jointMeeting.date), asc(jointMeeting.id))
    .all();
}

export function familyBarriers(db: Db, familyId: number): FamilyBarrierRow[] {
  return db
    .select()
    .from(familyBarrier)
    .where(eq(familyBarrier.familyId, familyId))
    .orderBy(asc(familyBarrier.openedOn), asc(familyBarrier.id))
    .all();
}

const stamp = () => new Date().toISOString();

/**
 * Adds a row (id null) or changes one of the family's, with its audit event; undefined when the
 * id is not one of the family's.
 */
export function auditedSave<R extends { id: number }>(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: Change,
  entity: string,
  id: number | null,
  rows: { before: () => R | undefined; insert: () => R; update: () => R },
): R | undefined {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    const before = id === null ? undefined : rows.before();
    if (id !== null && !before) return undefined;
    const after = id === null ? rows.insert() : rows.update();
    recordAudit(db, {
      ...change,
      entity,
      entityId: String(after.id),
      action: id === null ? 'create' : 'update',
      before,
      after,
    });
    return after;
  })();
}

export function saveMeeting(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: Change,
  id: number | null,
  values: MeetingValues,
): JointMeetingRow | undefined {
  const { db } = workbench;
  const mine = and(eq(jointMeeting.id, id ?? 0), eq(jointMeeting.familyId, values.familyId));
  return auditedSave(workbench, change, 'joint_meeting', id, {
    before: () => db.select().from(jointMeeting).where(mine).get(),
    insert: () => db.insert(jointMeeting).values(values).returning().get(),
    update: () =>
      db
        .update(jointMeeting)
        .set({ ...values, updatedAt: stamp(), version: nextVersion(jointMeeting) })
        .where(mine)
        .returning()
        .get(),
  });
}

/** A barrier added or changed (to resolve it, say). */
export function saveBarrier(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: Change,
  id: number | null,
  values: BarrierValues,
): FamilyBarrierRow | undefined {
  const { db } = workbench;
  const mine = and(eq(familyBarrier.id, id ?? 0), eq(familyBarrier.familyId, values.familyId));
  return auditedSave(workbench, change, 'family_barrier', id, {
    before: () => db.select().from(familyBarrier).where(mine).get(),
    insert: () => db.insert(familyBarrier).values(values).returning().get(),
    update: () =>
      db
        .update(familyBarrier)
        .set({ ...values, updatedAt: stamp(), version: nextVersion(familyBarrier) })
        .where(mine)
        .returning()
        .get(),
  });
}

/** The coordinated plan and WtW alignment of a family. */
export function savePlan(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: Change,
  familyId: number,
  plan: { coordinatedPlanOn: string | null; wtwAligned: boolean | null; wtwAlignedNote: string },
) {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    const before = findMutualFamily(db, familyId);
    if (!before) return undefined;
    const after = db
      .update(mutualFamily)
      .set({ ...plan, updatedAt: stamp(), version: nextVersion(mutualFamily) })
      .where(eq(mutualFamily.id, familyId))
      .returning()
      .get();
    recordAudit(db, {
      ...change,
      entity: 'mutual_family',
      entityId: String(familyId),
      action: 'update',
      before,
      after,
    });
    return after;
  })();
}

/**
 * What the county's worklists are made from: its families, meetings and barriers the worklists rank; only the families on one
 * worker's caseload when `caseloadOf` names them (issue 24: a worker's lists default to theirs).
 */
export function worklistRows(
  sqlite: Sqlite.Database,
  countyId: number,
  caseloadOf: number | null = null,
) {
  const onCaseload = `(@userId IS NULL OR f.id IN
    (SELECT family_id FROM caseload_assignment WHERE user_id = @userId))`;
  const params = { countyId, userId: caseloadOf };
  const families = sqlite
    .prepare(
      `SELECT id AS familyId, calworks_case AS calworksCase, cws_case AS cwsCase,
         start_date AS startDate, end_date AS endDate, coordinated_plan_on AS coordinatedPlanOn
       FROM mutual_family f WHERE county_id = @countyId AND ${onCaseload}`,
    )
    .all(params) as {
    familyId: number;
    calworksCase: string;
    cwsCase: string;
    startDate: string;
    endDate: string | null;
    coordinatedPlanOn: string | null;
  }[];
  const meetings = sqlite
    .prepare(
      `SELECT m.id AS meetingId, m.family_id AS familyId, m.date AS date,
         m.next_review_due AS nextReviewDue
       FROM joint_meeting m JOIN mutual_family f ON f.id = m.family_id
       WHERE f.county_id = @countyId AND ${onCaseload}`,
    )
    .all(params) as {
    meetingId: number;
    familyId: number;
    date: string;
    nextReviewDue: string | null;
  }[];
  const barriers = sqlite
    .prepare(
      `SELECT b.id AS barrierId, b.family_id AS familyId, b.kind AS kind, b.opened_on AS openedOn,
         b.resolved_on AS resolvedOn
       FROM family_barrier b JOIN mutual_family f ON f.id = b.family_id
       WHERE f.county_id = @countyId AND ${onCaseload}`,
    )
    .all(params) as {
    barrierId: number;
    familyId: number;
    kind: string;
    openedOn: string;
    resolvedOn: string | null;
  }[];
  return { families, meetings, barriers };
}

/** A mutual family added by hand (id null) or changed: case numbers, tier, group, dates, roles. */
export function saveMutualFamily(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: Change,
  id: number | null,
  values: Pick<
    typeof mutualFamily.$inferInsert,
    | 'calworksCase'
    | 'cwsCase'
    | 'tier'
    | 'group'
    | 'startDate'
    | 'endDate'
    | 'calworksWorker'
    | 'cwsWorker'
  >,
) {
  const { db } = workbench;
  const mine = and(eq(mutualFamily.id, id ?? 0), eq(mutualFamily.countyId, change.countyId));
  return auditedSave(workbench, change, 'mutual_family', id, {
    before: () => db.select().from(mutualFamily).where(mine).get(),
    insert: () =>
      db
        .insert(mutualFamily)
        .values({ ...values, countyId: change.countyId })
        .returning()
        .get(),
    update: () =>
      db
        .update(mutualFamily)
        .set({ ...values, updatedAt: stamp(), version: nextVersion(mutualFamily) })
        .where(mine)
        .returning()
        .get(),
  });
}

/** The first day anything is recorded for a family (meeting, service, outcome), or null. */
export function firstRecordedDay(sqlite: Sqlite.Database, familyId: number): string | null {
  return sqlite
    .prepare(
      `SELECT min(day) FROM (
         SELECT min(date) AS day FROM joint_meeting WHERE family_id = ?
         UNION ALL SELECT min(date) FROM family_service WHERE family_id = ?
         UNION ALL SELECT min(date) FROM family_outcome WHERE family_id = ?)`,
    )
    .pluck()
    .get(familyId, familyId, familyId) as string | null;
}

/** The family recorded under these case numbers in the county, if any. */
export function familyByCases(db: Db, countyId: number, calworksCase: string, cwsCase: string) {
  return db
    .select()
    .from(mutualFamily)
    .where(
      and(
        eq(mutualFamily.countyId, countyId),
        eq(mutualFamily.calworksCase, calworksCase),
        eq(mutualFamily.cwsCase, cwsCase),
      ),
    )
    .get();
}
