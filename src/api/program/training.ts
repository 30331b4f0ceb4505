import { localIsoDate } from '../../core/isoDate';
import { latestTrainingDate, minutesOfHours, trainingTotals } from '../../core/program/training';
import * as repo from '../../db/program/training';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { NotFound, ValidationError } from '../errors';
import { checkVersion } from '../recordVersion';
import type { TrainingSession, trainingContract } from './training.contract';
import { countyOrThrow } from '../county';

function asSession(row: repo.TrainingSessionRow): TrainingSession {
  return { ...row, hours: row.minutes / 60 };
}

function sessionOrThrow(
  ctx: ServiceContext,
  countyId: number,
  id: number,
): repo.TrainingSessionRow {
  countyOrThrow(ctx.workbench.db, countyId);
  const session = repo.findTraining(ctx.workbench.db, countyId, id);
  if (!session) throw new NotFound(`This county's training log has no session with id ${id}.`);
  return session;
}

/** The county's joint training log, with its totals per SFY and program. */
export function trainingLog(
  ctx: ServiceContext,
  countyId: number,
): OutputOf<typeof trainingContract, 'program.listTrainings'> {
  countyOrThrow(ctx.workbench.db, countyId);
  const rows = repo.listTrainings(ctx.workbench.db, countyId);
  return { sessions: rows.map(asSession), totals: trainingTotals(rows) };
}

export const trainingHandlers: HandlersFor<typeof trainingContract> = {
  'program.listTrainings': ({ countyId }, ctx) => trainingLog(ctx, countyId),

  'program.saveTraining': ({ countyId, id, version, hours, ...values }, ctx) => {
    const { db } = ctx.workbench;
    if (id === null) countyOrThrow(db, countyId);
    else {
      const stored = sessionOrThrow(ctx, countyId, id);
      checkVersion(db, {
        what: 'training session',
        entity: repo.ENTITY,
        id,
        expected: version,
        stored,
      });
    }
    const latest = latestTrainingDate(localIsoDate(new Date()));
    if (values.heldOn > latest) {
      const message = `${values.heldOn} is more than a year from today; log sessions dated ${latest} or earlier. Is the year right?`;
      throw new ValidationError(message, [{ path: 'heldOn', message }]);
    }
    if (values.calworksAttendees + values.cwsAttendees + values.partnerAttendees === 0) {
      // Named on the first count, where the form starts asking for attendees.
      const message =
        'Record at least one attendee: CalWORKs, CWS and partner attendees are all 0.';
      throw new ValidationError(message, [{ path: 'calworksAttendees', message }]);
    }
    const row = repo.saveTraining(
      db,
      countyId,
      id,
      { ...values, minutes: minutesOfHours(hours) },
      ctx.actor,
    );
    return asSession(row);
  },

  'program.deleteTraining': ({ countyId, id }, ctx) => {
    repo.deleteTraining(ctx.workbench.db, sessionOrThrow(ctx, countyId, id), ctx.actor);
    return { deleted: true };
  },
};
