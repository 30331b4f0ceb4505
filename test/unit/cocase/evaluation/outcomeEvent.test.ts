import { describe, expect, it } from 'vitest';
import {
  addedEventProblem,
  removedEventProblem,
  type RecordedEvent,
} from '../../../../src/core/cocase/evaluation/outcomeEvent';

const RECORDED: RecordedEvent[] = [
  { outcomeId: 1, kind: 'foster-care-entry', date: '2026-04-01' },
  { outcomeId: 2, kind: 'reunification', date: '2026-06-15' },
  { outcomeId: 3, kind: 'foster-care-entry', date: '2026-08-01' },
  { outcomeId: 4, kind: 'sanction-started', date: '2026-05-01' },
];

describe('an outcome event entered by hand', () => {
  it('is taken on or after the day the family joined, once, after the event it needs', () => {
    const add = (kind: RecordedEvent['kind'], date: string) =>
      addedEventProblem({ kind, date }, '2026-03-01', RECORDED);
    expect(add('wtw-engagement', '2026-03-01')).toBeNull();
    expect(add('wtw-engagement', '2026-02-28')).toBe(
      '2026-02-28 is before the family joined its group on 2026-03-01',
    );
    expect(add('foster-care-entry', '2026-04-01')).toBe(
      'this event is recorded already; it would be counted twice',
    );
    // A cure on the sanction's own day counts as after it; the day before does not.
    expect(add('sanction-cured', '2026-05-01')).toBeNull();
    expect(add('sanction-cured', '2026-04-30')).toBe(
      'a sanction cured on 2026-04-30 needs an earlier sanction started for the family',
    );
  });
});

describe('removing an outcome event', () => {
  const remove = (outcomeId: number) =>
    removedEventProblem(RECORDED.find((e) => e.outcomeId === outcomeId) as RecordedEvent, RECORDED);

  it('is refused while a reunification would be left without an entry before it', () => {
    expect(remove(1)).toBe(
      'the reunification on 2026-06-15 needs this entry to foster care; remove it first',
    );
  });

  it('is taken when another entry still comes before, or nothing needs the event', () => {
    // The August entry comes after the June reunification, so it is not needed; nor is the sanction.
    expect(remove(3)).toBeNull();
    expect(remove(2)).toBeNull();
    expect(remove(4)).toBeNull();
    const twoEntries = [
      ...RECORDED,
      { outcomeId: 5, kind: 'foster-care-entry' as const, date: '2026-03-15' },
    ];
    expect(removedEventProblem(RECORDED[0] as RecordedEvent, twoEntries)).toBeNull();
  });
});
