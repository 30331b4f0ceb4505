/**
 * Password hashing for the shared server's sign-in (issue 24): argon2id through the maintained
 * `argon2` binding, which salts each hash and writes its parameters into it, so hashes made at an
 * older cost still verify after the cost is raised (and `needsNewHash` says which to redo).
 */
import argon2 from 'argon2';

/**
 * OWASP's Password Storage Cheat Sheet, argon2id's first recommended setting: 19 MiB, 2 passes,
 * 1 lane. About 0.1 s on a small server, so a guessing attacker with the hashes pays the same per
 * guess, while a morning's sign-ins of a county's staff (four at once, libuv's thread pool) stay
 * well under a second and under 100 MiB. Throttling after failed attempts guards the sign-in page
 * itself. Raise it here, never lower; `shared.signin_ms` in the benchmark shows what it costs.
 */
export const PASSWORD_HASH_COST = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_COST);
}

/** False also for a stored value that is not an argon2 hash: it signs nobody in. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Whether a hash was made at another cost than today's, to hash again at the next sign-in. */
export function needsNewHash(hash: string): boolean {
  return argon2.needsRehash(hash, PASSWORD_HASH_COST);
}

/**
 * A hash of a random password nobody knows, at PASSWORD_HASH_COST (a test holds them equal).
 * Made once and kept here, so the first unknown name costs the same as every later one.
 */
export const NOBODY_HASH =
  '$argon2id$v=19$m=19456,p=1,t=2$S03uYHwK5cw/XWybAc0C7g$MQJD3kVs8aqe9aa82rCAZJEnfjbi1dEo50UsSWBeju4';

/**
 * One verification that always fails, for a sign-in with a user name that does not exist (or a
 * disabled user, or one without a password): it takes as long as a wrong password, so the time
 * of the answer does not tell whether the name is a user's.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  await verifyPassword(NOBODY_HASH, password);
  return false;
}
