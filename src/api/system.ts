import fs from 'node:fs';
import { listBackups } from '../db/backups';
import type { HandlersFor } from './context';
import type { systemContract } from './system.contract';

export const systemHandlers: HandlersFor<typeof systemContract> = {
  'system.info': (_input, { workbench, appVersion, dataFolder }) => {
    const newest = listBackups(workbench.file)[0];
    return {
      appVersion,
      schemaVersion: workbench.schemaVersion,
      dataFolder,
      databaseFile: workbench.file,
      // The -wal file holds recent commits until a checkpoint, so it counts toward the size.
      databaseBytes: fileSize(workbench.file) + fileSize(`${workbench.file}-wal`),
      lastBackup: newest ? { file: newest.file, createdAt: newest.createdAt } : null,
    };
  },
};

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
