import type { Output } from '../../../api/contract';
import { BARRIER_LABELS, type BarrierKind } from '../../../core/cocase/worklists';
import { formatDate } from '../../components/format';

export { BARRIER_KINDS, BARRIER_LABELS, type BarrierKind } from '../../../core/cocase/worklists';

export type Worklists = Output<'cocase.worklists'>;
export type ReviewRow = Worklists['reviews'][number];
export type WithoutPlanRow = Worklists['withoutPlan'][number];
export type BarrierRow = Worklists['openBarriers'][number];

export type ReviewKey =
  'calworksCase' | 'cwsCase' | 'lastMeeting' | 'due' | 'status' | 'overdueDays';
export type WithoutPlanKey = 'calworksCase' | 'cwsCase' | 'startDate' | 'days';
export type BarrierKey = 'calworksCase' | 'cwsCase' | 'kind' | 'openedOn' | 'ageDays';

/** What every worklist row has: the family and its two case numbers. */
export interface CaseRow {
  readonly familyId: number;
  readonly calworksCase: string;
  readonly cwsCase: string;
  /** Only open barriers have a kind; the filter by kind passes rows without one. */
  readonly kind?: BarrierKind;
}

export interface WorklistSort<K extends string> {
  readonly key: K;
  readonly descending: boolean;
}

export interface WorklistFilter {
  /** A piece of either case number, any case. */
  readonly text: string;
  readonly kind: BarrierKind | null;
}

/** How one list sorts: the value each column shows, and the order the service sends. */
export interface WorklistOrder<R extends CaseRow, K extends string> {
  readonly sortValue: (row: R, key: K) => string | number;
  readonly initial: WorklistSort<K>;
}

export const STATUS_LABELS: Record<ReviewRow['status'], string> = {
  due: 'Due',
  overdue: 'Overdue',
};

// Soonest review first, and the longest waits first, as the service sends them.
export const REVIEW_ORDER: WorklistOrder<ReviewRow, ReviewKey> = {
  sortValue: (row, key) => (key === 'status' ? STATUS_LABELS[row.status] : row[key]),
  initial: { key: 'due', descending: false },
};
export const WITHOUT_PLAN_ORDER: WorklistOrder<WithoutPlanRow, WithoutPlanKey> = {
  sortValue: (row, key) => row[key],
  initial: { key: 'days', descending: true },
};
export const BARRIER_ORDER: WorklistOrder<BarrierRow, BarrierKey> = {
  sortValue: (row, key) => (key === 'kind' ? BARRIER_LABELS[row.kind] : row[key]),
  initial: { key: 'ageDays', descending: true },
};

// Code-unit order, like the records list: the same on every machine, and quick on thousands of rows.
const order = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The rows in the column's order, by the words or figures the column shows. Ties fall back to the
 * CalWORKs case and then the CWS case, both ascending, so equal rows never swap when the
 * direction flips; a family's barriers that tie on both keep the service's order.
 */
export function sortWorklist<R extends CaseRow, K extends string>(
  rows: readonly R[],
  sort: WorklistSort<K>,
  sortValue: (row: R, key: K) => string | number,
): R[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) =>
      direction * order(sortValue(a, sort.key), sortValue(b, sort.key)) ||
      order(a.calworksCase, b.calworksCase) ||
      order(a.cwsCase, b.cwsCase),
  );
}

/** The rows whose CalWORKs or CWS case number holds the text, of the barrier kind asked for. */
export function filterWorklist<R extends CaseRow>(
  rows: readonly R[],
  filter: WorklistFilter,
): readonly R[] {
  const text = filter.text.trim().toLowerCase();
  if (text === '' && filter.kind === null) return rows;
  return rows.filter(
    (row) =>
      (filter.kind === null || row.kind === undefined || row.kind === filter.kind) &&
      (row.calworksCase.toLowerCase().includes(text) || row.cwsCase.toLowerCase().includes(text)),
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/** A noun with its count: "1 family", "12 families". */
export function counted(n: number, [one, many]: readonly [string, string]): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "Joint reviews due or overdue (1,204)": the whole list, whatever the filters show. */
export const headingWithCount = (title: string, total: number) => `${title} (${count(total)})`;

/** "Showing 3 of 12 reviews." */
export function worklistSummary(
  shown: number,
  total: number,
  noun: readonly [string, string],
): string {
  return `Showing ${count(shown)} of ${counted(total, noun)}.`;
}

export const DAYS_MAX = 365;

/** A "within N days" setting as typed: the whole number of days, or null when it cannot be sent. */
export function readDays(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const days = Number(text);
  return days <= DAYS_MAX ? days : null;
}

export const DAYS_PROBLEM = `Enter a whole number of days from 0 to ${DAYS_MAX}.`;

export interface WorklistSettings {
  /** The day the lists are counted on; none for today. */
  readonly asOf?: string;
  readonly dueWithinDays: number;
  readonly planWithinDays: number;
}

/** What each list says when it has no row at all. */
export function emptyMessages({ asOf, dueWithinDays, planWithinDays }: WorklistSettings) {
  const days = (n: number) => counted(n, ['day', 'days']);
  const when =
    asOf !== undefined
      ? dueWithinDays === 0
        ? `on ${formatDate(asOf)}`
        : `within ${days(dueWithinDays)} of ${formatDate(asOf)}`
      : dueWithinDays === 0
        ? 'today'
        : `in the next ${dueWithinDays === 1 ? 'day' : days(dueWithinDays)}`;
  const on = asOf !== undefined ? ` as of ${formatDate(asOf)}` : '';
  return {
    reviews: `No joint review is overdue or due ${when}.`,
    withoutPlan: `No family has gone ${days(planWithinDays)} or more since joining without a coordinated plan${on}.`,
    openBarriers: `No barrier is open${on}.`,
  };
}
