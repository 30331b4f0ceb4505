import { ApiError } from '../../../api/errors';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import type { LeadProgram } from '../../../core/program/catalog';

/**
 * Runs a call; when the service answers Conflict (a question such as "save anyway?"), asks the
 * user and, on yes, runs it again confirmed. Null when the user said no.
 */
export async function withConfirmation<T>(
  run: (confirmed: boolean) => Promise<T>,
  ask: (message: string) => Promise<boolean>,
): Promise<T | null> {
  try {
    return await run(false);
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'Conflict') throw error;
    return (await ask(error.message)) ? run(true) : null;
  }
}

export const blank = {
  title: '',
  roadmapStep: 'team' as string,
  stage: 'exploration' as string,
  ownerRole: '',
  program: 'joint' as LeadProgram,
  startDate: '',
  dueDate: '',
  status: 'not-started' as RolloutTask['status'],
  componentId: '',
  notes: '',
  dependsOn: [] as number[],
  /**
   * The version the draft was started from, kept with it: a refetch may bring a newer `editing`
   * while the user types, and saving the old draft under the new version would overwrite unseen.
   */
  version: null as number | null,
};

export function draftOf(task: RolloutTask): typeof blank {
  return {
    ...task,
    startDate: task.startDate ?? '',
    dueDate: task.dueDate ?? '',
    componentId: task.componentId ?? '',
  };
}

export type TaskField =
  'title' | 'ownerRole' | 'startDate' | 'dueDate' | 'componentId' | 'notes' | 'dependsOn';

/** The fields the service can name in a refusal, and their ids on the form. */
export const TASK_FIELD_IDS: Record<TaskField, string> = {
  title: 'task-title',
  ownerRole: 'task-owner',
  startDate: 'task-start',
  dueDate: 'task-due',
  componentId: 'task-component',
  notes: 'task-notes',
  dependsOn: 'task-depends-find',
};

export const TASK_FIELD_LABELS: Record<TaskField, string> = {
  title: 'Task',
  ownerRole: 'Owner (role)',
  startDate: 'Start',
  dueDate: 'Due',
  componentId: 'Component',
  notes: 'Notes',
  dependsOn: 'Depends on',
};
