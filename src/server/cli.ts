/**
 * Browser mode: `npm run serve [-- --data DIR] [--port N] [--demo] [--passphrase-file FILE]`.
 * Opens the data folder's database, serves the Workbench on 127.0.0.1 and prints the one address
 * to open. With `--shared [--listen ADDRESS:PORT] [--tls-cert F --tls-key F | --trust-proxy]`, the
 * county's shared server: its users sign in (sharedServe.ts). Exit codes: exitCodes.ts.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../api/content';
import { loadDemoDatedFromToday, loadDemoRecords, readDemoDataset } from '../demo/demoCounty';
import { debugLogging } from '../api/log';
import { createService, typedInvoke } from '../api/service';
import { DataFileError } from '../db/dataFileError';
import { databaseFileIn, openDataFolder } from '../db/dataFolder';
import { DataFolderInUse } from '../db/dataFolderLock';
import { lookOfDataFile } from '../db/encryption';
import { hasActiveAdministrator } from '../db/system/users';
import { demoCacheFile, keepDemoCache } from './demoCache';
import { EXIT_CODES } from './exitCodes';
import { startHost } from './httpHost';
import { migrationsFolder, projectRoot, rendererOutDir, resourcesFolder } from './paths';
import {
  askPassphrase,
  PassphraseFileRefused,
  PrivateFileRefused,
  readPassphraseFile,
  readPrivateFile,
} from './passphraseSource';
import { ensureRendererBuilt } from './rendererBuild';
import { noAdministratorMessage, type OidcArguments } from './sharedServe';
import type { OidcSignIn } from './shared/oidcSignIn';
import { fail, readOptions, type ServeOptions } from './serveOptions';

/** The demo's temporary data folder, removed however the process ends. */
let demoFolder: string | null = null;

// Until the host is up, Ctrl-C ends at once, through 'exit', so the demo's folder goes too.
const stopEarly = (): void => process.exit(130);
process.on('SIGINT', stopEarly);
process.on('SIGTERM', stopEarly);

process.on('exit', () => {
  if (!demoFolder) return;
  try {
    fs.rmSync(demoFolder, { recursive: true, force: true });
  } catch {
    // Windows keeps an open file; what is left is in the system's temporary folder.
  }
});

/**
 * The passphrase from its file; else, for an encrypted data file, typed at the terminal. A new or
 * plain data file without a passphrase file is opened unencrypted, as before.
 */
async function passphraseFor(options: ServeOptions): Promise<string | null> {
  if (options.passphraseFile) {
    try {
      return readPassphraseFile(options.passphraseFile);
    } catch (error) {
      if (error instanceof PassphraseFileRefused) fail(EXIT_CODES.badArguments, error.message);
      throw error;
    }
  }
  if (lookOfDataFile(databaseFileIn(options.dataFolder)) !== 'encrypted') return null;
  const typed = await askPassphrase(`The data in ${options.dataFolder} is encrypted. Passphrase: `);
  if (typed === null) {
    fail(
      EXIT_CODES.dataFileUnusable,
      `The data in ${options.dataFolder} is encrypted. Start from a terminal to type its passphrase, or give a file holding it that only this account can read: --passphrase-file FILE.`,
    );
  }
  return typed;
}

