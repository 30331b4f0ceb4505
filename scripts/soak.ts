/**
 * `npm run soak`: the reliability tests at full size. The same test files `npm test` runs at a
 * CI-sized count (fixed seeds, a few kills) run here with LINKAGES_SOAK=1: thousands of fuzz
 * cases per target and hundreds of kills. Extra vitest filters may follow: `npm run soak -- fuzz`.
 */
import { startVitest } from 'vitest/node';

process.env.LINKAGES_SOAK = '1';
const filters = process.argv.slice(2);
const vitest = await startVitest(
  'test',
  filters.length > 0 ? filters : ['test/integration/reliability'],
  {
    run: true,
    project: ['integration'],
    // Soak runs are long by design; each test sets its own bound.
    testTimeout: 0,
  },
);
await vitest.close();
process.exit(process.exitCode ?? 0);
