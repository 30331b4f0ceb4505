import { describe, expect, it } from 'vitest';
import { nextDailyBackupInWords } from '../../../../src/renderer/pages/settings/settingsWords';

/** Local wall-clock times, as the person reads them. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);

describe('when the next daily backup is made, in words', () => {
  it('is within the hour when none was made today, or none at all', () => {
    expect(nextDailyBackupInWords(null, at(7, 9))).toBe('Within the hour.');
    expect(nextDailyBackupInWords(at(6, 23, 59).toISOString(), at(7, 0, 1))).toBe(
      'Within the hour.',
    );
  });

  it('is tomorrow once today has its backup, named by its date', () => {
    expect(nextDailyBackupInWords(at(7, 0, 5).toISOString(), at(7, 22))).toBe(
      'Tomorrow, Dec 8: in the first hour after midnight if the Workbench is open, otherwise when it next starts.',
    );
    // The last day of the month turns to the first of the next.
    expect(nextDailyBackupInWords(at(31, 8).toISOString(), at(31, 9))).toContain(
      'Tomorrow, Jan 1:',
    );
  });
});
