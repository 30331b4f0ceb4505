import type { RolloutTask } from '../../../api/program/rollout.contract';
import { STAGES, TASK_STATUS_LABELS } from '../../../core/program/rollout';

export const stageLabel = (id: string) => STAGES.find((s) => s.id === id)?.label ?? id;

export const STATUS_TEXT = TASK_STATUS_LABELS;

/** What the table and the timeline both show: one filter for both views. */
export interface PlanFilter {
  readonly stage: string;
  readonly status: string;
  readonly text: string;
}

export const NO_FILTER: PlanFilter = { stage: '', status: '', text: '' };

export function filterTasks(tasks: readonly RolloutTask[], filter: PlanFilter): RolloutTask[] {
  const text = filter.text.trim().toLowerCase();
  return tasks.filter(
    (t) =>
      (filter.stage === '' || t.stage === filter.stage) &&
      (filter.status === '' || t.status === filter.status) &&
      (text === '' ||
        t.title.toLowerCase().includes(text) ||
        t.ownerRole.toLowerCase().includes(text)),
  );
}
