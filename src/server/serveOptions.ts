/** `npm run serve`'s arguments, read and checked before anything is opened (cli.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFileIn, defaultDataFolder } from '../db/dataFolder';
import { EXIT_CODES } from './exitCodes';
import { passphraseFileFrom } from './passphraseSource';
import { sharedOptions, SharedOptionsRefused, type SharedServeOptions } from './sharedServe';

export const DEFAULT_PORT = 4827;

const USAGE =
  'Usage: npm run serve -- [--data DIR] [--port N] [--demo] [--passphrase-file FILE]\n' +
  '       npm run serve -- --shared [--data DIR] [--listen ADDRESS:PORT] [--tls-cert FILE --tls-key FILE | --trust-proxy] [--passphrase-file FILE]\n' +
  '         [--oidc-issuer URL --oidc-client-id ID --oidc-redirect-uri URL [--oidc-client-secret-file FILE]]';

export function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

export interface ServeOptions {
  readonly dataFolder: string;
  readonly port: number;
  readonly demo: boolean;
  /** Where the data file's passphrase is kept (passphraseSource.ts), if anywhere. */
  readonly passphraseFile: string | null;
  /** The county's shared server, or null for one user on this computer. */
  readonly shared: SharedServeOptions | null;
  /** The demo's own data folder, made here, to be removed however the process ends. */
  readonly temporaryFolder: string | null;
}

export function readOptions(): ServeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        demo: { type: 'boolean', default: false },
        'passphrase-file': { type: 'string' },
        shared: { type: 'boolean', default: false },
        listen: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'trust-proxy': { type: 'boolean', default: false },
        'oidc-issuer': { type: 'string' },
        'oidc-client-id': { type: 'string' },
        'oidc-client-secret-file': { type: 'string' },
        'oidc-redirect-uri': { type: 'string' },
      },
    }));
  } catch (error) {
    fail(EXIT_CODES.badArguments, `${(error as Error).message}\n${USAGE}`);
  }
  // `npm run serve --demo` (without the `--`) reaches us only as npm's config variable.
  const demo = values.demo || process.env.npm_config_demo === 'true';
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(
      EXIT_CODES.badArguments,
      `--port must be a whole number from 0 to 65535, not "${values.port}".\n${USAGE}`,
    );
  }
  let shared: SharedServeOptions | null = null;
  if (values.shared) {
    if (demo)
      fail(EXIT_CODES.badArguments, 'The demo county is for one user: start it without --shared.');
    try {
      shared = sharedOptions({
        listen: values.listen,
        defaultPort: port,
        tlsCert: values['tls-cert'],
        tlsKey: values['tls-key'],
        trustProxy: values['trust-proxy'],
        oidcIssuer: values['oidc-issuer'],
        oidcClientId: values['oidc-client-id'],
        oidcClientSecretFile: values['oidc-client-secret-file'],
        oidcRedirectUri: values['oidc-redirect-uri'],
      });
    } catch (error) {
      if (error instanceof SharedOptionsRefused)
        fail(EXIT_CODES.badArguments, `${error.message}\n${USAGE}`);
      throw error;
    }
  } else if (
    ['listen', 'tls-cert', 'tls-key', 'trust-proxy', 'oidc-issuer'].some(
      (name) => values[name as keyof typeof values],
    )
  ) {
    fail(
      EXIT_CODES.badArguments,
      `--listen, --tls-cert, --tls-key, --trust-proxy and --oidc-… are for the shared server: add --shared.\n${USAGE}`,
    );
  }
  let temporaryFolder: string | null = null;
  let dataFolder = values.data ? path.resolve(values.data) : defaultDataFolder();
  if (demo) {
    if (!values.data) {
      dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-demo-'));
      temporaryFolder = dataFolder;
    } else if (fs.existsSync(databaseFileIn(dataFolder))) {
      fail(
        EXIT_CODES.badArguments,
        `--demo needs a fresh data folder, and ${dataFolder} already holds a database.`,
      );
    }
  }
  return {
    dataFolder,
    port,
    demo,
    passphraseFile: passphraseFileFrom(values['passphrase-file']),
    shared,
    temporaryFolder,
  };
}
