import { caseloadProgramsIn, ROLE_LABELS, rolesIn } from '../../core/system/roles';
import {
  assignWorker,
  familiesByCase,
  listCaseload,
  unassignWorker,
} from '../../db/cocase/caseload';
import { findMutualFamily } from '../../db/cocase/plans';
import { findUserByName, listUsers } from '../../db/system/users';
import type { HandlersFor } from '../context';
import { countyOrThrow } from '../county';
import { fieldError, NotFound } from '../errors';
import type { caseloadContract } from './caseload.contract';

const SIDE = { calworks: 'CalWORKs', cws: 'CWS' } as const;

export const caseloadHandlers: HandlersFor<typeof caseloadContract> = {
  'cocase.caseload': ({ countyId, mine, familyId }, { workbench, caller }) => {
    countyOrThrow(workbench.db, countyId);
    // The local user of a single-user shell has no caseload of their own: they see the county's.
    const userId = mine ? caller.userId : null;
    return listCaseload(workbench.db, countyId, { userId, familyId }).map(
      ({ userId: _id, ...entry }) => entry,
    );
  },

  'cocase.workers': ({ countyId }, { workbench }) => {
    countyOrThrow(workbench.db, countyId);
    // A disabled user cannot sign in to work a caseload, so is not offered.
    return listUsers(workbench.db).flatMap((user) => {
      const programs = caseloadProgramsIn(user.grants, countyId);
      return user.disabled || programs.length === 0
        ? []
        : [{ userName: user.userName, displayName: user.displayName, programs }];
    });
  },

  'cocase.assignWorker': ({ countyId, program, caseNumber, userName }, { workbench, actor }) => {
    const county = countyOrThrow(workbench.db, countyId);
    const families = familiesByCase(workbench.db, countyId, program, caseNumber);
    if (families.length === 0) {
      throw fieldError(
        'caseNumber',
        `No mutual family in ${county.name} County has ${SIDE[program]} case ${caseNumber}.`,
      );
    }
    const user = findUserByName(workbench.db, userName);
    if (!user || user.disabled || !rolesIn(user.grants, countyId).has(program)) {
      throw fieldError(
        'userName',
        `${userName} is not a ${ROLE_LABELS[program]} user of ${county.name} County who can sign in.`,
      );
    }
    for (const family of families) {
      assignWorker(
        workbench.db,
        { countyId, familyId: family.id, program, userId: user.id },
        actor,
      );
    }
    return { assigned: families.length };
  },

  'cocase.unassignWorker': ({ familyId, program }, { workbench, actor }) => {
    const family = findMutualFamily(workbench.db, familyId);
    if (!family) throw new NotFound(`There is no mutual family with id ${familyId}.`);
    return { ended: unassignWorker(workbench.db, family.countyId, familyId, program, actor) };
  },
};
