import { describe, expect, it } from 'vitest';
import {
  BARRIER_ORDER,
  emptyMessages,
  filterWorklist,
  headingWithCount,
  readDays,
  REVIEW_ORDER,
  sortWorklist,
  WITHOUT_PLAN_ORDER,
  worklistSummary,
  type BarrierKey,
  type BarrierRow,
  type CaseRow,
  type ReviewKey,
  type ReviewRow,
  type WithoutPlanKey,
  type WithoutPlanRow,
} from '../../../../src/renderer/pages/cocase/worklistsView';

// All as of 2026-03-10, in the service's order.
const review = (
  familyId: number,
  calworksCase: string,
  cwsCase: string,
  lastMeeting: string,
  due: string,
  overdueDays: number,
): ReviewRow => ({
  familyId,
  calworksCase,
  cwsCase,
  lastMeeting,
  due,
  status: overdueDays > 0 ? 'overdue' : 'due',
  overdueDays,
});
const reviews = [
  review(3, 'C-02', 'W-04', '2026-02-20', '2026-02-26', 12),
  review(1, 'C-03', 'W-02', '2026-03-01', '2026-03-05', 5),
  review(2, 'C-01', 'W-09', '2026-03-02', '2026-03-10', 0),
  review(4, 'C-02', 'W-01', '2026-03-03', '2026-03-10', 0),
];

const withoutPlan: WithoutPlanRow[] = [
  { familyId: 8, calworksCase: 'C-07', cwsCase: 'W-07', startDate: '2025-11-30', days: 100 },
  { familyId: 7, calworksCase: 'C-06', cwsCase: 'W-03', startDate: '2025-12-31', days: 69 },
  { familyId: 5, calworksCase: 'C-05', cwsCase: 'W-05', startDate: '2026-01-01', days: 68 },
  { familyId: 6, calworksCase: 'C-04', cwsCase: 'W-06', startDate: '2026-02-08', days: 30 },
];

const barrier = (
  barrierId: number,
  familyId: number,
  calworksCase: string,
  cwsCase: string,
  kind: BarrierRow['kind'],
  openedOn: string,
  ageDays: number,
): BarrierRow => ({ barrierId, familyId, calworksCase, cwsCase, kind, openedOn, ageDays });
const barriers = [
  barrier(14, 6, 'C-04', 'W-06', 'housing', '2025-12-01', 99),
  barrier(11, 1, 'C-03', 'W-02', 'housing', '2026-01-10', 59),
  barrier(13, 1, 'C-03', 'W-02', 'alcohol-drugs', '2026-02-28', 10),
  barrier(12, 3, 'C-02', 'W-04', 'sanction', '2026-03-01', 9),
];

const pairs = (list: readonly CaseRow[]) => list.map((r) => `${r.calworksCase} ${r.cwsCase}`);
const sortedReviews = (key: ReviewKey, descending = false) =>
  pairs(sortWorklist(reviews, { key, descending }, REVIEW_ORDER.sortValue));
const sortedWithoutPlan = (key: WithoutPlanKey, descending = false) =>
  pairs(sortWorklist(withoutPlan, { key, descending }, WITHOUT_PLAN_ORDER.sortValue));
const sortedBarriers = (key: BarrierKey, descending = false) =>
  sortWorklist(barriers, { key, descending }, BARRIER_ORDER.sortValue).map((b) => b.barrierId);

describe('sortWorklist', () => {
  it('starts each list in the service’s order', () => {
    expect(sortedReviews(REVIEW_ORDER.initial.key, REVIEW_ORDER.initial.descending)).toEqual(
      pairs(reviews),
    );
    expect(
      sortedWithoutPlan(WITHOUT_PLAN_ORDER.initial.key, WITHOUT_PLAN_ORDER.initial.descending),
    ).toEqual(pairs(withoutPlan));
    expect(sortedBarriers(BARRIER_ORDER.initial.key, BARRIER_ORDER.initial.descending)).toEqual([
      14, 11, 13, 12,
    ]);
  });

  it('sorts reviews by due date, ties by case number ascending either way', () => {
    expect(sortedReviews('due', true)).toEqual([
      'C-01 W-09',
      'C-02 W-01',
      'C-03 W-02',
      'C-02 W-04',
    ]);
  });

  it('sorts reviews by the case numbers and the last meeting', () => {
    expect(sortedReviews('calworksCase')).toEqual([
      'C-01 W-09',
      'C-02 W-01',
      'C-02 W-04',
      'C-03 W-02',
    ]);
    expect(sortedReviews('calworksCase', true)).toEqual([
      'C-03 W-02',
      'C-02 W-01',
      'C-02 W-04',
      'C-01 W-09',
    ]);
    expect(sortedReviews('cwsCase')).toEqual(['C-02 W-01', 'C-03 W-02', 'C-02 W-04', 'C-01 W-09']);
    expect(sortedReviews('lastMeeting')).toEqual([
      'C-02 W-04',
      'C-03 W-02',
      'C-01 W-09',
      'C-02 W-01',
    ]);
  });

  it('sorts the status by the word shown: Due before Overdue', () => {
    expect(sortedReviews('status')).toEqual(['C-01 W-09', 'C-02 W-01', 'C-02 W-04', 'C-03 W-02']);
    expect(sortedReviews('status', true)).toEqual([
      'C-02 W-04',
      'C-03 W-02',
      'C-01 W-09',
      'C-02 W-01',
    ]);
  });

  it('sorts days as numbers, not as text (12 after 5)', () => {
    expect(sortedReviews('overdueDays', true)).toEqual([
      'C-02 W-04',
      'C-03 W-02',
      'C-01 W-09',
      'C-02 W-01',
    ]);
    expect(sortedWithoutPlan('days')).toEqual(['C-04 W-06', 'C-05 W-05', 'C-06 W-03', 'C-07 W-07']);
    expect(sortedBarriers('ageDays')).toEqual([12, 13, 11, 14]);
  });

  it('sorts families without a plan by start date and case number', () => {
    expect(sortedWithoutPlan('startDate', true)).toEqual([
      'C-04 W-06',
      'C-05 W-05',
      'C-06 W-03',
      'C-07 W-07',
    ]);
    expect(sortedWithoutPlan('cwsCase')).toEqual([
      'C-06 W-03',
      'C-05 W-05',
      'C-04 W-06',
      'C-07 W-07',
    ]);
  });

  it('sorts barriers by the label shown, and keeps a family’s tied barriers in the service’s order', () => {
    // "Alcohol and other drugs", "Housing" (C-03 before C-04), "Sanction".
    expect(sortedBarriers('kind')).toEqual([13, 11, 14, 12]);
    expect(sortedBarriers('kind', true)).toEqual([12, 11, 14, 13]);
    // Barriers 11 and 13 are both family C-03 W-02.
    expect(sortedBarriers('calworksCase')).toEqual([12, 11, 13, 14]);
    expect(sortedBarriers('calworksCase', true)).toEqual([14, 11, 13, 12]);
    expect(sortedBarriers('openedOn')).toEqual([14, 11, 13, 12]);
  });
});

