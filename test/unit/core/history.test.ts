import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../src/core/history';

describe('changedFields', () => {
  it('lists only what changed, money in dollars, bookkeeping left out', () => {
    expect(
      changedFields(
        { id: 7, amountCents: 120000, description: 'Rent', updatedAt: 'a', leveraged: false },
        { id: 7, amountCents: 130000, description: 'Rent', updatedAt: 'b', leveraged: true },
      ),
    ).toEqual([
      { field: 'amountCents', before: '$1,200.00', after: '$1,300.00' },
      { field: 'leveraged', before: 'false', after: 'true' },
    ]);
  });

  it('shows a creation as every field after, a deletion as every field before', () => {
    expect(changedFields(null, { id: 1, name: 'CAPIT', generalFund: false })).toEqual([
      { field: 'name', before: null, after: 'CAPIT' },
      { field: 'generalFund', before: null, after: 'false' },
    ]);
    expect(changedFields({ name: 'CAPIT' }, null)).toEqual([
      { field: 'name', before: 'CAPIT', after: null },
    ]);
  });
});
