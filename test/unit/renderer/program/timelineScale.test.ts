import { describe, expect, it } from 'vitest';
import { timelineScale } from '../../../../src/renderer/pages/program/timelineScale';

const span = (startDate: string | null, dueDate: string | null) => ({ startDate, dueDate });

describe('timelineScale', () => {
  it('has nothing to draw without dates', () => {
    expect(timelineScale([span(null, null)])).toBeNull();
  });

  it('covers whole months, with due dates at the end of their day', () => {
    const scale = timelineScale([span('2026-07-10', '2026-07-20')]);
    expect([scale?.from, scale?.to]).toEqual(['2026-07-01', '2026-07-31']);
    expect(scale?.ticks.map((t) => [t.label, t.at])).toEqual([['Jul 2026', 0]]);
    expect(scale?.position('2026-07-01')).toBe(0);
    expect(scale?.position('2026-07-31', true)).toBe(1);
    expect(scale?.position('2026-08-02')).toBeNull();
  });

  it("ticks every quarter, in step with the fiscal year's, over a three-year plan", () => {
    // Jan 2025 – Oct 2027 is 34 months: steps of 3 keep the labels at 12.
    const scale = timelineScale([span('2025-01-06', null), span(null, '2027-10-01')]);
    const labels = scale?.ticks.map((t) => t.label) ?? [];
    expect(labels).toHaveLength(12);
    expect(labels.slice(0, 3)).toEqual(['Jan 2025', 'Apr 2025', 'Jul 2025']);
    expect(labels.at(-1)).toBe('Oct 2027');
  });

  it('still labels a plan of fifteen years, every other July', () => {
    const scale = timelineScale([span('2020-03-01', '2035-12-31')]);
    expect(scale?.ticks.map((t) => t.label)).toEqual(
      [2020, 2022, 2024, 2026, 2028, 2030, 2032, 2034].map((y) => `Jul ${y}`),
    );
  });

  it('labels fewer months on a narrow axis, never more than fit', () => {
    const plan = [{ startDate: '2026-01-15', dueDate: '2027-10-31' }]; // 22 months
    const wide = timelineScale(plan);
    const narrow = timelineScale(plan, 4);
    // Every other month on a laptop-wide axis; every half year, in July's step, on a narrow one.
    expect(wide?.ticks.map((t) => t.label)).toHaveLength(11);
    expect(narrow?.ticks.map((t) => t.label)).toEqual([
      'Jan 2026',
      'Jul 2026',
      'Jan 2027',
      'Jul 2027',
    ]);
    expect(timelineScale(plan, 0)?.ticks.length).toBeLessThanOrEqual(2);
  });
});
