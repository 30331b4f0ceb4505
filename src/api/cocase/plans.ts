/**
 * Linked case plan tracking: the overlay on each mutual family (joint meetings, coordinated plan,
 * barriers) and the worklists made from it. Case numbers only; every change audited.
 */
import { worklists, type BarrierKind } from '../../core/cocase/worklists';
import { addedEventProblem, removedEventProblem } from '../../core/cocase/evaluation/outcomeEvent';
import { localIsoDate } from '../../core/isoDate';
import {
  familyBarriers,
  familyByCases,
  familyMeetings,
  findBarrier,
  findMeeting,
  findMutualFamily,
  firstRecordedDay,
  saveBarrier,
  saveMeeting,
  saveMutualFamily,
  savePlan,
  worklistRows,
  type FamilyBarrierRow,
  type JointMeetingRow,
} from '../../db/cocase/plans';
import { changeOutcome, familyOutcomes } from '../../db/cocase/repository';
import { familyServices, unlinkedLedgerRows } from '../../db/cocase/services';
import { serviceView } from './services';
import { familyRecord } from './handlers';
import type { cocasePlansContract } from './plans.contract';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { NotFound } from '../errors';
import { fieldError } from '../errors';
import { checkVersion } from '../recordVersion';
import { countyOrThrow } from '../county';

function familyOrThrow(ctx: ServiceContext, familyId: number) {
  const family = findMutualFamily(ctx.workbench.db, familyId);
  if (!family) throw new NotFound(`There is no mutual family ${familyId}.`);
  return family;
}

/** Co-case work starts when the family joins Linkages: nothing is dated before it. */
function notBeforeStart(startDate: string, date: string, field: string) {
  if (date < startDate) {
    throw fieldError(field, `The family joined on ${startDate}; this date is before it.`);
  }
}

const meetingView = (m: JointMeetingRow) => ({
  meetingId: m.id,
  date: m.date,
  calworksAttended: m.calworksAttended,
  cwsAttended: m.cwsAttended,
  othersAttended: m.othersAttended,
  decisions: m.decisions,
  nextReviewDue: m.nextReviewDue,
  version: m.version,
});

const barrierView = (b: FamilyBarrierRow) => ({
  barrierId: b.id,
  kind: b.kind,
  openedOn: b.openedOn,
  resolvedOn: b.resolvedOn,
  note: b.note,
  version: b.version,
});

/**
 * The county's worklists as of a day (by default today): reviews due within `dueWithinDays`,
 * families without a plan after `planWithinDays`, open barriers.
 */
export function countyWorklists(
  ctx: ServiceContext,
  countyId: number,
  {
    asOf,
    dueWithinDays,
    planWithinDays,
    mine = false,
  }: {
    asOf?: string | undefined;
    dueWithinDays: number;
    planWithinDays: number;
    mine?: boolean;
  },
): OutputOf<typeof cocasePlansContract, 'cocase.worklists'> {
  countyOrThrow(ctx.workbench.db, countyId);
  const day = asOf ?? localIsoDate(new Date());
  // The local user of a single-user shell has no caseload of their own: they see the county's.
  const caseloadOf = mine ? ctx.caller.userId : null;
  const rows = worklistRows(ctx.workbench.sqlite, countyId, caseloadOf);
  const lists = worklists(
    rows.families,
    rows.meetings,
    rows.barriers.map((b) => ({ ...b, kind: b.kind as BarrierKind })),
    { asOf: day, dueWithinDays, planWithinDays },
  );
  const cases = new Map(
    rows.families.map((f) => [f.familyId, { calworksCase: f.calworksCase, cwsCase: f.cwsCase }]),
  );
  const withCases = <T extends { familyId: number }>(row: T) => ({
    ...row,
    ...(cases.get(row.familyId) ?? { calworksCase: '', cwsCase: '' }),
  });
  return {
    asOf: day,
    reviews: lists.reviews.map(withCases),
    withoutPlan: lists.withoutPlan.map(withCases),
    openBarriers: lists.openBarriers.map(withCases),
  };
}

export const cocasePlansHandlers: Omit<
  HandlersFor<typeof cocasePlansContract>,
  'cocase.saveService'
