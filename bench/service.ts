/** The Workbench's service over a database, as every benchmark opens it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../src/api/content';
import { createService, typedInvoke } from '../src/api/service';
import { openDatabase } from '../src/db/openDatabase';
import { resourcesFolder } from '../src/server/paths';

export interface BenchOptions {
  /** The data file's passphrase (src/db/encryption.ts); null for a plain file. */
  readonly passphrase?: string | null;
}

/**
 * Over `file`, or over a new database in a fresh temporary folder; with a passphrase, a new one
 * is encrypted from its first page, as a county that chooses encryption at start would have it.
 */
export function openBenchService(file?: string, { passphrase = null }: BenchOptions = {}) {
  const folder = file
    ? path.dirname(file)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-'));
  const workbench = openDatabase(file ?? path.join(folder, 'workbench.sqlite'), { passphrase });
  const invoke = typedInvoke(
    createService({
      workbench,
      appVersion: 'bench',
      actor: 'bench',
      dataFolder: folder,
      content: loadContent(resourcesFolder),
    }),
  );
  return { folder, workbench, invoke };
}
