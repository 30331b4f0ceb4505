import fs from 'node:fs';
import path from 'node:path';
import envPaths from 'env-paths';
import { lockDataFolder, type LockOptions } from './dataFolderLock';
import { openDatabase, type OpenOptions, type Workbench } from './openDatabase';
import { ensurePrivateFile } from './privateFiles';
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

export interface DataFolderOptions extends Omit<OpenOptions, 'lock'>, Pick<LockOptions, 'onLost'> {
  /**
   * A database file to start from when the folder holds none, copied in under the lock, so no
   * other process can have begun a file there meanwhile (browser mode's prebuilt demo).
   */
  readonly startFrom?: string | null;
}

/**
 * How both shells open their data: the folder's single-writer lock first, then the database with
 * it, the lock given back if the file cannot be used. Throws DataFolderInUse or DataFileError.
 */
export async function openDataFolder(
  dataFolder: string,
  { onLost, startFrom, ...options }: DataFolderOptions,
): Promise<Workbench> {
  const lock = await lockDataFolder(dataFolder, { onLost });
  try {
    const file = databaseFileIn(dataFolder);
    if (startFrom && !fs.existsSync(file)) {
      fs.copyFileSync(startFrom, file, fs.constants.COPYFILE_EXCL);
      ensurePrivateFile(file);
    }
    const workbench = openDatabase(file, { ...options, lock });
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