async function main(): Promise<void> {
  // Everything this process creates (data, backups, the lock, temporary files) is private to the
  // person running it; the files' own modes say so too (src/db/privateFiles.ts).
  process.umask(0o077);
  const options = readOptions();
  demoFolder = options.temporaryFolder;
  const passphrase = await passphraseFor(options);
  const demoCache = demoCacheFor(options, passphrase);
  const fromCache = demoCache !== null && fs.existsSync(demoCache);
  let workbench;
  try {
    workbench = await openDataFolder(options.dataFolder, {
      dailyBackup: true,
      migrationsFolder,
      passphrase,
      startFrom: fromCache ? demoCache : null,
      onLost: () => {
        // Another process found this one's lock stale and took the folder: writing on would put
        // two writers on one file. Stop, and let the process exit release nothing else.
        fail(
          EXIT_CODES.dataFolderInUse,
          `Linkages Workbench stopped: another process took over the data folder ${options.dataFolder} while this one was not responding. Nothing more was written.`,
        );
      },
    });
  } catch (error) {
    if (error instanceof DataFolderInUse) fail(EXIT_CODES.dataFolderInUse, error.message);
    if (error instanceof DataFileError) fail(EXIT_CODES.dataFileUnusable, error.message);
    throw error;
  }
  if (workbench.storage.network) {
    console.log(
      `The data folder is on a network drive (${workbench.storage.network === 'setting' ? 'as set in Settings' : workbench.storage.network}): the Workbench uses SQLite's rollback journal there, since its write-ahead log is not safe over a network.`,
    );
  }
  if (options.shared && !hasActiveAdministrator(workbench.db)) {
    workbench.close();
    fail(EXIT_CODES.noAdministrator, noAdministratorMessage(options.dataFolder));
  }
  await ensureRendererBuilt((line) => console.log(line));
  const service = createService({
    workbench,
    appVersion: appVersion(),
    actor: os.userInfo().username,
    dataFolder: options.dataFolder,
    content: loadContent(resourcesFolder),
  });
  if (options.demo) {
    const invoke = typedInvoke(service);
    const dataset = readDemoDataset(resourcesFolder);
    if (!fromCache) {
      console.log(
        demoCache
          ? 'Loading the demo county (this takes several seconds the first time; later starts copy it)...'
          : 'Loading the demo county...',
      );
      await loadDemoRecords(invoke, dataset);
      if (demoCache) keepDemoCache(workbench.sqlite, demoCache);
    }
    await loadDemoDatedFromToday(invoke, dataset);
  }

  let host;
  try {
    const shared = options.shared;
    host = await startHost({
      service,
      token: shared ? null : randomBytes(24).toString('hex'),
      staticRoot: rendererOutDir,
      port: shared ? shared.port : options.port,
      ...(shared && {
        shared: {
          // Loaded only here: one user's server does not load argon2 or the session code.
          access: new (await import('./shared/sharedAccess')).SharedAccess({
            workbench,
            tls: shared.tls !== null,
            trustProxy: shared.trustProxy,
            oidc: shared.oidc && (await connectIdentityProvider(shared.oidc)),
          }),
          address: shared.address,
          tls: shared.tls,
          behindProxy: shared.trustProxy,
        },
      }),
    });
  } catch (error) {
    workbench.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail(
        EXIT_CODES.badArguments,
        options.shared
          ? `Port ${options.shared.port} is in use; choose another with --listen ADDRESS:PORT.`
          : `Port ${options.port} is in use; choose another with --port N (0 picks a free one).`,
      );
    }
    throw error;
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void host.close().then(() => {
      workbench.close();
      process.exit(EXIT_CODES.stopped);
    });
  };
  process.off('SIGINT', stopEarly);
  process.off('SIGTERM', stopEarly);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (debugLogging()) console.log('Debug logging is on (LINKAGES_LOG=debug): a line per API call.');
  console.log(
    options.shared
      ? `Linkages Workbench is shared at ${host.url} for the county's staff to sign in (data in ${options.dataFolder}; Ctrl-C to stop).`
      : `Linkages Workbench is running: open ${host.url} in your browser (data in ${options.dataFolder}; Ctrl-C to stop).`,
  );
}

/** The county's identity provider, reached once at start: a wrong setting stops the server now. */
async function connectIdentityProvider(oidc: OidcArguments): Promise<OidcSignIn> {
  try {
    const clientSecret = oidc.clientSecretFile
      ? readPrivateFile(oidc.clientSecretFile, 'OpenID Connect client secret file')
      : null;
    // Loaded only here: a server without an identity provider does not load openid-client.
    const { connectOidc } = await import('./shared/oidcSignIn');
    // Plain http is let through for an issuer on this machine only (oidcSignIn.ts).
    return await connectOidc({ ...oidc, clientSecret, allowHttp: true });
  } catch (error) {
    const refused = error instanceof Error && error.name === 'OidcSignInRefused';
    if (refused || error instanceof PrivateFileRefused) {
      fail(
        EXIT_CODES.couldNotStart,
        `Sign-in with the identity provider: ${(error as Error).message}`,
      );
    }
    throw error;
  }
}

/**
 * Where the built server keeps its prebuilt demo (demoCache.ts), or null: run from source (tests,
 * under tsx) or encrypted, the demo loads in full each time.
 */
function demoCacheFor(options: ServeOptions, passphrase: string | null): string | null {
  const here = fileURLToPath(import.meta.url);
  if (!options.demo || passphrase !== null || here.endsWith('.ts')) return null;
  const folder = process.env.LINKAGES_DEMO_CACHE ?? path.join(projectRoot, 'out', 'demo-cache');
  return demoCacheFile(folder, {
    codeFolder: path.dirname(here),
    resourcesFolder,
    migrationsFolder,
  });
}

function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

main().catch((error: unknown) => {
  fail(EXIT_CODES.couldNotStart, `Linkages Workbench could not start: ${(error as Error).message}`);
});
