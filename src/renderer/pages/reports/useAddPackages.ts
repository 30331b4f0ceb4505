import { useRef, useState } from 'react';
import type { AddPackageResult } from '../../../api/reports/rollup.contract';
import { invoke } from '../../client/client';
import { fileAsBase64 } from '../../client/files';

/** The service's cap for one package file (reports.addPackage takes up to 5 MB). */
const MAX_PACKAGE_MB = 5;

export type FileOutcome =
  { readonly state: 'waiting' | 'adding' } | { readonly state: 'kept' } | AddPackageResult;

export interface SentFile {
  readonly key: number;
  readonly file: File;
  readonly outcome: FileOutcome;
}

/** Why a file is refused before it is sent, or null. */
function refusalOf(file: File): string | null {
  if (!file.name.toLowerCase().endsWith('.xlsx')) {
    return `“${file.name}” is not an Excel workbook (.xlsx); a county report package is one.`;
  }
  if (file.size > MAX_PACKAGE_MB * 1024 * 1024) {
    return `“${file.name}” is larger than ${MAX_PACKAGE_MB} MB; a county package is far smaller.`;
  }
  return null;
}

/**
 * Adds package files to a roll-up one at a time, each judged on its own, with the count done so
 * far; stopping leaves the files already added in and sends no more.
 */
export function useAddPackages(rollupId: number) {
  const [files, setFiles] = useState<readonly SentFile[]>([]);
  const [running, setRunning] = useState(false);
  const stop = useRef(false);
  const nextKey = useRef(1);

  const settle = (key: number, outcome: FileOutcome) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, outcome } : f)));

  async function send(entry: SentFile, replace: boolean): Promise<void> {
    settle(entry.key, { state: 'adding' });
    const refusal = refusalOf(entry.file);
    if (refusal) return settle(entry.key, { outcome: 'refused', reason: refusal });
    try {
      const result = await invoke('reports.addPackage', {
        rollupId,
        fileName: entry.file.name,
        bytesBase64: await fileAsBase64(entry.file),
        replace,
      });
      settle(entry.key, result);
    } catch (error) {
      settle(entry.key, {
        outcome: 'refused',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async function add(picked: readonly File[]): Promise<void> {
    const batch = picked.map((file) => ({
      key: nextKey.current++,
      file,
      outcome: { state: 'waiting' } as const,
    }));
    setFiles(batch);
    setRunning(true);
    stop.current = false;
    for (const entry of batch) {
      if (stop.current) break;
      await send(entry, false);
    }
    setRunning(false);
  }

  /** The committee's choice for a county already in the roll-up. */
  async function choose(entry: SentFile, useNew: boolean): Promise<void> {
    if (useNew) await send(entry, true);
    else settle(entry.key, { state: 'kept' });
  }

  return {
    files,
    running,
    add,
    choose,
    stop: () => {
      stop.current = true;
    },
  };
}
