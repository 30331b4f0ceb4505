/**
 * Dates and times in the words people read ("Apr 14, 2026"): the one reading format of the
 * Workbench (issue 23), for pages, workbook text that cannot be a date cell, and PDF reports.
 * Inputs keep taking ISO and US dates.
 */

/** An ISO day ("2026-04-14", or the day of a UTC timestamp) as "Apr 14, 2026"; anything else as it is. */
export function dayInWords(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/**
 * When a workbook or report was made, in the local time of the machine that made it ("Dec 7, 2026,
 * 3:04 PM"), not UTC: the person who exported it reads their own clock. `timeZone` is for tests.
 */
export function momentInWords(at: Date, timeZone?: string): string {
  return (
    at
      .toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone })
      // Newer ICU puts a narrow no-break space before AM/PM, which some PDF fonts lack.
      .replace(/\u202f/g, ' ')
  );
}
