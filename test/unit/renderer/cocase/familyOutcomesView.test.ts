import { describe, expect, it } from 'vitest';
import {
  OUTCOME_GROUPS,
  outcomeAfterRemoval,
  outcomeName,
  outcomeProgram,
  outcomesInOrder,
  outcomeSource,
  type FamilyOutcome,
} from '../../../../src/renderer/pages/cocase/familyOutcomesView';

const outcome = (
  outcomeId: number,
  kind: FamilyOutcome['kind'],
  date: string,
  importFileName: string | null = null,
): FamilyOutcome => ({ outcomeId, kind, date, importFileName });

describe('the outcome events of a mutual family', () => {
  it('groups the kinds by program, CWS first, in the evaluation’s order', () => {
    expect(OUTCOME_GROUPS).toEqual([
      {
        label: 'CWS',
        kinds: ['substantiated-referral', 'foster-care-entry', 'reunification', 'cws-case-closed'],
      },
      {
        label: 'CalWORKs',
        kinds: [
          'wtw-engagement',
          'sanction-started',
          'sanction-cured',
          'exit-with-earnings',
          'return-to-aid',
        ],
      },
    ]);
  });

  it('names an event, its program and where it came from', () => {
    const entry = outcome(4, 'foster-care-entry', '2025-02-03', 'outcomes-2025q1.csv');
    expect(outcomeName(entry)).toBe('Entry to foster care on Feb 3, 2025');
    expect(outcomeProgram('foster-care-entry')).toBe('CWS');
    expect(outcomeProgram('sanction-cured')).toBe('CalWORKs');
    expect(outcomeSource(entry)).toBe('Imported from outcomes-2025q1.csv');
    expect(outcomeSource(outcome(5, 'reunification', '2025-09-30'))).toBe('Entered by hand');
  });

  it('lists the oldest first, two on one day in the order recorded', () => {
    const list = [
      outcome(7, 'reunification', '2025-09-30'),
      outcome(3, 'sanction-started', '2025-02-03'),
      outcome(2, 'foster-care-entry', '2025-02-03'),
      outcome(9, 'wtw-engagement', '2024-12-31'),
    ];
    expect(outcomesInOrder(list).map((o) => o.outcomeId)).toEqual([9, 2, 3, 7]);
    // The list given is left as it was.
    expect(list.map((o) => o.outcomeId)).toEqual([7, 3, 2, 9]);
  });

  it('moves the keyboard to the next row after a removal, else the one above, else nowhere', () => {
    const ordered = [
      outcome(9, 'wtw-engagement', '2024-12-31'),
      outcome(2, 'foster-care-entry', '2025-02-03'),
      outcome(7, 'reunification', '2025-09-30'),
    ];
    expect(outcomeAfterRemoval(ordered, 9)?.outcomeId).toBe(2);
    expect(outcomeAfterRemoval(ordered, 2)?.outcomeId).toBe(7);
    expect(outcomeAfterRemoval(ordered, 7)?.outcomeId).toBe(2);
    expect(outcomeAfterRemoval(ordered.slice(0, 1), 9)).toBeNull();
    expect(outcomeAfterRemoval(ordered, 42)).toBeNull();
  });
});
