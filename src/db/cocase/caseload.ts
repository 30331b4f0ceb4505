/**
 * Caseloads (issue 24): which CalWORKs and CWS worker has which mutual family. One worker per
 * program per family; assigning another replaces the first. Every change is audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { appUser, caseloadAssignment, mutualFamily } from '../schema';

export type CaseloadProgram = 'calworks' | 'cws';

export interface CaseloadEntry {
  readonly familyId: number;
  readonly calworksCase: string;
  readonly cwsCase: string;
  readonly program: CaseloadProgram;
  readonly userId: number;
  readonly userName: string;
  readonly displayName: string;
  readonly assignedAt: string;
  readonly assignedBy: string;
}

const ENTITY = 'caseload_assignment';

/** The county's assignments, by family; only one user's, or one family's, when given. */
export function listCaseload(
  db: Db,
  countyId: number,
  only: { userId?: number | null; familyId?: number | undefined } = {},
): CaseloadEntry[] {
  const { userId = null, familyId } = only;
  return db
    .select({
      familyId: caseloadAssignment.familyId,
      calworksCase: mutualFamily.calworksCase,
      cwsCase: mutualFamily.cwsCase,
      program: caseloadAssignment.program,
      userId: caseloadAssignment.userId,
      userName: appUser.userName,
      displayName: appUser.displayName,
      assignedAt: caseloadAssignment.assignedAt,
      assignedBy: caseloadAssignment.assignedBy,
    })
    .from(caseloadAssignment)
    .innerJoin(mutualFamily, eq(mutualFamily.id, caseloadAssignment.familyId))
    .innerJoin(appUser, eq(appUser.id, caseloadAssignment.userId))
    .where(
      and(
        eq(caseloadAssignment.countyId, countyId),
        userId === null ? undefined : eq(caseloadAssignment.userId, userId),
        familyId === undefined ? undefined : eq(caseloadAssignment.familyId, familyId),
      ),
    )
    .orderBy(asc(mutualFamily.calworksCase), asc(caseloadAssignment.program))
    .all();
}

/** Whether the family is on the user's caseload, for either program. */
export function isOnCaseload(db: Db, familyId: number, userId: number): boolean {
  return (
    db
      .select({ id: caseloadAssignment.id })
      .from(caseloadAssignment)
      .where(and(eq(caseloadAssignment.familyId, familyId), eq(caseloadAssignment.userId, userId)))
      .get() !== undefined
  );
}

/** The county's families with this case number on the program's side. */
export function familiesByCase(
  db: Db,
  countyId: number,
  program: CaseloadProgram,
  caseNumber: string,
) {
  const column = program === 'calworks' ? mutualFamily.calworksCase : mutualFamily.cwsCase;
  return db
    .select()
    .from(mutualFamily)
    .where(and(eq(mutualFamily.countyId, countyId), eq(column, caseNumber)))
    .all();
}

function current(db: Db, familyId: number, program: CaseloadProgram) {
  return db
    .select()
    .from(caseloadAssignment)
    .where(and(eq(caseloadAssignment.familyId, familyId), eq(caseloadAssignment.program, program)))
    .get();
}

/** Assigns the worker to the family for the program, in place of whoever had it. */
export function assignWorker(
  db: Db,
  assignment: { countyId: number; familyId: number; program: CaseloadProgram; userId: number },
  actor: string,
): void {
  db.transaction((tx) => {
    const before = current(tx, assignment.familyId, assignment.program);
    if (before) tx.delete(caseloadAssignment).where(eq(caseloadAssignment.id, before.id)).run();
    const after = tx
      .insert(caseloadAssignment)
      .values({ ...assignment, assignedBy: actor })
      .returning()
      .get();
    recordAudit(tx, {
      actor,
      countyId: assignment.countyId,
      entity: ENTITY,
      entityId: `${assignment.familyId}:${assignment.program}`,
      action: before ? 'update' : 'create',
      before: before && { userId: before.userId },
      after: { userId: after.userId },
    });
  });
}

/** Ends the family's assignment for the program; false when there was none. */
export function unassignWorker(
  db: Db,
  countyId: number,
  familyId: number,
  program: CaseloadProgram,
  actor: string,
): boolean {
  return db.transaction((tx) => {
    const before = current(tx, familyId, program);
    if (!before) return false;
    tx.delete(caseloadAssignment).where(eq(caseloadAssignment.id, before.id)).run();
    recordAudit(tx, {
      actor,
      countyId,
      entity: ENTITY,
      entityId: `${familyId}:${program}`,
      action: 'delete',
      before: { userId: before.userId },
      after: undefined,
    });
    return true;
  });
}
