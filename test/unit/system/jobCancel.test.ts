import { describe, expect, it } from 'vitest';
import { mayCancelJob } from '../../../src/core/system/jobCancel';

const job = { countyId: 7, startedByUserId: 3 };

describe('who may cancel a job', () => {
  it('is its starter, a coordinator of its county, or the local user', () => {
    expect(mayCancelJob({ userId: 3, grants: [{ role: 'fiscal', countyId: 7 }] }, job)).toBe(true);
    expect(mayCancelJob({ userId: 9, grants: [{ role: 'coordinator', countyId: 7 }] }, job)).toBe(
      true,
    );
    expect(mayCancelJob({ userId: null, grants: [] }, job)).toBe(true);
  });

  it('is not another fiscal user, nor a coordinator of another county', () => {
    expect(mayCancelJob({ userId: 4, grants: [{ role: 'fiscal', countyId: 7 }] }, job)).toBe(false);
    expect(mayCancelJob({ userId: 5, grants: [{ role: 'coordinator', countyId: 8 }] }, job)).toBe(
      false,
    );
    expect(mayCancelJob({ userId: 6, grants: [{ role: 'supervisor', countyId: 7 }] }, job)).toBe(
      false,
    );
  });
});
