/** How the Settings page puts backups and sizes into words. */
/** Why a backup was made, in the words the Settings page uses. */
export function reasonInWords(reason: string): string {
  if (reason === 'daily') return 'Daily, at the first start of the day';
  if (reason === 'manual') return 'Made with “Back up now”';
  if (reason === 'before-restore') return 'The data just before a restore';
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
