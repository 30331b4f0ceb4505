import { and, asc, eq, sql } from 'drizzle-orm';
import { TEAM_ROLES } from '../core/program/training';
import { recordAudit } from './audit';
import type { Db } from './openDatabase';
import { teamMember } from './schema';

export type TeamMemberRow = typeof teamMember.$inferSelect;
export type TeamMemberValues = Pick<
  TeamMemberRow,
  'role' | 'program' | 'roleLabel' | 'contactNotes'
>;

const ENTITY = 'team_member';

/** Seats in the road map's order (co-chairs first), unknown roles last, within each program. */
const roleOrder = sql`CASE ${teamMember.role} ${sql.join(
  TEAM_ROLES.map((r, i) => sql`WHEN ${r.id} THEN ${i}`),
  sql` `,
)} ELSE ${TEAM_ROLES.length} END`;

export function listTeam(db: Db, countyId: number): TeamMemberRow[] {
  return db
    .select()
    .from(teamMember)
    .where(eq(teamMember.countyId, countyId))
    .orderBy(asc(teamMember.program), roleOrder, asc(teamMember.id))
    .all();
}

export function findTeamMember(db: Db, countyId: number, id: number): TeamMemberRow | undefined {
  return db
    .select()
    .from(teamMember)
    .where(and(eq(teamMember.countyId, countyId), eq(teamMember.id, id)))
    .get();
}

/** Inserts (id null) or updates a seat; the audit event holds the rows before and after. */
export function saveTeamMember(
  db: Db,
  countyId: number,
  id: number | null,
  values: TeamMemberValues,
  actor: string,
): TeamMemberRow {
  return db.transaction((tx) => {
    // The handler checked the id; a row deleted since then fails here, and nothing is written.
    const before = id === null ? undefined : findTeamMember(tx, countyId, id);
    if (id !== null && !before) throw new Error(`team_member ${id} is not in county ${countyId}`);
    const row =
      id === null
        ? tx
            .insert(teamMember)
            .values({ ...values, countyId })
            .returning()
            .get()
        : tx
            .update(teamMember)
            .set({ ...values, updatedAt: new Date().toISOString() })
            .where(and(eq(teamMember.countyId, countyId), eq(teamMember.id, id)))
            .returning()
            .get();
    recordAudit(tx, {
      actor,
      countyId,
      entity: ENTITY,
      entityId: String(row.id),
      action: before ? 'update' : 'create',
      before,
      after: row,
    });
    return row;
  });
}

export function deleteTeamMember(db: Db, member: TeamMemberRow, actor: string): void {
  db.transaction((tx) => {
    tx.delete(teamMember).where(eq(teamMember.id, member.id)).run();
    recordAudit(tx, {
      actor,
      countyId: member.countyId,
      entity: ENTITY,
      entityId: String(member.id),
      action: 'delete',
      before: member,
      after: undefined,
    });
  });
}
