import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Adapter, type AdapterPayload, type ProviderContext } from 'oidc-provider';
import { followAuthorization } from './oidcBrowser';

/**
 * A real OpenID provider (oidc-provider 9) on 127.0.0.1 for the sign-in tests (issue 24): the
 * county's identity provider as the Workbench meets it, with the person's part at the provider
 * (typing a password, pressing Allow or Cancel) replaced by `signIn` and `deny`.
 */

export interface TestAccount {
  readonly sub: string;
  readonly name: string;
  readonly email: string;
}

export const TEST_ACCOUNTS = {
  ana: { sub: 'acct-ana-7f3c', name: 'Ana Coordinator', email: 'ana@county.test' },
  ben: { sub: 'acct-ben-19ad', name: 'Ben Analyst', email: 'ben@county.test' },
} as const satisfies Record<string, TestAccount>;
export type TestAccountName = keyof typeof TEST_ACCOUNTS;

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface TestOidcProvider {
  readonly issuer: string;
  /** The Workbench's registration. */
  readonly workbench: TestClient;
  /** Another application registered at the same provider, with the same redirect URI. */
  readonly otherApp: TestClient;
  /** Follows an authorization URL as the account's person would, to the callback URL. */
  signIn(authorizationUrl: string, account: TestAccountName): Promise<URL>;
  /** Follows it and presses Cancel at the provider: the callback carries access_denied. */
  deny(authorizationUrl: string): Promise<URL>;
  /**
   * From now on, ID tokens the provider issues name this audience instead of the client that
   * asked: a token minted for another application, validly signed by the provider.
   */
  issueIdTokensFor(audience: string | null): void;
  close(): Promise<void>;
}

/**
 * oidc-provider's own memory adapter shares one store between every provider in the process and
 * warns at start; this one is per provider. Expiry is not needed: a test's provider lives seconds.
 */
function memoryAdapterFactory(): (model: string) => Adapter {
  const store = new Map<string, AdapterPayload>();
  const index = new Map<string, string>();
  return (model) => {
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload) {
        store.set(key(id), payload);
        if (payload.uid) index.set(`uid:${payload.uid}`, id);
        if (payload.userCode) index.set(`userCode:${payload.userCode}`, id);
      },
      async find(id) {
        return store.get(key(id));
      },
      async findByUid(uid) {
        const id = index.get(`uid:${uid}`);
        return id === undefined ? undefined : store.get(key(id));
      },
      async findByUserCode(userCode) {
        const id = index.get(`userCode:${userCode}`);
        return id === undefined ? undefined : store.get(key(id));
      },
      async consume(id) {
        const payload = store.get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        store.delete(key(id));
      },
      // A replayed code makes the provider revoke everything issued under its grant.
      async revokeByGrantId(grantId) {
        for (const [storedKey, payload] of store) {
          if (payload.grantId === grantId) store.delete(storedKey);
        }
      },
    };
  };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Re-signs an ID token with the provider's own key and another audience. */
function reissueFor(idToken: string, audience: string, key: KeyObject): string {
  const [header, payload] = idToken.split('.');
  if (!header || !payload) throw new Error('The provider issued an ID token that is not a JWT.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  const body = `${header}.${base64url({ ...claims, aud: audience })}`;
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`;
}

export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const workbench = {
    clientId: 'linkages-workbench',
    clientSecret: randomBytes(24).toString('hex'),
  };
  const otherApp = { clientId: 'county-other-app', clientSecret: randomBytes(24).toString('hex') };
  const client = ({ clientId, clientSecret }: TestClient) => ({
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });

  const provider = new Provider(issuer, {
    adapter: memoryAdapterFactory(),
    clients: [client(workbench), client(otherApp)],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-signing', use: 'sig' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    pkce: { required: () => true },
    // Set, not defaulted: oidc-provider prints a notice for every default lifetime it uses.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    features: { devInteractions: { enabled: false } },
    async findAccount(_ctx: unknown, sub: string) {
      const account = Object.values(TEST_ACCOUNTS).find((candidate) => candidate.sub === sub);
      return account && { accountId: sub, claims: async () => ({ ...account }) };
    },
    // The county's provider would ask for consent once; these clients are first-party, so the
    // grant of what was asked is made on the spot and the person only signs in.
    async loadExistingGrant(ctx: ProviderContext) {
      const { client: asking, session, result, params } = ctx.oidc;
      if (!asking || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(asking.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        accountId: session.accountId,
        clientId: asking.clientId,
      });
      grant.addOIDCScope(params?.scope ?? 'openid');
      await grant.save();
      return grant;
    },
    // oidc-provider's error page is HTML with a webfont link; the tests read the text.
    async renderError(ctx: ProviderContext, out: Record<string, string>) {
      ctx.body = `${out.error ?? 'error'}: ${out.error_description ?? ''}`;
    },
  });

  let idTokenAudience: string | null = null;
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (idTokenAudience && ctx.path === '/token' && typeof body?.id_token === 'string') {
      body.id_token = reissueFor(body.id_token, idTokenAudience, privateKey);
    }
  });

  // The provider answers everything except the person's own step, which a test takes for them.
  const callback = provider.callback();
  server.on('request', (req, res) => {
    // The provider's own page, for a test driving a real browser: the person picks who they are.
    const page = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (page)
      return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(loginPage(page[1] ?? ''));
    const step = /^\/interaction\/([\w-]+)\/(login|deny)(?:\?(.*))?$/.exec(req.url ?? '');
    if (!step) return callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== step[1])
        throw new Error('The interaction cookie is for another sign-in.');
      if (step[2] === 'deny') {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The person cancelled at the provider.' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const name = new URLSearchParams(step[3]).get('account') as TestAccountName;
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: TEST_ACCOUNTS[name].sub } },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  return {
    issuer,
    workbench,
    otherApp,
    signIn: (authorizationUrl, account) => {
      if (!(account in TEST_ACCOUNTS)) throw new Error(`No test account ${account}.`);
      return followAuthorization(authorizationUrl, redirectUri, `login?account=${account}`);
    },
    deny: (authorizationUrl) => followAuthorization(authorizationUrl, redirectUri, 'deny'),
    issueIdTokensFor: (audience) => {
      idTokenAudience = audience;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The county identity provider's sign-in page, as plain as a test needs: one link per account. */
function loginPage(uid: string): string {
  const links = Object.entries(TEST_ACCOUNTS)
    .map(
      ([name, account]) =>
        `<li><a href="/interaction/${uid}/login?account=${name}">Sign in as ${account.name}</a></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><title>County sign-in</title><h1>County sign-in</h1><ul>${links}<li><a href="/interaction/${uid}/deny">Cancel</a></li></ul></html>`;
}
