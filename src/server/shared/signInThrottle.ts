/**
 * Slows password guessing (issue 24): after a few failed sign-ins for one user name, or many from
 * one address, further tries are refused for a while. Kept in memory: the shared server is one
 * process, and a restart giving a guesser a fresh start once is no real help to them. User names
 * are throttled whether or not they exist, so the answer says nothing about which do.
 */

export interface ThrottleLimits {
  /** Failures for one user name within the window before it is locked. */
  readonly perAccount: number;
  /** Failures from one address within the window (a county's proxy can put many staff behind one). */
  readonly perAddress: number;
  readonly windowMs: number;
  /** How long a locked user name or address waits. */
  readonly lockMs: number;
}

export const DEFAULT_THROTTLE_LIMITS: ThrottleLimits = {
  perAccount: 5,
  perAddress: 30,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

interface Tally {
  failures: number[];
  lockedUntil: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class SignInThrottle {
  private readonly accounts = new Map<string, Tally>();
  private readonly addresses = new Map<string, Tally>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_THROTTLE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a sign-in for this user name from this address may be tried now. */
  check(account: string, address: string): ThrottleVerdict {
    const until = Math.max(
      this.lockedUntil(this.accounts, account.toLowerCase()),
      this.lockedUntil(this.addresses, address),
    );
    const wait = until - this.now();
    return wait > 0
      ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) }
      : { allowed: true };
  }

  failed(account: string, address: string): void {
    this.count(this.accounts, account.toLowerCase(), this.limits.perAccount);
    this.count(this.addresses, address, this.limits.perAddress);
  }

  /** A right password clears the user name's failures (the address keeps its own). */
  succeeded(account: string): void {
    this.accounts.delete(account.toLowerCase());
  }

  private lockedUntil(tallies: Map<string, Tally>, key: string): number {
    return tallies.get(key)?.lockedUntil ?? 0;
  }

  private count(tallies: Map<string, Tally>, key: string, limit: number): void {
    const now = this.now();
    const tally = tallies.get(key) ?? { failures: [], lockedUntil: 0 };
    tally.failures = [...tally.failures.filter((at) => now - at < this.limits.windowMs), now];
    if (tally.failures.length >= limit) {
      tally.lockedUntil = now + this.limits.lockMs;
      tally.failures = [];
    }
    tallies.set(key, tally);
    this.forgetOld(tallies, now);
  }

  /** A guesser trying many names must not grow the maps without end. */
  private forgetOld(tallies: Map<string, Tally>, now: number): void {
    if (tallies.size < 10_000) return;
    for (const [key, tally] of tallies) {
      const last = tally.failures.at(-1) ?? 0;
      if (tally.lockedUntil < now && now - last >= this.limits.windowMs) tallies.delete(key);
    }
  }
}
