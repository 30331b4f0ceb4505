/**
 * The browser-mode host alone in its own process, for tests that measure what the host holds (its
 * resident memory) without the test's own buffers in the count. Unlike `npm run serve` it never
 * builds the renderer (a vite build would dwarf what is measured) and takes its data folder and
 * token from the command line: `node --import tsx uploadHostChild.ts <data folder> <token>`.
 * Prints `listening on <port>` once it answers; SIGTERM closes it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/api/content';
import { createService } from '../../src/api/service';
import { databaseFileIn } from '../../src/db/dataFolder';
import { openDatabase } from '../../src/db/openDatabase';
import { startHost } from '../../src/server/httpHost';
import { resourcesFolder } from '../../src/server/paths';

async function main(): Promise<void> {
  const [dataFolder, token] = process.argv.slice(2);
  if (!dataFolder || !token) throw new Error('usage: uploadHostChild.ts <data folder> <token>');
  const workbench = openDatabase(databaseFileIn(dataFolder));
  const staticRoot = path.join(dataFolder, 'public');
  fs.mkdirSync(staticRoot, { recursive: true });
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>ok</title>');
  const service = createService({
    workbench,
    appVersion: '0.0.0-test',
    actor: os.userInfo().username,
    dataFolder,
    content: loadContent(resourcesFolder),
  });
  const host = await startHost({ service, token, staticRoot });
  const stop = (): void => {
    void host.close().then(() => {
      workbench.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`listening on ${host.port}`);
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
});
