/**
 * Dates and times in the words a committee reads ("Apr 14, 2026"), the one reading format of the
 * Workbench (issue 23), for text that cannot be a date cell: a cover's period, a note, a heading.
 */

/** An ISO day ("2026-04-14") as "Apr 14, 2026"; anything else as it is. */
export function dayInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/**
 * When a workbook was made, in the local time of the machine that made it ("Dec 7, 2026,
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
