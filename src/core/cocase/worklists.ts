/**
 * The co-case worklists ("tracking ongoing co-case management requires special actions"): joint
 * reviews due or overdue, families still without a coordinated plan some days after they joined,
 * and open barriers by age. Pure: families, meetings and barriers in, rows out, oldest first.
 */
import { daysInclusive } from '../calendarDays';

/** The barriers co-case work tracks, each until it is resolved. */
export const BARRIER_KINDS = [
  'sanction',
  'housing',
  'mental-health',
  'alcohol-drugs',
  'domestic-violence',
  'child-care',
  'transportation',
] as const;

export type BarrierKind = (typeof BARRIER_KINDS)[number];

export const BARRIER_LABELS: Record<BarrierKind, string> = {
  sanction: 'Sanction',
  housing: 'Housing',
  'mental-health': 'Mental health',
  'alcohol-drugs': 'Alcohol and other drugs',
  'domestic-violence': 'Domestic violence',
  'child-care': 'Child care',
  transportation: 'Transportation',
};

export interface WorklistFamily {
  readonly familyId: number;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly coordinatedPlanOn: string | null;
}

export interface WorklistMeeting {
  /** Of two meetings on one day, the one recorded later (higher id) is the latest. */
  readonly meetingId: number;
  readonly familyId: number;
  readonly date: string;
  readonly nextReviewDue: string | null;
}

export interface WorklistBarrier {
  readonly barrierId: number;
  readonly familyId: number;
  readonly kind: BarrierKind;
  readonly openedOn: string;
  readonly resolvedOn: string | null;
}

export interface WorklistOptions {
  readonly asOf: string;
  /** Reviews due within this many days are listed with the overdue ones. */
  readonly dueWithinDays: number;
  /** A family without a coordinated plan this many days after joining is listed. */
  readonly planWithinDays: number;
}

/** Days from a to b, b later: 0 on the same day. */
const daysBetween = (a: string, b: string) => daysInclusive(a, b) - 1;

const inLinkages = (family: WorklistFamily, asOf: string) =>
  family.startDate <= asOf && (family.endDate === null || family.endDate >= asOf);

export function worklists(
  families: readonly WorklistFamily[],
  meetings: readonly WorklistMeeting[],
  barriers: readonly WorklistBarrier[],
  options: WorklistOptions,
) {
  const { asOf } = options;
  const current = new Map(families.filter((f) => inLinkages(f, asOf)).map((f) => [f.familyId, f]));

  // The review a family is waiting for is the one its latest meeting held by the day set. Lists
  // as of an earlier day show what stood then: later meetings, plans and resolutions do not count.
  const latest = new Map<number, WorklistMeeting>();
  for (const meeting of meetings) {
    if (meeting.date > asOf) continue;
    const before = latest.get(meeting.familyId);
    const later =
      !before ||
      meeting.date > before.date ||
      (meeting.date === before.date && meeting.meetingId > before.meetingId);
    if (later) latest.set(meeting.familyId, meeting);
  }
  const reviews = [...latest.values()]
    .filter((m) => current.has(m.familyId) && m.nextReviewDue !== null)
    .map((m) => {
      const due = m.nextReviewDue ?? asOf;
      const overdueDays = due < asOf ? daysBetween(due, asOf) : 0;
      const inDays = due >= asOf ? daysBetween(asOf, due) : 0;
      return {
        familyId: m.familyId,
        lastMeeting: m.date,
        due,
        status: overdueDays > 0 ? ('overdue' as const) : ('due' as const),
        overdueDays,
        inDays,
      };
    })
    .filter((r) => r.status === 'overdue' || r.inDays <= options.dueWithinDays)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.familyId - b.familyId));

  const withoutPlan = [...current.values()]
    .filter((f) => f.coordinatedPlanOn === null || f.coordinatedPlanOn > asOf)
    .map((f) => ({
      familyId: f.familyId,
      startDate: f.startDate,
      days: daysBetween(f.startDate, asOf),
    }))
    .filter((f) => f.days >= options.planWithinDays)
    .sort((a, b) => b.days - a.days || a.familyId - b.familyId);

  const openBarriers = barriers
    .filter(
      (b) =>
        current.has(b.familyId) &&
        b.openedOn <= asOf &&
        (b.resolvedOn === null || b.resolvedOn > asOf),
    )
    .map((b) => ({ ...b, ageDays: daysBetween(b.openedOn, asOf) }))
    .sort((a, b) => b.ageDays - a.ageDays || a.barrierId - b.barrierId);

  return { reviews, withoutPlan, openBarriers };
}

export type Worklists = ReturnType<typeof worklists>;
