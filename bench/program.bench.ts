import { openBenchService } from './service';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Invoke } from '../src/api/contract';
import { type Workbench } from '../src/db/openDatabase';
import { largePlan, saveLargePlan } from '../test/support/largePlan';
import type { Figure } from './figure';

const TASKS = 5000;
const EDITS = 100;
const SONOMA = 49;

/** The 5,000-task plan the first figure builds, which the second edits. */
let built: { workbench: Workbench; folder: string; invoke: Invoke; ids: number[] } | undefined;

export const figures: Figure[] = [
  {
    // Every task saved through the API (validation, schedule checks, audit), then the whole plan
    // read back with its completion, due lists and warnings.
    name: 'program.plan_5000_ms',
    async measure() {
      const { folder, workbench, invoke } = openBenchService();
      const started = performance.now();
      const ids = await saveLargePlan(invoke, largePlan(TASKS, SONOMA));
      const plan = await invoke('program.getPlan', { countyId: SONOMA, today: '2026-06-01' });
      const elapsed = performance.now() - started;
      if (plan.tasks.length !== TASKS || plan.warnings.length !== 0) {
        throw new Error(`expected ${TASKS} tasks and no warnings, got ${plan.tasks.length} tasks`);
      }
      built = { workbench, folder, invoke, ids };
      return { value: Math.round(elapsed), unit: 'ms' };
    },
  },
  {
    // Changes run the loop check over every link of the plan: 100 edits spread through it.
    name: 'program.plan_edit_100_ms',
    async measure() {
      if (!built) throw new Error('program.plan_5000_ms builds the plan this figure edits');
      const { workbench, folder, invoke, ids } = built;
      const plan = await invoke('program.getPlan', { countyId: SONOMA, today: null });
      const byId = new Map(plan.tasks.map((t) => [t.id, t]));
      const started = performance.now();
      for (let n = 0; n < EDITS; n++) {
        const task = byId.get(ids[Math.floor((n * ids.length) / EDITS)] ?? 0);
        if (!task) throw new Error('task missing');
        await invoke('program.saveTask', {
          ...task,
          countyId: SONOMA,
          notes: `Edited ${n}`,
        });
      }
      const elapsed = performance.now() - started;
      workbench.close();
      fs.rmSync(folder, { recursive: true, force: true });
      return { value: Math.round(elapsed), unit: 'ms' };
    },
  },
];
