import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import type { LeadProgram } from '../../../core/program/catalog';
import { ROADMAP_STEPS, STAGES } from '../../../core/program/rollout';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { MultiPicker } from '../../components/MultiPicker';
import { ErrorSummary, FieldError } from '../../components/form/FormProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { formatDate } from '../../components/format';
import { STATUS_TEXT } from './planView';
import {
  blank,
  draftOf,
  TASK_FIELD_IDS,
  TASK_FIELD_LABELS,
  withConfirmation,
  type TaskField,
} from './taskDraft';

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
  const form = useFormProblems(TASK_FIELD_IDS, setOutcome, 'task-problems');
  const set = (change: Partial<typeof blank>) => {
    // A field changed since the refusal no longer shows the refusal's words.
    for (const key of Object.keys(change)) {
      if (key in TASK_FIELD_IDS) form.clearError(key as TaskField);
    }
    setDraft((d) => ({ ...d, ...change }));
  };
  const titleField = useRef<HTMLInputElement>(null);
  const others = tasks.filter((t) => t.id !== editing?.id);

  // Edit takes the keyboard to the form, which is out of sight below the table.
  useEffect(() => {
    if (!editing) return;
    titleField.current?.focus();
    titleField.current?.scrollIntoView({ block: 'center' });
  }, [editing]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const { title, roadmapStep, stage, ownerRole, program, status, notes, dependsOn } = draft;
    const saved = await form.save(
      () =>
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
        ),
      (done) => (done ? `${editing ? 'Saved' : 'Added'} “${done.title}”.` : ''),
    );
    if (!saved) return;
    if (editing) onDone(`Saved “${saved.title}”.`);
    else setDraft(blank);
  }

  return (
    <section aria-labelledby="task-form-heading">
      <h2 id="task-form-heading">{editing ? `Change “${editing.title}”` : 'Add a task'}</h2>
      <form className="form form--grid" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary
          id="task-problems"
          title={editing ? 'The changes were not saved' : 'The task was not added'}
          errors={form.errors}
          general={form.general}
          fieldIds={TASK_FIELD_IDS}
          labels={TASK_FIELD_LABELS}
        />
        <label htmlFor="task-title">Task</label>
        <input
          {...form.field('title')}
          ref={titleField}
          required
          maxLength={200}
          value={draft.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <FieldError fieldId={TASK_FIELD_IDS.title} message={form.errors.title} />
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
          {...form.field('ownerRole')}
          maxLength={80}
          value={draft.ownerRole}
          placeholder="e.g. CWS co-chair"
          onChange={(e) => set({ ownerRole: e.target.value })}
        />
        <FieldError fieldId={TASK_FIELD_IDS.ownerRole} message={form.errors.ownerRole} />
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
          {...form.field('startDate')}
          type="date"
          value={draft.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
        />
        <FieldError fieldId={TASK_FIELD_IDS.startDate} message={form.errors.startDate} />
        <label htmlFor="task-due">Due</label>
        <input
          {...form.field('dueDate')}
          type="date"
          value={draft.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
        />
        <FieldError fieldId={TASK_FIELD_IDS.dueDate} message={form.errors.dueDate} />
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
          {...form.field('componentId')}
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
        <FieldError fieldId={TASK_FIELD_IDS.componentId} message={form.errors.componentId} />
        <label htmlFor="task-notes">Notes</label>
        <textarea
          {...form.field('notes')}
          rows={2}
          maxLength={4000}
          value={draft.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <FieldError fieldId={TASK_FIELD_IDS.notes} message={form.errors.notes} />
        {others.length > 0 && (
          <>
            <span className="form__label" id="task-depends-label">
              Depends on
            </span>
            <MultiPicker
              inputId={TASK_FIELD_IDS.dependsOn}
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
            <FieldError fieldId={TASK_FIELD_IDS.dependsOn} message={form.errors.dependsOn} />
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
