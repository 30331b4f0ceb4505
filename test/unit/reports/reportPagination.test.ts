import { describe, expect, it } from 'vitest';
import { paginateRows } from '../../../src/export/report/pagination';

describe('a PDF table’s page breaks', () => {
  it('keeps rows on the current page while they fit under the header', () => {
    // 100 left: header 20, then 30 + 30 + 20 = 80 → all three fit exactly.
    expect(paginateRows(20, [30, 30, 20], 100, 500)).toEqual({
      startOnNewPage: false,
      pages: [[0, 1, 2]],
    });
  });

  it('repeats the header on each new page: every page pays for it again', () => {
    // First page: 100 − 20 = 80 → rows 0, 1 (60), row 2 (30) would make 90.
    // Next pages: 90 − 20 = 70 → rows 2, 3 (60), row 4 would make 90; then row 4 alone.
    expect(paginateRows(20, [30, 30, 30, 30, 30], 100, 90)).toEqual({
      startOnNewPage: false,
      pages: [[0, 1], [2, 3], [4]],
    });
  });

  it('never leaves a header at a page’s foot without a row under it', () => {
    // 40 left: header 20 + first row 30 = 50 does not fit, so the table starts on a new page.
    expect(paginateRows(20, [30, 30], 40, 200)).toEqual({
      startOnNewPage: true,
      pages: [[0, 1]],
    });
  });

  it('starts at the top of a page when even a whole page is too short, instead of looping', () => {
    // A row taller than a page (never in a report) gets a page of its own after the first.
    expect(paginateRows(20, [10, 300, 10], 200, 200)).toEqual({
      startOnNewPage: false,
      pages: [[0], [1], [2]],
    });
  });

  it('a table without rows is its header alone', () => {
    expect(paginateRows(20, [], 100, 500)).toEqual({ startOnNewPage: false, pages: [[]] });
  });
});
