import { describe, expect, it } from 'vitest';
import {
  worklists,
  type WorklistBarrier,
  type WorklistFamily,
  type WorklistMeeting,
} from '../../../src/core/cocase/worklists';

const family = (familyId: number, startDate: string, more: Partial<WorklistFamily> = {}) => ({
  familyId,
  startDate,
  endDate: null,
  coordinatedPlanOn: null,
  ...more,
});

const FAMILIES: WorklistFamily[] = [
  family(1, '2026-01-05', { coordinatedPlanOn: '2026-02-01' }),
  family(2, '2026-03-01'),
  family(3, '2026-05-20'),
  // Left Linkages before the day: on no list.
  family(4, '2025-07-01', { endDate: '2026-04-30' }),
  family(5, '2026-02-10'),
];

const MEETINGS: WorklistMeeting[] = [
  { meetingId: 1, familyId: 1, date: '2026-03-01', nextReviewDue: '2026-05-15' },
  // The later meeting sets the review family 1 waits for.
  { meetingId: 2, familyId: 1, date: '2026-05-10', nextReviewDue: '2026-06-20' },
  // Two meetings on one day: the one recorded later counts, whatever order they come in.
  { meetingId: 7, familyId: 2, date: '2026-03-10', nextReviewDue: '2026-05-25' },
  { meetingId: 3, familyId: 2, date: '2026-03-10', nextReviewDue: '2026-04-10' },
  { meetingId: 4, familyId: 4, date: '2026-03-01', nextReviewDue: '2026-04-01' },
  { meetingId: 5, familyId: 5, date: '2026-03-01', nextReviewDue: '2026-09-01' },
];

const BARRIERS: WorklistBarrier[] = [
  { barrierId: 10, familyId: 2, kind: 'housing', openedOn: '2026-03-05', resolvedOn: null },
  {
    barrierId: 11,
    familyId: 2,
    kind: 'sanction',
    openedOn: '2026-03-05',
    resolvedOn: '2026-04-01',
  },
  { barrierId: 12, familyId: 5, kind: 'child-care', openedOn: '2026-05-01', resolvedOn: null },
  { barrierId: 13, familyId: 4, kind: 'transportation', openedOn: '2026-01-01', resolvedOn: null },
];

const lists = worklists(FAMILIES, MEETINGS, BARRIERS, {
  asOf: '2026-06-10',
  dueWithinDays: 14,
  planWithinDays: 30,
});

describe('co-case worklists on 2026-06-10', () => {
  it('list joint reviews overdue, then due within 14 days, by due date', () => {
    expect(lists.reviews).toEqual([
      // 2026-05-25 to 2026-06-10: 16 days overdue.
      {
        familyId: 2,
        lastMeeting: '2026-03-10',
        due: '2026-05-25',
        status: 'overdue',
        overdueDays: 16,
        inDays: 0,
      },
      // Due in 10 days; family 5's review (September) is not yet listed.
      {
        familyId: 1,
        lastMeeting: '2026-05-10',
        due: '2026-06-20',
        status: 'due',
        overdueDays: 0,
        inDays: 10,
      },
    ]);
  });

  it('list families still without a coordinated plan 30 days after joining, longest first', () => {
    // Family 5 joined 120 days before, family 2 101 days; family 3 only 21 days.
    expect(lists.withoutPlan).toEqual([
      { familyId: 5, startDate: '2026-02-10', days: 120 },
      { familyId: 2, startDate: '2026-03-01', days: 101 },
    ]);
  });

  it('list open barriers by age, oldest first', () => {
    expect(lists.openBarriers.map((b) => [b.barrierId, b.ageDays])).toEqual([
      [10, 97],
      [12, 40],
    ]);
  });
});

describe('co-case worklists as of an earlier day', () => {
  const options = { dueWithinDays: 14, planWithinDays: 30 };

  it('show what stood on 2026-04-15: later meetings, plans and resolutions are not yet known', () => {
    const then = worklists(FAMILIES, MEETINGS, BARRIERS, { ...options, asOf: '2026-04-15' });
    // Family 1's May meeting is ahead: its March one set a review for 05-15, 30 days away.
    // Family 4 is still in Linkages (until 04-30): its 04-01 review is 14 days overdue.
    expect(then.reviews.map((r) => [r.familyId, r.status, r.overdueDays])).toEqual([
      [4, 'overdue', 14],
    ]);
    // Family 4: 2025-07-01 → 2026-04-15 is 288 days; family 5 64; family 2 45; family 3 not yet in.
    expect(then.withoutPlan.map((f) => [f.familyId, f.days])).toEqual([
      [4, 288],
      [5, 64],
      [2, 45],
    ]);
    // Barrier 11 was resolved on 04-01, barrier 12 not yet opened.
    expect(then.openBarriers.map((b) => [b.barrierId, b.ageDays])).toEqual([
      [13, 104],
      [10, 41],
    ]);
  });

  it('count a barrier resolved after the day as open on it', () => {
    const then = worklists(FAMILIES, MEETINGS, BARRIERS, { ...options, asOf: '2026-03-20' });
    expect(then.openBarriers.map((b) => [b.barrierId, b.ageDays])).toEqual([
      [13, 78],
      [10, 15],
      [11, 15],
    ]);
  });

  it('count a plan coordinated after the day as missing on it', () => {
    const planned = [family(2, '2026-03-01', { coordinatedPlanOn: '2026-05-01' })];
    const before = worklists(planned, [], [], { ...options, asOf: '2026-04-15' });
    const after = worklists(planned, [], [], { ...options, asOf: '2026-06-10' });
    expect(before.withoutPlan.map((f) => f.familyId)).toEqual([2]);
    expect(after.withoutPlan).toEqual([]);
  });
});
