import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/api/content';
import { createService, typedInvoke } from '../src/api/service';
import { openDatabase } from '../src/db/openDatabase';
import { resourcesFolder } from '../src/server/paths';
import { largePlan, saveLargePlan } from '../test/support/largePlan';
import type { Figure } from './figure';

const TASKS = 5000;
const SONOMA = 49;

export const figures: Figure[] = [
  {
    // Every task saved through the API (validation, schedule and loop checks, audit), then the
    // whole plan read back with its completion, due lists and warnings.
    name: 'program.plan_5000_ms',
    async measure() {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-bench-'));
      const workbench = openDatabase(path.join(folder, 'workbench.sqlite'));
      const invoke = typedInvoke(
        createService({
          workbench,
          appVersion: 'bench',
          actor: 'bench',
          dataFolder: folder,
          content: loadContent(resourcesFolder),
        }),
      );
      const started = performance.now();
      await saveLargePlan(invoke, largePlan(TASKS, SONOMA));
      const plan = await invoke('program.getPlan', { countyId: SONOMA, today: '2026-06-01' });
      const elapsed = performance.now() - started;
      workbench.close();
      fs.rmSync(folder, { recursive: true, force: true });
      if (plan.tasks.length !== TASKS || plan.warnings.length !== 0) {
        throw new Error(`expected ${TASKS} tasks and no warnings, got ${plan.tasks.length} tasks`);
      }
      return { value: Math.round(elapsed), unit: 'ms' };
    },
  },
];
