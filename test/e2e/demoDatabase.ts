/**
 * The demo county's database, loaded once for the whole e2e run (as `npm run serve -- --demo`
 * loads it: the same loadDemoCounty through the API) and copied into each session that asks for
 * the demo, instead of every session loading it again (a few seconds each).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/api/content';
import { loadDemoCounty, readDemoDataset } from '../../src/demo/demoCounty';
import { createService, typedInvoke } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { projectRoot, resourcesFolder } from '../../src/server/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo database file the sessions copy. */
    demoDatabase: string;
  }
}

export async function buildDemoDatabase(folder: string): Promise<string> {
  const workbench = openDatabase(databaseFileIn(folder));
  const { version } = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
  ) as { version: string };
  const service = createService({
    workbench,
    appVersion: version,
    actor: os.userInfo().username,
    dataFolder: folder,
    content: loadContent(resourcesFolder),
  });
  try {
    await loadDemoCounty(typedInvoke(service), readDemoDataset(resourcesFolder));
  } finally {
    // Closing checkpoints the log into the file: one file holds the whole demo.
    workbench.close();
  }
  return databaseFileIn(folder);
}
