/** How the Settings page puts backups and sizes into words. */
/** Why a backup was made, in the words the Settings page uses. */
export function reasonInWords(reason: string): string {
  if (reason === 'daily') return 'Daily, the first of the day';
  if (reason === 'manual') return 'Made with “Back up now”';
  if (reason === 'before-restore') return 'The data just before a restore';
  if (reason === 'before-move-in') return 'The data just before a laptop’s data was moved in';
  const upgrade = /^before-schema-(\d+)$/.exec(reason);
  if (upgrade) return `Before the upgrade to schema version ${upgrade[1]}`;
  return reason;
}

export function formatWhen(createdAt: string): string {
  return new Date(createdAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const localDay = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/**
 * When the next daily backup is made: the Workbench makes one on the first start of each local day
 * and, while it stays open, looks every hour whether today's is made (db/system/dailyBackups.ts).
 * Any backup made today counts as today's.
 */
export function nextDailyBackupInWords(lastBackupAt: string | null, now: Date): string {
  if (lastBackupAt === null || localDay(new Date(lastBackupAt)) !== localDay(now)) {
    return 'Within the hour.';
  }
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const day = tomorrow.toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
  return `Tomorrow, ${day}: in the first hour after midnight if the Workbench is open, otherwise when it next starts.`;
}
