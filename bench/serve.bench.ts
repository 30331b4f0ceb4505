import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureRendererBuilt } from '../src/server/rendererBuild';
import { runServe } from '../test/support/serve';
import { median, repeat, type Figure } from './figure';

export const figures: Figure[] = [
  {
    // From launching browser mode on a fresh data folder to its first API answer. The renderer is
    // built beforehand, as it is on every start but the first.
    name: 'serve.cold_start_ms',
    async measure() {
      await ensureRendererBuilt(() => undefined);
      const runs = await repeat(5, async () => {
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
];
