import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page's answer after a save (an argon2 hash, a refetch) can take over the 1 s default
          // on a busy machine; polls still end at the first pass.
          expect: { poll: { timeout: 10_000 } },
          // Each file starts its own server and Chromium; two cores run them one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
