/**
 * The browser's part of a sign-in at the test provider, with plain fetch: redirects followed by
 * hand, and the provider's cookies (interaction, resume, session) carried between them, since the
 * provider ties each step to the one before through them.
 */

const MAX_REDIRECTS = 10;

class CookieJar {
  readonly #cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || pair.slice(at + 1) === '') this.#cookies.delete(name);
      else this.#cookies.set(name, pair.slice(at + 1));
    }
  }

  // Paths are ignored: every cookie here comes from the one provider, and it tells them apart by name.
  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Follows the authorization URL until the provider redirects to `redirectUri`, and returns that
 * callback URL. At the provider's interaction page the person's step is taken by requesting
 * `<interaction>/<step>` (the test provider's route for "sign in as" or "cancel").
 */
export async function followAuthorization(
  authorizationUrl: string,
  redirectUri: string,
  step: string,
): Promise<URL> {
  const jar = new CookieJar();
  let next = new URL(authorizationUrl);
  let stepTaken = false;
  for (let hop = 0; hop < MAX_REDIRECTS; hop += 1) {
    const response = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) {
      throw new Error(`The provider answered ${response.status}: ${await response.text()}`);
    }
    await response.body?.cancel();
    const target = new URL(location, next);
    if (target.href.startsWith(redirectUri)) return target;
    if (!stepTaken && /^\/interaction\/[\w-]+$/.test(target.pathname)) {
      stepTaken = true;
      next = new URL(`${target.pathname}/${step}`, target);
    } else {
      next = target;
    }
  }
  throw new Error(`The provider redirected more than ${MAX_REDIRECTS} times.`);
}