describe('filterWorklist', () => {
  it('keeps the rows whose CalWORKs or CWS case number holds the text, any case', () => {
    expect(pairs(filterWorklist(reviews, { text: '02', kind: null }))).toEqual([
      'C-02 W-04',
      'C-03 W-02',
      'C-02 W-01',
    ]);
    expect(pairs(filterWorklist(reviews, { text: ' w-09 ', kind: null }))).toEqual(['C-01 W-09']);
    expect(filterWorklist(reviews, { text: 'X', kind: null })).toEqual([]);
  });

  it('gives the list itself back when nothing is filtered', () => {
    expect(filterWorklist(withoutPlan, { text: '  ', kind: null })).toBe(withoutPlan);
  });

  it('filters barriers by kind, with the text too', () => {
    const ids = (list: readonly BarrierRow[]) => list.map((b) => b.barrierId);
    expect(ids(filterWorklist(barriers, { text: '', kind: 'housing' }))).toEqual([14, 11]);
    expect(ids(filterWorklist(barriers, { text: 'c-03', kind: 'housing' }))).toEqual([11]);
    expect(ids(filterWorklist(barriers, { text: '', kind: 'child-care' }))).toEqual([]);
  });

  it('passes rows that have no barrier kind', () => {
    expect(filterWorklist(reviews, { text: '', kind: 'housing' })).toEqual(reviews);
  });
});

describe('the words around the lists', () => {
  it('counts the whole list in the heading', () => {
    expect(headingWithCount('Joint reviews due or overdue', 12)).toBe(
      'Joint reviews due or overdue (12)',
    );
    expect(headingWithCount('Open barriers by age', 1204)).toBe('Open barriers by age (1,204)');
  });

  it('says how many rows the filters show', () => {
    expect(worklistSummary(3, 12, ['review', 'reviews'])).toBe('Showing 3 of 12 reviews.');
    expect(worklistSummary(1, 1, ['family', 'families'])).toBe('Showing 1 of 1 family.');
    expect(worklistSummary(0, 1204, ['barrier', 'barriers'])).toBe('Showing 0 of 1,204 barriers.');
  });

  it('says what an empty list means, for today or for a chosen day', () => {
    expect(emptyMessages({ dueWithinDays: 14, planWithinDays: 30 })).toEqual({
      reviews: 'No joint review is overdue or due in the next 14 days.',
      withoutPlan: 'No family has gone 30 days or more since joining without a coordinated plan.',
      openBarriers: 'No barrier is open.',
    });
    expect(emptyMessages({ dueWithinDays: 1, planWithinDays: 1 })).toMatchObject({
      reviews: 'No joint review is overdue or due in the next day.',
      withoutPlan: 'No family has gone 1 day or more since joining without a coordinated plan.',
    });
    expect(emptyMessages({ dueWithinDays: 0, planWithinDays: 0 }).reviews).toBe(
      'No joint review is overdue or due today.',
    );
    expect(emptyMessages({ asOf: '2026-03-10', dueWithinDays: 14, planWithinDays: 30 })).toEqual({
      reviews: 'No joint review is overdue or due within 14 days of Mar 10, 2026.',
      withoutPlan:
        'No family has gone 30 days or more since joining without a coordinated plan as of Mar 10, 2026.',
      openBarriers: 'No barrier is open as of Mar 10, 2026.',
    });
    expect(
      emptyMessages({ asOf: '2026-03-10', dueWithinDays: 0, planWithinDays: 30 }).reviews,
    ).toBe('No joint review is overdue or due on Mar 10, 2026.');
  });
});

describe('readDays', () => {
  it('takes whole numbers of days from 0 to 365', () => {
    expect(['0', '14', '365', '007'].map(readDays)).toEqual([0, 14, 365, 7]);
  });

  it('refuses what the service would refuse, and blanks', () => {
    expect(['366', '1000', '-1', '1.5', '1e2', '', ' ', 'ten'].map(readDays)).toEqual(
      Array(8).fill(null),
    );
  });
});
