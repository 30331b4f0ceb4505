import type { Workbench } from '../openDatabase';
import { backupIfFirstStartToday } from './backups';

/** How often a running Workbench looks whether today's backup is made: within the hour. */
export const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;

/**
 * A Workbench that stays open for days (the shared server, a desktop left on overnight) still backs
 * the data up each day: every hour it makes the day's backup if none was made yet. The timer does
 * not keep the process alive; stop() ends it before the data file closes.
 */
export function keepDailyBackups(
  workbench: Pick<Workbench, 'sqlite' | 'file'>,
  { now = () => new Date(), everyMs = DAILY_BACKUP_CHECK_MS } = {},
): { stop(): void } {
  const timer = setInterval(() => {
    if (!workbench.sqlite.open) return; // being replaced by a restore: the next check will do
    try {
      backupIfFirstStartToday(workbench.sqlite, workbench.file, now());
    } catch (error) {
      // As at start (openDatabase's dailyBackup): said by kind only, never with the path.
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
      console.warn(`[linkages] The daily backup could not be made (${code}).`);
    }
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
