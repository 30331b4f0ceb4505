import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../api/errors';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import type { LeadProgram } from '../../../core/program/catalog';
import { ROADMAP_STEPS, STAGES } from '../../../core/program/rollout';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { MultiPicker } from '../../components/MultiPicker';
import { formatDate } from '../../components/format';
import { STATUS_TEXT } from './planView';

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

const blank = {
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

function draftOf(task: RolloutTask): typeof blank {
  return {
    ...task,
    startDate: task.startDate ?? '',
    dueDate: task.dueDate ?? '',
    componentId: task.componentId ?? '',
  };
}

/**
 * Adds a task, or changes `editing` (remounted per task, so the fields start from it). Saving dates
 * that break a dependency asks first.
 */
export function TaskForm({
  countyId,
  tasks,
  editing,
  onDone,
  confirm,
}: {
  countyId: number;
  tasks: readonly RolloutTask[];
  editing: RolloutTask | null;
  /** After a save or Cancel in edit mode, with what to announce. */
  onDone: (message: string) => void;
  confirm: (title: string, message: ReactNode, confirmLabel: string) => Promise<boolean>;
}) {
  const catalog = useApi('program.catalog', {});
  const [draft, setDraft] = useState(() => (editing ? draftOf(editing) : blank));
  const [outcome, setOutcome] = useState('');
  const set = (change: Partial<typeof blank>) => setDraft((d) => ({ ...d, ...change }));
  const titleField = useRef<HTMLInputElement>(null);
  const others = tasks.filter((t) => t.id !== editing?.id);

  // Edit takes the keyboard to the form, which is out of sight below the table.
  useEffect(() => {
    if (!editing) return;
    titleField.current?.focus();
    titleField.current?.scrollIntoView({ block: 'center' });
  }, [editing]);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const { title, roadmapStep, stage, ownerRole, program, status, notes, dependsOn } = draft;
    withConfirmation(
      (confirmWarnings) =>
        invoke('program.saveTask', {
          countyId,
          id: editing?.id ?? null,
          version: draft.version,
          ...{ title, roadmapStep, stage, ownerRole, program, status, notes, dependsOn },
          startDate: draft.startDate || null,
          dueDate: draft.dueDate || null,
          componentId: draft.componentId || null,
          confirmWarnings,
        }),
      (message) => confirm('These dates break a dependency', <p>{message}</p>, 'Save anyway'),
    )
      .then(async (saved) => {
        if (!saved) return;
        if (editing) {
          onDone(`Saved “${saved.title}”.`);
          return;
        }
        setDraft(blank);
        setOutcome(`Added “${saved.title}”.`);
      })
      .catch(reportError);
  }

  return (
    <section aria-labelledby="task-form-heading">
      <h2 id="task-form-heading">{editing ? `Change “${editing.title}”` : 'Add a task'}</h2>
      <form className="form form--grid" onSubmit={submit}>
        <label htmlFor="task-title">Task</label>
        <input
          id="task-title"
          ref={titleField}
          required
          maxLength={200}
          value={draft.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <label htmlFor="task-step">Road-map step</label>
        <select
          id="task-step"
          value={draft.roadmapStep}
          onChange={(e) => set({ roadmapStep: e.target.value })}
        >
          {ROADMAP_STEPS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <label htmlFor="task-stage">Stage</label>
        <select
          id="task-stage"
          value={draft.stage}
          onChange={(e) => set({ stage: e.target.value })}
        >
          {STAGES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <label htmlFor="task-owner">Owner (role)</label>
        <input
          id="task-owner"
          maxLength={80}
          value={draft.ownerRole}
          placeholder="e.g. CWS co-chair"
          onChange={(e) => set({ ownerRole: e.target.value })}
        />
        <label htmlFor="task-program">Program</label>
        <select
          id="task-program"
          value={draft.program}
          onChange={(e) => set({ program: e.target.value as LeadProgram })}
        >
          <option value="joint">Joint</option>
          <option value="calworks">CalWORKs</option>
          <option value="cws">CWS</option>
        </select>
        <label htmlFor="task-start">Start</label>
        <input
          id="task-start"
          type="date"
          value={draft.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
        />
        <label htmlFor="task-due">Due</label>
        <input
          id="task-due"
          type="date"
          value={draft.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
        />
        <label htmlFor="task-status">Status</label>
        <select
          id="task-status"
          value={draft.status}
          onChange={(e) => set({ status: e.target.value as RolloutTask['status'] })}
        >
          {Object.entries(STATUS_TEXT).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="task-component">Component (optional)</label>
        <select
          id="task-component"
          value={draft.componentId}
          onChange={(e) => set({ componentId: e.target.value })}
        >
          <option value="">None</option>
          {(catalog.data?.components ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor="task-notes">Notes</label>
        <textarea
          id="task-notes"
          rows={2}
          maxLength={4000}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        {others.length > 0 && (
          <>
            <span className="form__label" id="task-depends-label">
              Depends on
            </span>
            <MultiPicker
              labelId="task-depends-label"
              noun="task"
              options={others.map((t) => ({
                id: t.id,
                name: t.title,
                detail: t.dueDate ? `due ${formatDate(t.dueDate)}` : undefined,
              }))}
              chosen={draft.dependsOn}
              onChange={(dependsOn) => set({ dependsOn })}
            />
          </>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            {editing ? 'Save changes' : 'Add task'}
          </button>
          {editing && (
            <button type="button" onClick={() => onDone('')}>
              Cancel
            </button>
          )}
          <span role="status">{outcome}</span>
        </div>
      </form>
    </section>
  );
}
