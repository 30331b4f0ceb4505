/**
 * Where a table's rows break across pages, worked out before anything is drawn: every page of a
 * table starts with its header row, and a header is never left at the foot of a page without a
 * row under it.
 */
export interface TablePages {
  /** True when not even the header and the first row fit in what is left of the current page. */
  readonly startOnNewPage: boolean;
  /** Row indexes on each page, in order; each page repeats the header above its rows. */
  readonly pages: readonly (readonly number[])[];
}

/**
 * `firstSpace` is the height left on the current page, `pageSpace` a whole page's; both include
 * the header's height, which each page of the table pays again. A row taller than a whole page
 * (never in a report, whose cells are short) gets a page of its own and runs over its foot.
 */
export function paginateRows(
  headerHeight: number,
  rowHeights: readonly number[],
  firstSpace: number,
  pageSpace: number,
): TablePages {
  const first = rowHeights[0] ?? 0;
  const startOnNewPage = headerHeight + first > firstSpace && firstSpace < pageSpace;
  const pages: number[][] = [];
  let page: number[] = [];
  let left = (startOnNewPage ? pageSpace : firstSpace) - headerHeight;
  rowHeights.forEach((height, index) => {
    if (height > left && page.length > 0) {
      pages.push(page);
      page = [];
      left = pageSpace - headerHeight;
    }
    page.push(index);
    left -= height;
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return { startOnNewPage, pages };
}
