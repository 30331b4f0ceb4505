import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../src/core/isoDate';

describe('localIsoDate', () => {
  it('gives the local calendar date, late evening and leap day included', () => {
    expect(localIsoDate(new Date(2028, 1, 29, 23, 59))).toBe('2028-02-29');
    expect(localIsoDate(new Date(2026, 6, 1, 0, 0))).toBe('2026-07-01');
  });
});
