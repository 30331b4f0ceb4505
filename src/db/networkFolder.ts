/**
 * SQLite's write-ahead log keeps an index in shared memory (the -shm file), which only works
 * between processes on one machine: "WAL does not work over a network filesystem" (sqlite.org,
 * wal.html). On a network folder the Workbench uses SQLite's rollback journal instead.
 */
import fs from 'node:fs';

export type NetworkFolderKind = 'NFS' | 'SMB' | 'network share (UNC path)';

/** File-system magic numbers from statfs(2) (linux/magic.h) that name a network file system. */
const NETWORK_FILE_SYSTEMS = new Map<number, NetworkFolderKind>([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'SMB'], // CIFS
  [0xfe534d42, 'SMB'], // SMB2
]);

/**
 * What the system says about the folder: a UNC path on Windows (\\server\share), or the file
 * system's type on Linux. A drive letter mapped to a share cannot be told from a local disk by
 * either; the "network folder" setting covers it.
 */
export function detectNetworkFolder(
  folder: string,
  platform: NodeJS.Platform = process.platform,
  statfsType: (folder: string) => number | null = typeOfFileSystem,
): NetworkFolderKind | null {
  if (platform === 'win32') {
    return /^(\\\\|\/\/)(?!\?\\[a-z]:|\.\\)/i.test(folder) ? 'network share (UNC path)' : null;
  }
  if (platform !== 'linux') return null;
  const type = statfsType(folder);
  return type === null ? null : (NETWORK_FILE_SYSTEMS.get(type >>> 0) ?? null);
}

function typeOfFileSystem(folder: string): number | null {
  try {
    return fs.statfsSync(folder).type;
  } catch {
    return null;
  }
}

/** The workspace setting by which a person says the data folder is a mapped network drive. */
export const NETWORK_DRIVE_SETTING = 'dataFolder.networkDrive';
