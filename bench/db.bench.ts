import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/openDatabase';
import { median, repeat, type Figure } from './figure';

export const figures: Figure[] = [
  {
    // openDatabase on a brand-new file: pragmas, quick_check, every migration, the county seed.
    name: 'db.open_fresh_ms',
    async measure() {
      const runs = await repeat(15, () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-'));
        const started = performance.now();
        const workbench = openDatabase(path.join(folder, 'workbench.sqlite'));
        const elapsed = performance.now() - started;
        workbench.close();
        fs.rmSync(folder, { recursive: true, force: true });
        return elapsed;
      });
      return { value: Math.round(median(runs) * 10) / 10, unit: 'ms' };
    },
  },
];
