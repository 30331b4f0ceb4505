/**
 * One writer per data file (DESIGN.md, "Data rules"): the process that serves a data folder holds
 * a lock on it, so a second desktop window, a browser-mode process or a colleague opening the same
 * folder on a network share refuses to start instead of writing over the first one's work.
 * proper-lockfile makes the lock a folder (mkdir is atomic, also over NFS and SMB) whose time the
 * holder refreshes; a lock nobody refreshes for STALE_MS belongs to a holder that died. Who holds
 * it (host, process, since when) is written beside it, for the refusal to name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ensurePrivateFile, ensurePrivateFolder } from './privateFiles';

/** proper-lockfile's default: the holder refreshes the lock every STALE_MS / 2. */
export const STALE_MS = 10_000;
const LOCK_NAME = 'workbench.lock';
const HOLDER_NAME = 'workbench.lock-holder.json';

export interface LockHolder {
  readonly host: string;
  readonly pid: number;
  readonly since: string;
}

export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      holder
        ? `The data folder ${folder} is in use by another Linkages Workbench (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close that one first, or choose another data folder.`
        : `The data folder ${folder} is in use by another Linkages Workbench. Close that one first, or choose another data folder.`,
    );
    this.name = 'DataFolderInUse';
  }
}

export interface DataFolderLock {
  readonly folder: string;
  /** False once released, or once another process took the lock over (see `onLost`). */
  held(): boolean;
  release(): void;
}

export interface LockOptions {
  /**
   * Called if the lock is lost while held: another process found it stale (this one was frozen
   * for longer than STALE_MS) and took it. The caller must stop writing at once.
   */
  readonly onLost: (error: Error) => void;
  readonly staleMs?: number;
}

export function lockFilePath(folder: string): string {
  return path.join(folder, LOCK_NAME);
}

/**
 * Takes the lock or throws DataFolderInUse. A lock left by a process of this machine that no
 * longer runs (killed, crashed) is waited out until it goes stale, instead of refused.
 */
export async function lockDataFolder(
  folder: string,
  options: LockOptions,
): Promise<DataFolderLock> {
  const staleMs = options.staleMs ?? STALE_MS;
  ensurePrivateFolder(folder);
  const where = { lockfilePath: lockFilePath(folder), realpath: false };
  let held = false;
  const deadline = Date.now() + staleMs + 1000;
  for (;;) {
    try {
      await lockfile.lock(folder, {
        ...where,
        stale: staleMs,
        onCompromised: (error) => {
          held = false;
          options.onLost(error);
        },
      });
      held = true;
      ensurePrivateFolder(lockFilePath(folder), { ours: true });
      writeHolder(folder);
      return {
        folder,
        held: () => held,
        release() {
          if (!held) return;
          held = false;
          fs.rmSync(path.join(folder, HOLDER_NAME), { force: true });
          // At once, not in a later tick: the process may exit right after closing.
          lockfile.unlockSync(folder, where);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      // A holder that is gone from this machine, or not named yet (it is writing its name, or it
      // died before it could), is waited out: its lock goes stale unless someone refreshes it.
      const holder = readHolder(folder);
      const waitable =
        holder === null || (holder.host === os.hostname() && !processRuns(holder.pid));
      if (!waitable || Date.now() > deadline) throw new DataFolderInUse(folder, holder);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function writeHolder(folder: string): void {
  const file = path.join(folder, HOLDER_NAME);
  ensurePrivateFile(file);
  const holder: LockHolder = {
    host: os.hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
  };
  fs.writeFileSync(file, JSON.stringify(holder));
}

function readHolder(folder: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(folder, HOLDER_NAME), 'utf8')) as unknown;
    const { host, pid, since } = parsed as Partial<LockHolder>;
    return typeof host === 'string' && Number.isInteger(pid) && typeof since === 'string'
      ? { host, pid: pid as number, since }
      : null;
  } catch {
    return null;
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another account.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
