/**
 * Browser mode listens on loopback, but any page the user visits can still send requests there.
 * These checks stop other local pages (Origin), DNS-rebinding sites (Host) and callers without the
 * per-launch token.
 */
import { timingSafeEqual } from 'node:crypto';

export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

export function allowedHosts(port: number): Set<string> {
  return new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** A missing Origin is a same-origin GET or a non-browser client; a present one must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  for (const host of allowedHosts(port)) {
    if (origin.toLowerCase() === `http://${host}`) return true;
  }
  return false;
}

export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
