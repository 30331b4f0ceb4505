/**
 * Browser mode: `npm run serve [-- --data DIR] [--port N] [--demo]`.
 * Opens the data folder's database, serves the Workbench on 127.0.0.1 and prints the one address
 * to open. Exit codes: 0 stopped by the user, 2 bad arguments, 3 the data file cannot be used.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../api/content';
import { loadDemoCounty, readDemoDataset } from '../api/demo';
import { debugLogging } from '../api/log';
import { createService, typedInvoke } from '../api/service';
import { DataFileError } from '../db/dataFileError';
import { databaseFileIn, defaultDataFolder } from '../db/dataFolder';
import { openDatabase } from '../db/openDatabase';
import { startHost } from './httpHost';
import { projectRoot, rendererOutDir, resourcesFolder } from './paths';
import { ensureRendererBuilt } from './rendererBuild';

export const DEFAULT_PORT = 4827;

const USAGE = 'Usage: npm run serve -- [--data DIR] [--port N] [--demo]';

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

function readOptions(): { dataFolder: string; port: number; demo: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        demo: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    fail(2, `${(error as Error).message}\n${USAGE}`);
  }
  // `npm run serve --demo` (without the `--`) reaches us only as npm's config variable.
  const demo = values.demo || process.env.npm_config_demo === 'true';
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(2, `--port must be a whole number from 0 to 65535, not "${values.port}".\n${USAGE}`);
  }
  let dataFolder = values.data ? path.resolve(values.data) : defaultDataFolder();
  if (demo) {
    if (!values.data) dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-demo-'));
    else if (fs.existsSync(databaseFileIn(dataFolder))) {
      fail(2, `--demo needs a fresh data folder, and ${dataFolder} already holds a database.`);
    }
  }
  return { dataFolder, port, demo };
}

async function main(): Promise<void> {
  const options = readOptions();
  let workbench;
  try {
    workbench = openDatabase(databaseFileIn(options.dataFolder), { dailyBackup: true });
  } catch (error) {
    if (error instanceof DataFileError) fail(3, error.message);
    throw error;
  }
  await ensureRendererBuilt((line) => console.log(line));
  const service = createService({
    workbench,
    appVersion: appVersion(),
    actor: os.userInfo().username,
    dataFolder: options.dataFolder,
    content: loadContent(resourcesFolder),
  });
  if (options.demo) await loadDemoCounty(typedInvoke(service), readDemoDataset(resourcesFolder));

  let host;
  try {
    host = await startHost({
      service,
      token: randomBytes(24).toString('hex'),
      staticRoot: rendererOutDir,
      port: options.port,
    });
  } catch (error) {
    workbench.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail(2, `Port ${options.port} is in use; choose another with --port N (0 picks a free one).`);
    }
    throw error;
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void host.close().then(() => {
      workbench.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (debugLogging()) console.log('Debug logging is on (LINKAGES_LOG=debug): a line per API call.');
  console.log(
    `Linkages Workbench is running: open ${host.url} in your browser (data in ${options.dataFolder}; Ctrl-C to stop).`,
  );
}

function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

main().catch((error: unknown) => {
  fail(1, `Linkages Workbench could not start: ${(error as Error).message}`);
});
