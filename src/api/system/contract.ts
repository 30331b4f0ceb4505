import { z } from 'zod';
import { ALL_DATA, type ContractSlice } from '../contractTypes';
import { encryptionContract } from './encryption.contract';
import { ADMINISTRATION, EVERYONE } from './roleGroups';

export const SystemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  dataFolder: z.string(),
  databaseFile: z.string(),
  databaseBytes: z.number().int().nonnegative(),
  lastBackup: z.object({ file: z.string(), createdAt: z.string() }).nullable(),
  /**
   * SQLite's write-ahead log on a local disk; its rollback journal on a network folder, detected
   * (NFS, SMB, a UNC path) or set by the person for a mapped drive ("setting").
   */
  storage: z.object({
    journal: z.enum(['wal', 'rollback']),
    network: z.string().nullable(),
  }),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const Backup = z.object({
  /** The backup's file name in the backups folder, and nothing more. */
  id: z.string(),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  /** "daily", "manual", "before-restore", "before-move-in" or "before-schema-<version>". */
  reason: z.string(),
});
export type Backup = z.infer<typeof Backup>;

/** A name from system.listBackups: never a path, so a call cannot reach a file outside the folder. */
const BackupName = z
  .string()
  .min(1, 'Choose a backup from the list.')
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && !name.includes('..'), {
    message: 'Give the name of a backup from the list, not a path.',
  });

export const systemContract = {
  'system.info': {
    reads: ['settings', 'backups'],
    identifiers: 'none',
    roles: EVERYONE,
    summary: 'App and schema versions, where the data lives, its size and the last backup.',
    input: z.object({}).strict(),
    output: SystemInfo,
  },
  'system.backupNow': {
    changes: ['backups'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'Makes a backup of the data now, beside the daily ones and those before upgrades.',
    input: z.object({}).strict(),
    output: Backup,
  },
  'system.listBackups': {
    reads: ['backups'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'The backups of the data, newest first.',
    input: z.object({}).strict(),
    output: z.array(Backup),
  },
  'system.restoreBackup': {
    changes: ALL_DATA,
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Puts the data back as it was in a backup, after checking it and backing up the data as it is now.',
    input: z.object({ backup: BackupName }).strict(),
    output: z.object({ restored: Backup, beforeRestore: Backup }),
  },
  'system.setNetworkDrive': {
    changes: ['settings'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Says whether the data folder is a network drive the system cannot tell (a mapped drive letter), and switches the journal at once.',
    input: z.object({ networkDrive: z.boolean() }).strict(),
    output: SystemInfo.shape.storage,
  },
  ...encryptionContract,
} as const satisfies ContractSlice;
