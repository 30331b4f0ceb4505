import { asc, eq, sql } from 'drizzle-orm';
import { TEAM_ROLES } from '../../core/program/training';
import { deleteAudited, findInCounty, saveAudited } from '../audited';
import type { Db } from '../openDatabase';
import { teamMember } from '../schema';

export type TeamMemberRow = typeof teamMember.$inferSelect;
export type TeamMemberValues = Pick<
  TeamMemberRow,
  'role' | 'program' | 'roleLabel' | 'contactNotes'
>;

export const ENTITY = 'team_member';

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
  return findInCounty(db, teamMember, countyId, id);
}

/** Inserts (id null) or updates; the audit event holds the rows before and after. */
export function saveTeamMember(
  db: Db,
  countyId: number,
  id: number | null,
  values: TeamMemberValues,
  actor: string,
): TeamMemberRow {
  return saveAudited(db, teamMember, ENTITY, { countyId, id, actor }, values);
}

export function deleteTeamMember(db: Db, member: TeamMemberRow, actor: string): void {
  deleteAudited(db, teamMember, ENTITY, member, actor);
}
