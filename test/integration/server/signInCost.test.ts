/**
 * User-name enumeration by timing: every refused sign-in pays for one argon2 verification, whether
 * the user exists, is disabled, signs in only through the identity provider, or typed a wrong
 * password. Counted here, not timed (timings belong in the benchmark: shared.signin_ms).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as passwords from '../../../src/api/system/passwords';
import { startSharedServer, type SharedServerUnderTest } from '../../support/sharedServer';

const verifications = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/api/system/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof passwords>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      verifications.count += 1;
      return real.verifyPassword(hash, password);
    },
    verifyAgainstNobody: async (password: string) => {
      verifications.count += 1;
      return real.verifyAgainstNobody(password);
    },
  };
});

let server: SharedServerUnderTest | undefined;
afterEach(async () => {
  await server?.host.close();
  server = undefined;
});

describe('a refused sign-in', () => {
  it('costs one argon2 verification, whichever way it is refused', async () => {
    server = await startSharedServer([
      { userName: 'cora', grants: [{ role: 'coordinator', countyId: 1 }] },
      { userName: 'dina', grants: [{ role: 'coordinator', countyId: 1 }] },
    ]);
    server.workbench.sqlite
      .prepare(`UPDATE app_user SET disabled = 1 WHERE user_name = 'dina'`)
      .run();
    server.workbench.sqlite
      .prepare(`UPDATE app_user SET password_hash = NULL WHERE user_name = 'cora'`)
      .run();
    for (const [userName, password] of [
      ['nobody', 'some password or other'],
      ['dina', 'correct horse battery staple'],
      ['cora', 'correct horse battery staple'],
    ] as const) {
      verifications.count = 0;
      const reply = await server.client().signIn(userName, password);
      expect([userName, reply.status, verifications.count]).toEqual([userName, 401, 1]);
    }
  });
});
