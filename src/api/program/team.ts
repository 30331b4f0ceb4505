import * as repo from '../../db/program/team';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { NotFound } from '../errors';
import { checkVersion } from '../recordVersion';
import type { teamContract } from './team.contract';
import { countyOrThrow } from '../county';

function memberOrThrow(ctx: ServiceContext, countyId: number, id: number): repo.TeamMemberRow {
  countyOrThrow(ctx.workbench.db, countyId);
  const member = repo.findTeamMember(ctx.workbench.db, countyId, id);
  if (!member) throw new NotFound(`This county's implementation team has no seat with id ${id}.`);
  return member;
}

/** The county's implementation team, seat by seat. */
export function countyTeam(
  ctx: ServiceContext,
  countyId: number,
): OutputOf<typeof teamContract, 'program.listTeam'> {
  countyOrThrow(ctx.workbench.db, countyId);
  return repo.listTeam(ctx.workbench.db, countyId);
}

export const teamHandlers: HandlersFor<typeof teamContract> = {
  'program.listTeam': ({ countyId }, ctx) => countyTeam(ctx, countyId),

  'program.saveTeamMember': ({ countyId, id, version, ...values }, ctx) => {
    const { db } = ctx.workbench;
    if (id === null) countyOrThrow(db, countyId);
    else {
      const stored = memberOrThrow(ctx, countyId, id);
      checkVersion(db, { what: 'team member', entity: repo.ENTITY, id, expected: version, stored });
    }
    return repo.saveTeamMember(db, countyId, id, values, ctx.actor);
  },

  'program.deleteTeamMember': ({ countyId, id }, ctx) => {
    repo.deleteTeamMember(ctx.workbench.db, memberOrThrow(ctx, countyId, id), ctx.actor);
    return { deleted: true };
  },
};
