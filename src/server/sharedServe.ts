/**
 * The shared server's own options (`npm run serve -- --shared ...`, issue 24), checked before any
 * data is opened: where to listen, and how passwords and cookies are kept off the wire in clear.
 */
import fs from 'node:fs';
import net from 'node:net';

export interface SharedServeOptions {
  readonly address: string;
  readonly port: number;
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | null;
  readonly trustProxy: boolean;
  /** Sign-in with the county's identity provider too, when given. */
  readonly oidc: OidcArguments | null;
}

export interface OidcArguments {
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** A file only this account can read (as the passphrase file); none for a public client. */
  readonly clientSecretFile: string | null;
}

export interface SharedArguments {
  readonly listen: string | undefined;
  readonly defaultPort: number;
  readonly tlsCert: string | undefined;
  readonly tlsKey: string | undefined;
  readonly trustProxy: boolean;
  readonly oidcIssuer?: string | undefined;
  readonly oidcClientId?: string | undefined;
  readonly oidcClientSecretFile?: string | undefined;
  readonly oidcRedirectUri?: string | undefined;
}

export class SharedOptionsRefused extends Error {}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** ADDRESS:PORT, [IPv6]:PORT, or ADDRESS alone (the default port). */
export function parseListen(text: string, defaultPort: number): { address: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const plain = /^([^:[\]]+)(?::(\d+))?$/.exec(text);
  const match = bracketed ?? plain;
  const address = match?.[1];
  const port = match?.[2] === undefined ? defaultPort : Number(match[2]);
  if (!address || (address !== 'localhost' && net.isIP(address) === 0) || port > 65535) {
    throw new SharedOptionsRefused(
      `--listen takes ADDRESS:PORT, for example 0.0.0.0:4827 or [::]:4827, not "${text}".`,
    );
  }
  return { address, port };
}

export function sharedOptions(args: SharedArguments): SharedServeOptions {
  const { address, port } = parseListen(args.listen ?? '127.0.0.1', args.defaultPort);
  if ((args.tlsCert === undefined) !== (args.tlsKey === undefined)) {
    throw new SharedOptionsRefused('--tls-cert and --tls-key go together: give both files.');
  }
  if (args.tlsCert !== undefined && args.trustProxy) {
    throw new SharedOptionsRefused(
      'Choose one: --tls-cert/--tls-key when this server speaks TLS itself, or --trust-proxy when the county’s reverse proxy does.',
    );
  }
  const tls =
    args.tlsCert !== undefined && args.tlsKey !== undefined
      ? { cert: readPem(args.tlsCert, '--tls-cert'), key: readPem(args.tlsKey, '--tls-key') }
      : null;
  if (!tls && !args.trustProxy && !LOOPBACK.has(address)) {
    throw new SharedOptionsRefused(
      `On a network (${address}) the shared server needs TLS, so passwords and session cookies never travel in clear: give --tls-cert FILE --tls-key FILE, or --trust-proxy behind the county's reverse proxy that terminates TLS.`,
    );
  }
  return { address, port, tls, trustProxy: args.trustProxy, oidc: oidcArguments(args) };
}

function oidcArguments(args: SharedArguments): OidcArguments | null {
  const { oidcIssuer, oidcClientId, oidcRedirectUri, oidcClientSecretFile } = args;
  if (oidcIssuer === undefined && oidcClientId === undefined && oidcRedirectUri === undefined) {
    if (oidcClientSecretFile !== undefined) {
      throw new SharedOptionsRefused('--oidc-client-secret-file needs --oidc-issuer.');
    }
    return null;
  }
  if (!oidcIssuer || !oidcClientId || !oidcRedirectUri) {
    throw new SharedOptionsRefused(
      'Sign-in with the identity provider needs all three of --oidc-issuer URL, --oidc-client-id ID and --oidc-redirect-uri URL (this server’s /auth/oidc/callback, as registered at the provider).',
    );
  }
  let callback: URL;
  try {
    callback = new URL(oidcRedirectUri);
  } catch {
    throw new SharedOptionsRefused(`--oidc-redirect-uri is not an address: "${oidcRedirectUri}".`);
  }
  if (callback.pathname !== '/auth/oidc/callback') {
    throw new SharedOptionsRefused(
      `--oidc-redirect-uri must end in /auth/oidc/callback, where this server takes the provider's answer (not ${callback.pathname}).`,
    );
  }
  return {
    issuer: oidcIssuer,
    clientId: oidcClientId,
    redirectUri: oidcRedirectUri,
    clientSecretFile: oidcClientSecretFile ?? null,
  };
}

function readPem(file: string, option: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new SharedOptionsRefused(
      `${option}: ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
}

/** What a shared server with nobody to administer it prints before it stops. */
export function noAdministratorMessage(dataFolder: string): string {
  return [
    `No administrator can sign in to the shared server of ${dataFolder} yet, so it did not start.`,
    'Create the first one (you will be asked for a password), then start the server again:',
    '',
    `  npm run users -- add NAME --role administrator --data "${dataFolder}"`,
  ].join('\n');
}
