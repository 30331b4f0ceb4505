import { describe, expect, it } from 'vitest';
import {
  amountProblem,
  barriersInOrder,
  daysLabel,
  daysOpen,
  familyName,
  ledgerRowLabel,
  meetingsNewestFirst,
  servicesNewestFirst,
  servicesTotal,
  usable,
  wtwAlignedOf,
  wtwChoiceOf,
  type FamilyBarrier,
  type FamilyService,
  type JointMeeting,
} from '../../../../src/renderer/pages/cocase/familyView';

const meeting = (meetingId: number, date: string): JointMeeting => ({
  meetingId,
  date,
  calworksAttended: true,
  cwsAttended: true,
  othersAttended: '',
  decisions: '',
  nextReviewDue: null,
  version: 1,
});

const barrier = (
  barrierId: number,
  openedOn: string,
  resolvedOn: string | null = null,
): FamilyBarrier => ({ barrierId, kind: 'housing', openedOn, resolvedOn, note: '', version: 1 });

const service = (serviceId: number, date: string, amountCents: number): FamilyService => ({
  serviceId,
  date,
  categoryId: 1,
  streamId: 1,
  amountCents,
  ledgerEntryId: null,
  note: '',
  version: 1,
});

describe('the family page’s names and choices', () => {
  it('names the family by its two case numbers', () => {
    expect(familyName({ calworksCase: 'C-00000042', cwsCase: 'W-00000007' })).toBe(
      'C-00000042 / W-00000007',
    );
  });

  it('reads WtW alignment as yes, no or not yet assessed, and back', () => {
    expect([true, false, null].map(wtwChoiceOf)).toEqual(['yes', 'no', 'unknown']);
    expect((['yes', 'no', 'unknown'] as const).map(wtwAlignedOf)).toEqual([true, false, null]);
  });
});

describe('order of the tables', () => {
  it('lists meetings newest first, the same day’s last recorded first', () => {
    const ordered = meetingsNewestFirst([
      meeting(1, '2026-03-20'),
      meeting(2, '2026-04-20'),
      meeting(3, '2026-03-20'),
      meeting(4, '2025-12-31'),
    ]);
    expect(ordered.map((m) => m.meetingId)).toEqual([2, 3, 1, 4]);
  });

  it('lists open barriers first, longest open at the top, then the latest resolved', () => {
    const ordered = barriersInOrder([
      barrier(1, '2026-01-10', '2026-02-01'),
      barrier(2, '2026-03-01'),
      barrier(3, '2026-01-15', '2026-04-30'),
      barrier(4, '2026-02-14'),
      barrier(5, '2026-02-14'),
    ]);
    expect(ordered.map((b) => b.barrierId)).toEqual([4, 5, 2, 3, 1]);
  });

  it('lists services newest first and totals them in cents, refunds included', () => {
    const services = [
      service(1, '2026-01-05', 12_500),
      service(2, '2026-02-01', 4_210),
      service(3, '2026-01-05', -1_000),
    ];
    expect(servicesNewestFirst(services).map((s) => s.serviceId)).toEqual([2, 3, 1]);
    // 125.00 + 42.10 - 10.00
    expect(servicesTotal(services)).toBe(15_710);
    expect(servicesTotal([])).toBe(0);
  });
});

describe('daysOpen', () => {
  it('counts 0 on the day the barrier opened, as the worklists do', () => {
    expect(daysOpen('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysOpen('2026-03-10', '2026-03-11')).toBe(1);
  });

  it('counts across months, a leap day and a daylight-saving change', () => {
    // 10 Mar to 1 May 2026: 21 days left in March, 30 in April, 1 in May.
    expect(daysOpen('2026-03-10', '2026-05-01')).toBe(52);
    // 2028 is a leap year: 28 Feb to 1 Mar is 2 days.
    expect(daysOpen('2028-02-28', '2028-03-01')).toBe(2);
    // Clocks go forward on 8 March 2026 in California; a day is still a day.
    expect(daysOpen('2026-03-07', '2026-03-09')).toBe(2);
  });

  it('counts no days for a barrier dated after today', () => {
    expect(daysOpen('2026-06-01', '2026-05-31')).toBe(0);
  });

  it('says days in words', () => {
    expect([0, 1, 2, 1234].map(daysLabel)).toEqual(['0 days', '1 day', '2 days', '1,234 days']);
  });
});

describe('streams, categories and ledger rows', () => {
  const reference = {
    streams: [
      { id: 1, name: 'CalWORKs Single Allocation', retired: false },
      { id: 2, name: 'Old stream', retired: true },
    ],
    categories: [
      { id: 7, name: 'Transportation', retired: false },
      { id: 8, name: 'Old category', retired: true },
    ],
  };

  it('offers only streams not retired, except the one already named', () => {
    expect(usable(reference.streams).map((s) => s.id)).toEqual([1]);
    expect(usable(reference.streams, 2).map((s) => s.id)).toEqual([1, 2]);
  });

  it('labels a ledger row by date, stream, category, amount and description', () => {
    const row = {
      entryId: 9,
      date: '2026-05-04',
      streamId: 1,
      categoryId: 7,
      amountCents: 4_210,
      description: ' Bus passes ',
    };
    expect(ledgerRowLabel(row, reference)).toBe(
      'May 4, 2026 · CalWORKs Single Allocation · Transportation · $42.10 · Bus passes',
    );
    // A retired name still shows; an unknown id shows as "#id"; no description, no trailing dot.
    expect(
      ledgerRowLabel({ ...row, streamId: 2, categoryId: 99, description: '' }, reference),
    ).toBe('May 4, 2026 · Old stream · #99 · $42.10');
  });
});

describe('amountProblem', () => {
  it('accepts money as people write it', () => {
    expect(amountProblem('125.00')).toBeNull();
    expect(amountProblem('$1,200')).toBeNull();
    expect(amountProblem('(12.50)')).toBeNull();
  });

  it('says why an amount is refused', () => {
    expect(amountProblem('')).toBe('"" is not an amount of money: it is empty.');
    expect(amountProblem('12.345')).toBe(
      '"12.345" is not an amount of money: amounts have at most two decimals (whole cents).',
    );
    expect(amountProblem('0.00')).toBe('A service of $0.00 records nothing.');
  });
});
