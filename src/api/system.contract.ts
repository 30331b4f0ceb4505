import { z } from 'zod';
import type { ContractSlice } from './contractTypes';

export const SystemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  dataFolder: z.string(),
  databaseFile: z.string(),
  databaseBytes: z.number().int().nonnegative(),
  lastBackup: z.object({ file: z.string(), createdAt: z.string() }).nullable(),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const systemContract = {
  'system.info': {
    summary: 'App and schema versions, where the data lives, its size and the last backup.',
    input: z.object({}).strict(),
    output: SystemInfo,
  },
} as const satisfies ContractSlice;
