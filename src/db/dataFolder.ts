import path from 'node:path';
import envPaths from 'env-paths';
import { lockDataFolder, type LockOptions } from './dataFolderLock';
import { openDatabase, type OpenOptions, type Workbench } from './openDatabase';
import { keepDailyBackups } from './system/dailyBackups';

export const DATABASE_FILE_NAME = 'workbench.sqlite';

/**
 * Where the Workbench keeps its data unless told otherwise, by OS convention:
 * Windows %LOCALAPPDATA%\LinkagesWorkbench\Data, macOS ~/Library/Application Support/LinkagesWorkbench,
 * Linux ~/.local/share/LinkagesWorkbench. Both shells use the same folder.
 */
export function defaultDataFolder(): string {
  return envPaths('LinkagesWorkbench', { suffix: '' }).data;
}

export function databaseFileIn(dataFolder: string): string {
  return path.join(dataFolder, DATABASE_FILE_NAME);
}

/**
 * How both shells open their data: the folder's single-writer lock first, then the database with
 * it, the lock given back if the file cannot be used. Throws DataFolderInUse or DataFileError.
 */
export async function openDataFolder(
  dataFolder: string,
  { onLost, ...options }: Omit<OpenOptions, 'lock'> & Pick<LockOptions, 'onLost'>,
): Promise<Workbench> {
  const lock = await lockDataFolder(dataFolder, { onLost });
  try {
    const workbench = openDatabase(databaseFileIn(dataFolder), { ...options, lock });
    if (!options.dailyBackup) return workbench;
    // Opened with daily backups: one at the day's first start, and each day after while it runs.
    const daily = keepDailyBackups(workbench, { now: options.now });
    const close = workbench.close;
    workbench.close = () => {
      daily.stop();
      close();
    };
    return workbench;
  } catch (error) {
    lock.release();
    throw error;
  }
}
