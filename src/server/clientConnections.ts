/**
 * Open connections per client (issue 20). Browser mode listens on 127.0.0.1 with one token per
 * launch, so every caller, legitimate or not, comes from the same address with the same token, and
 * the token is not known until a request's headers have been read: the client is the remote
 * address. A browser opens at most six connections to a host; the load test runs 50 clients. Past
 * the limit a connection is still answered (with a refusal that says why, and closed), so a page
 * shows a message rather than a network error.
 */

/** Well above a browser's six per host and the 50 clients of the load test. */
export const DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 64;

export const TOO_MANY_CONNECTIONS_MESSAGE =
  'The Workbench has too many connections open from this computer; close some of its tabs and try again.';

export class ConnectionCounter {
  readonly #open = new Map<string, number>();

  constructor(readonly perClient: number) {}

  /** Counts a new connection from `client`; false when it is past the limit. */
  open(client: string): boolean {
    const count = (this.#open.get(client) ?? 0) + 1;
    this.#open.set(client, count);
    return count <= this.perClient;
  }

  /** Forgets a closed connection (exactly once per `open`). */
  close(client: string): void {
    const count = (this.#open.get(client) ?? 0) - 1;
    if (count > 0) this.#open.set(client, count);
    else this.#open.delete(client);
  }

  /** Connections open from `client` now. */
  count(client: string): number {
    return this.#open.get(client) ?? 0;
  }
}
