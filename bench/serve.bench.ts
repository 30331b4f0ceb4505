import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src/server/rendererBuild';
import { runServe } from '../test/support/serve';
import { median, repeat, type Figure } from './figure';

const RUNS = 5;

/**
 * From `npm run serve -- <args>` to the address it prints, as a person waits (npm's own start
 * included), the median of RUNS starts. The pages and the server are built beforehand, as they
 * are on every start but the first.
 */
async function startToAddress(
  args: (folder: string) => string[],
  runs = RUNS,
  env: () => NodeJS.ProcessEnv = () => process.env,
): Promise<number> {
  await ensureRendererBuilt(() => undefined);
  const times = await repeat(runs, async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-')), 'data');
    const started = performance.now();
    const serve = runServe([...args(folder), '--port', '0'], { npm: true, env: env() });
    try {
      await serve.ready;
      return performance.now() - started;
    } finally {
      await serve.stop();
      fs.rmSync(path.dirname(folder), { recursive: true, force: true });
    }
  });
  return Math.round(median(times));
}

export const figures: Figure[] = [
  {
    // From launching browser mode on a fresh data folder to its first API answer.
    name: 'serve.cold_start_ms',
    async measure() {
      await ensureRendererBuilt(() => undefined);
      const runs = await repeat(RUNS, async () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-'));
        const started = performance.now();
        const serve = runServe(['--data', folder, '--port', '0']);
        try {
          const url = await serve.ready;
          const reply = await fetch(new URL('/api/system.info', url), {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-linkages-token': new URL(url).searchParams.get('token') ?? '',
            },
            body: '{}',
          });
          if (!reply.ok) throw new Error(`system.info answered ${reply.status}`);
          return performance.now() - started;
        } finally {
          await serve.stop();
          fs.rmSync(folder, { recursive: true, force: true });
        }
      });
      return { value: Math.round(median(runs)), unit: 'ms' };
    },
  },
  {
    name: 'serve.start_to_address_ms',
    measure: async () => ({
      value: await startToAddress((folder) => ['--data', folder]),
      unit: 'ms',
    }),
  },
  {
    // The prebuilt demo is made at the first --demo start of this code (not timed here).
    name: 'serve.demo_start_to_address_ms',
    async measure() {
      const warm = runServe(['--demo', '--port', '0']);
      await warm.ready;
      await warm.stop();
      return {
        value: await startToAddress((folder) => ['--data', folder, '--demo']),
        unit: 'ms',
      };
    },
  },
  {
    // The first --demo start of new code: the demo loaded in full and kept (an empty cache each run).
    name: 'serve.demo_first_start_ms',
    async measure() {
      const caches = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-cache-'));
      let run = 0;
      try {
        const value = await startToAddress(
          (folder) => ['--data', folder, '--demo'],
          3,
          () => ({ ...process.env, LINKAGES_DEMO_CACHE: path.join(caches, String(run++)) }),
        );
        return { value, unit: 'ms' };
      } finally {
        fs.rmSync(caches, { recursive: true, force: true });
      }
    },
  },
];
