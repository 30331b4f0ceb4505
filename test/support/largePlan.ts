/**
 * A large, valid rollout plan (for the 5,000-task benchmark and the e2e check that the table and
 * timeline stay responsive): tasks spread over about three years, each stage a quarter of them,
 * every fifth task depending on one that is due before it starts.
 */
import type { Input, Invoke } from '../../src/api/contract';
import { ROADMAP_STEPS, STAGES } from '../../src/core/program/rollout';
import { seededRandom } from '../../src/core/seededRandom';

const SPAN_DAYS = 1000;
const DEPENDENCY_GAP = 250;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Task inputs in saving order; `dependsOn` holds indexes into the list, mapped to ids on save. */
export function largePlan(
  count: number,
  countyId: number,
  firstStart = '2025-01-06',
): { task: Input<'program.saveTask'>; dependsOnIndex: number | null }[] {
  const random = seededRandom(count);
  return Array.from({ length: count }, (_, i) => {
    const offset = Math.floor((i * SPAN_DAYS) / count);
    const startDate = addDays(firstStart, offset);
    const stage = STAGES[Math.min(STAGES.length - 1, Math.floor((i * STAGES.length) / count))];
    const step = ROADMAP_STEPS[i % ROADMAP_STEPS.length];
    // A gap of 250 tasks is at least 50 days at 5,000 tasks: longer than any task lasts.
    const dependsOnIndex = i % 5 === 4 && i >= DEPENDENCY_GAP ? i - DEPENDENCY_GAP : null;
    return {
      dependsOnIndex,
      task: {
        countyId,
        title: `${step?.label ?? 'Task'} — part ${i + 1}`,
        roadmapStep: step?.id ?? 'team',
        stage: stage?.id ?? 'exploration',
        ownerRole: i % 2 === 0 ? 'CWS co-chair' : 'CalWORKs co-chair',
        program: i % 3 === 0 ? 'calworks' : i % 3 === 1 ? 'cws' : 'joint',
        startDate,
        dueDate: addDays(startDate, 7 + Math.floor(random() * 33)),
        status:
          offset < SPAN_DAYS / 3 ? 'done' : offset < SPAN_DAYS / 2 ? 'in-progress' : 'not-started',
      },
    };
  });
}

/** Saves the plan through the API, one task at a time as a user would; returns the ids. */
export async function saveLargePlan(
  invoke: Invoke,
  plan: ReturnType<typeof largePlan>,
): Promise<number[]> {
  const ids: number[] = [];
  for (const { task, dependsOnIndex } of plan) {
    const dependsOn = dependsOnIndex === null ? [] : [ids[dependsOnIndex] ?? 0];
    ids.push((await invoke('program.saveTask', { ...task, dependsOn })).id);
  }
  return ids;
}