> = {
  'cocase.family': ({ familyId }, ctx) => {
    const family = familyOrThrow(ctx, familyId);
    return {
      family: familyRecord(family),
      plan: {
        coordinatedPlanOn: family.coordinatedPlanOn,
        wtwAligned: family.wtwAligned,
        wtwAlignedNote: family.wtwAlignedNote,
        version: family.version,
      },
      meetings: familyMeetings(ctx.workbench.db, familyId).map(meetingView),
      barriers: familyBarriers(ctx.workbench.db, familyId).map(barrierView),
      services: familyServices(ctx.workbench.db, familyId).map(serviceView),
      outcomes: familyOutcomes(ctx.workbench.sqlite, familyId),
      unlinkedLedgerRows: unlinkedLedgerRows(ctx.workbench.sqlite, family.countyId, [
        family.calworksCase,
        family.cwsCase,
      ]),
    };
  },

  'cocase.addOutcome': ({ familyId, kind, date }, ctx) => {
    const family = familyOrThrow(ctx, familyId);
    const recorded = familyOutcomes(ctx.workbench.sqlite, familyId);
    const problem = addedEventProblem({ kind, date }, family.startDate, recorded);
    if (problem) throw fieldError('date', `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
    const outcomeId = changeOutcome(
      ctx.workbench,
      { actor: ctx.actor, countyId: family.countyId },
      { add: { familyId, kind, date } },
    );
    return { outcomeId, kind, date, importFileName: null };
  },

  'cocase.removeOutcome': ({ familyId, outcomeId }, ctx) => {
    const family = familyOrThrow(ctx, familyId);
    const recorded = familyOutcomes(ctx.workbench.sqlite, familyId);
    const removed = recorded.find((e) => e.outcomeId === outcomeId);
    if (!removed) throw new NotFound(`Outcome ${outcomeId} is not one of this family’s.`);
    const problem = removedEventProblem(removed, recorded);
    if (problem) {
      throw fieldError('outcomeId', `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
    }
    changeOutcome(
      ctx.workbench,
      { actor: ctx.actor, countyId: family.countyId },
      { remove: { outcomeId, familyId } },
    );
    return { removed: outcomeId };
  },

  'cocase.saveMeeting': ({ familyId, meetingId, version, ...values }, ctx) => {
    const family = familyOrThrow(ctx, familyId);
    if (meetingId !== null) {
      const stored = findMeeting(ctx.workbench.db, familyId, meetingId);
      if (!stored) throw new NotFound(`Meeting ${meetingId} is not one of this family’s.`);
      checkVersion(ctx.workbench.db, {
        what: 'meeting',
        entity: 'joint_meeting',
        id: meetingId,
        expected: version,
        stored,
      });
    }
    notBeforeStart(family.startDate, values.date, 'date');
    if (!values.calworksAttended && !values.cwsAttended) {
      throw fieldError('cwsAttended', 'A joint meeting has someone from CalWORKs or CWS at it.');
    }
    const saved = saveMeeting(
      ctx.workbench,
      { actor: ctx.actor, countyId: family.countyId },
      meetingId,
      { familyId, ...values },
    );
    if (!saved) throw new NotFound(`Meeting ${meetingId} is not one of this family’s.`);
    return meetingView(saved);
  },

  'cocase.savePlan': ({ familyId, version, ...plan }, ctx) => {
    const family = familyOrThrow(ctx, familyId);
    checkVersion(ctx.workbench.db, {
      what: 'family’s record',
      entity: 'mutual_family',
      id: familyId,
      expected: version,
      stored: family,
    });
    if (plan.coordinatedPlanOn) {
      notBeforeStart(family.startDate, plan.coordinatedPlanOn, 'coordinatedPlanOn');
    }
    const saved = savePlan(
      ctx.workbench,
      { actor: ctx.actor, countyId: family.countyId },
      familyId,
      plan,
    );
    if (!saved) throw new NotFound(`There is no mutual family ${familyId}.`);
    return {
      coordinatedPlanOn: saved.coordinatedPlanOn,
      wtwAligned: saved.wtwAligned,
      wtwAlignedNote: saved.wtwAlignedNote,
      version: saved.version,
    };
  },

  'cocase.saveFamily': ({ countyId, familyId, version, ...values }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    if (familyId !== null) {
      const stored = findMutualFamily(ctx.workbench.db, familyId);
      if (stored?.countyId !== countyId) {
        throw new NotFound(`This county has no mutual family ${familyId}.`);
      }
      checkVersion(ctx.workbench.db, {
        what: 'family’s record',
        entity: 'mutual_family',
        id: familyId,
        expected: version,
        stored,
      });
    }
    const same = familyByCases(ctx.workbench.db, countyId, values.calworksCase, values.cwsCase);
    if (same && same.id !== familyId) {
      throw fieldError(
        'cwsCase',
        `This county already records the family ${values.calworksCase} / ${values.cwsCase}.`,
      );
    }
    if (familyId !== null) {
      const first = firstRecordedDay(ctx.workbench.sqlite, familyId);
      if (first !== null && first < values.startDate) {
        throw fieldError(
          'startDate',
          `The family has co-case records or outcomes from ${first}; it cannot have joined after that.`,
        );
      }
    }
    const saved = saveMutualFamily(ctx.workbench, { actor: ctx.actor, countyId }, familyId, values);
    if (!saved) throw new NotFound(`This county has no mutual family ${familyId}.`);
    return familyRecord(saved);
  },

  // Unlike meetings and services, a barrier may be dated before the family joined: a sanction or
  // a housing loss often is why it joined.
  'cocase.saveBarrier': ({ familyId, barrierId, version, ...values }, ctx) => {
    const family = familyOrThrow(ctx, familyId);
    if (barrierId !== null) {
      const stored = findBarrier(ctx.workbench.db, familyId, barrierId);
      if (!stored) throw new NotFound(`Barrier ${barrierId} is not one of this family’s.`);
      checkVersion(ctx.workbench.db, {
        what: 'barrier',
        entity: 'family_barrier',
        id: barrierId,
        expected: version,
        stored,
      });
    }
    const saved = saveBarrier(
      ctx.workbench,
      { actor: ctx.actor, countyId: family.countyId },
      barrierId,
      { familyId, ...values },
    );
    if (!saved) throw new NotFound(`Barrier ${barrierId} is not one of this family’s.`);
    return barrierView(saved);
  },

  'cocase.worklists': ({ countyId, ...options }, ctx) => countyWorklists(ctx, countyId, options),
};
