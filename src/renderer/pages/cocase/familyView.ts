import type { Output } from '../../../api/contract';
import { daysInclusive } from '../../../core/calendarDays';
import { BARRIER_KINDS, BARRIER_LABELS } from '../../../core/cocase/worklists';
import { formatMoney, MoneyFormatError, parseMoney, sumCents } from '../../../core/money';
import { nameOf } from '../../../core/names';
import { formatDate } from '../../components/format';
import type { MutualFamilyRecord } from './familyRecordsView';

export type FamilyDetail = Output<'cocase.family'>;
export type CoordinatedPlan = FamilyDetail['plan'];
export type JointMeeting = FamilyDetail['meetings'][number];
export type FamilyBarrier = FamilyDetail['barriers'][number];
export type FamilyService = FamilyDetail['services'][number];
export type UnlinkedLedgerRow = FamilyDetail['unlinkedLedgerRows'][number];
export type FiscalReference = Output<'fiscal.reference'>;
export type BarrierKind = FamilyBarrier['kind'];

export { BARRIER_KINDS, BARRIER_LABELS, formatMoney, nameOf };

/** The family as coordinators name it: by its two case numbers, never by anyone's name. */
export const familyName = (family: Pick<MutualFamilyRecord, 'calworksCase' | 'cwsCase'>) =>
  `${family.calworksCase} / ${family.cwsCase}`;

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** WtW activities aligned with the case plan: yes, no, or not assessed yet (null). */
export type WtwChoice = 'yes' | 'no' | 'unknown';

export const WTW_CHOICES: readonly { value: WtwChoice; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not yet assessed' },
];

export function wtwChoiceOf(aligned: boolean | null): WtwChoice {
  return aligned === null ? 'unknown' : aligned ? 'yes' : 'no';
}

export function wtwAlignedOf(choice: WtwChoice): boolean | null {
  return choice === 'unknown' ? null : choice === 'yes';
}

// Code-unit order: ISO dates sort as text, the same on every machine.
const order = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);

/** Newest meeting first; two on one day, the one recorded last first. */
export function meetingsNewestFirst(meetings: readonly JointMeeting[]): JointMeeting[] {
  return [...meetings].sort((a, b) => order(b.date, a.date) || b.meetingId - a.meetingId);
}

/**
 * Open barriers first, the longest open at the top (as the worklist ranks them); then the resolved
 * ones, the most recently resolved first.
 */
export function barriersInOrder(barriers: readonly FamilyBarrier[]): FamilyBarrier[] {
  const open = barriers
    .filter((b) => b.resolvedOn === null)
    .sort((a, b) => order(a.openedOn, b.openedOn) || a.barrierId - b.barrierId);
  const resolved = barriers
    .filter((b) => b.resolvedOn !== null)
    .sort((a, b) => order(b.resolvedOn ?? '', a.resolvedOn ?? '') || b.barrierId - a.barrierId);
  return [...open, ...resolved];
}

/**
 * Days a barrier has been open as of today, counted as the worklists count them: 0 on the day it
 * opened. A barrier dated after today has not been open any days yet.
 */
export function daysOpen(openedOn: string, today: string): number {
  return Math.max(0, daysInclusive(openedOn, today) - 1);
}

export const daysLabel = (days: number) =>
  `${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'}`;

/** Newest service first; two on one day, the one recorded last first. */
export function servicesNewestFirst(services: readonly FamilyService[]): FamilyService[] {
  return [...services].sort((a, b) => order(b.date, a.date) || b.serviceId - a.serviceId);
}

export function servicesTotal(services: readonly FamilyService[]): number {
  return sumCents(services.map((s) => s.amountCents));
}

/** Streams or categories a new entry may name: not retired, except the one it already names. */
export function usable<T extends { id: number; retired: boolean }>(
  list: readonly T[],
  keep?: number,
): T[] {
  return list.filter((item) => !item.retired || item.id === keep);
}

/** One ledger row in a list to choose from: "2026-05-04 · CalWORKs Single Allocation · Bus passes…". */
export function ledgerRowLabel(
  row: UnlinkedLedgerRow,
  reference: {
    streams: readonly { id: number; name: string }[];
    categories: readonly { id: number; name: string }[];
  },
): string {
  return [
    formatDate(row.date),
    nameOf(reference.streams, row.streamId),
    nameOf(reference.categories, row.categoryId),
    formatMoney(row.amountCents),
    row.description.trim(),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Why an amount typed by hand will be refused, or null when it reads as money. Checked here as well
 * as by the service, which answers a bad amount of the service union without naming the field.
 */
export function amountProblem(text: string): string | null {
  try {
    return parseMoney(text) === 0 ? 'A service of $0.00 records nothing.' : null;
  } catch (error) {
    if (error instanceof MoneyFormatError) return error.message;
    throw error;
  }
}
