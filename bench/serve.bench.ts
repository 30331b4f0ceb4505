import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src/server/rendererBuild';
import { runServe } from '../test/support/serve';
import { median, repeat, type Figure } from './figure';

const RUNS = 5;

interface Starts {
  /** The arguments of one start, given a fresh temporary folder of its own. */
  readonly args: (folder: string) => string[];
  /** Through npm, as a person types `npm run serve` (npm's own start included). */
  readonly npm: boolean;
  readonly runs?: number;
  readonly env?: () => NodeJS.ProcessEnv;
  /** Timed to the first API answer rather than to the printed address. */
  readonly toFirstAnswer?: boolean;
}

/**
 * The median time of `runs` starts of browser mode. The pages and the server are built
 * beforehand, as they are on every start but the first.
 */
async function timedStarts({
  args,
  npm,
  runs = RUNS,
  env = () => process.env,
  toFirstAnswer = false,
}: Starts): Promise<number> {
  await ensureRendererBuilt(() => undefined);
  const times = await repeat(runs, async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-'));
    const started = performance.now();
    const serve = runServe([...args(folder), '--port', '0'], { npm, env: env() });
    try {
      const url = await serve.ready;
      if (toFirstAnswer) await systemInfo(url);
      return performance.now() - started;
    } finally {
      await serve.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
  return Math.round(median(times));
}

async function systemInfo(url: string): Promise<void> {
  const reply = await fetch(new URL('/api/system.info', url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-linkages-token': new URL(url).searchParams.get('token') ?? '',
    },
    body: '{}',
  });
  if (!reply.ok) throw new Error(`system.info answered ${reply.status}`);
}

/** `--data` a folder not made yet, and `args`: a first start there, as a new user makes it. */
const onNewFolder = (args: string[]) => (folder: string) => [
  '--data',
  path.join(folder, 'data'),
  ...args,
];

export const figures: Figure[] = [
  {
    // From launching browser mode on a fresh data folder to its first API answer.
    name: 'serve.cold_start_ms',
    measure: async () => ({
      value: await timedStarts({
        args: (folder) => ['--data', folder],
        npm: false,
        toFirstAnswer: true,
      }),
      unit: 'ms',
    }),
  },
  {
    name: 'serve.start_to_address_ms',
    measure: async () => ({
      value: await timedStarts({ args: onNewFolder([]), npm: true }),
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
        value: await timedStarts({ args: onNewFolder(['--demo']), npm: true }),
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
        const value = await timedStarts({
          args: onNewFolder(['--demo']),
          npm: true,
          runs: 3,
          env: () => ({ ...process.env, LINKAGES_DEMO_CACHE: path.join(caches, String(run++)) }),
        });
        return { value, unit: 'ms' };
      } finally {
        fs.rmSync(caches, { recursive: true, force: true });
      }
    },
  },
];
