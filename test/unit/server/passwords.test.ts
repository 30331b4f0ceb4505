import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  needsNewHash,
  NOBODY_HASH,
  PASSWORD_HASH_COST,
  verifyAgainstNobody,
  verifyPassword,
} from '../../../src/api/system/passwords';

describe('passwords', () => {
  it('hashes with argon2id at the chosen cost, salted, and verifies only the same password', async () => {
    const hash = await hashPassword('river otter sandwich 42');
    const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_COST;
    expect(hash).toMatch(
      new RegExp(`^\\$argon2id\\$v=19\\$m=${memoryCost},p=${parallelism},t=${timeCost}\\$`),
    );
    expect(hash).not.toContain('river');
    expect(await hashPassword('river otter sandwich 42')).not.toBe(hash);
    expect(await verifyPassword(hash, 'river otter sandwich 42')).toBe(true);
    expect(await verifyPassword(hash, 'River otter sandwich 42')).toBe(false);
    expect(needsNewHash(hash)).toBe(false);
  });

  it('is at least OWASP minimum for argon2id', () => {
    expect(PASSWORD_HASH_COST.memoryCost).toBeGreaterThanOrEqual(19 * 1024);
    expect(PASSWORD_HASH_COST.timeCost).toBeGreaterThanOrEqual(2);
  });

  it('keeps the hash of nobody at today’s cost, so an unknown name costs as a wrong password', async () => {
    expect(needsNewHash(NOBODY_HASH)).toBe(false);
    expect(await verifyAgainstNobody('river otter sandwich 42')).toBe(false);
    expect(await verifyAgainstNobody('')).toBe(false);
  });

  it('says an older, cheaper hash needs hashing again, and refuses what is not a hash', async () => {
    const cheap =
      '$argon2id$v=19$m=4096,p=1,t=1$c2FsdHNhbHRzYWx0$7uWkS2bq9S0n5nQyV3rZz2h3lX8Q1m1kY0l2t3b9a0c';
    expect(needsNewHash(cheap)).toBe(true);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });
});
