import { useState } from 'react';
import type { ModelComponent } from '../../../api/program/contract';
import { localIsoDate } from '../../../core/isoDate';
import {
  LEAD_PROGRAM_LABELS as LEAD_LABELS,
  type LeadProgram,
} from '../../../core/program/catalog';
import {
  COMPONENT_STATUSES,
  STATUS_LABELS,
  type ComponentStatus,
} from '../../../core/program/model';
import { invoke } from '../../client/client';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { formatDate } from '../../components/format';

type ComponentField =
  'status' | 'leadProgram' | 'startDate' | 'targetPopulation' | 'notes' | 'reason';

const LABELS: Record<ComponentField, string> = {
  status: 'Status',
  leadProgram: 'Lead program',
  startDate: 'Start date',
  targetPopulation: 'Target families',
  notes: 'Notes',
  reason: 'Why the status changes',
};

/**
 * The card's draft keeps the version it was made from: the card outlives refetches (its details
 * stay open), so a copy changed elsewhere must not lend its newer version to an older draft.
 */
function draftOf(component: ModelComponent) {
  return {
    status: component.status,
    leadProgram: component.leadProgram,
    startDate: component.startDate ?? '',
    targetPopulation: component.targetPopulation === null ? '' : String(component.targetPopulation),
    notes: component.notes,
    reason: '',
    version: component.version,
  };
}

/** One component of the model: what it is now, a form to change it, and its status history. */
export function ComponentCard({
  countyId,
  component,
}: {
  countyId: number;
  component: ModelComponent;
}) {
  const [draft, setDraft] = useState(() => draftOf(component));
  const [outcome, setOutcome] = useState('');
  const id = `component-${component.componentId}`;
  const fieldIds: Record<ComponentField, string> = {
    status: `${id}-status`,
    leadProgram: `${id}-lead`,
    startDate: `${id}-start`,
    targetPopulation: `${id}-target`,
    notes: `${id}-notes`,
    reason: `${id}-reason`,
  };
  const form = useFormProblems(fieldIds, setOutcome, `${id}-problems`);
  const set = (change: Partial<ReturnType<typeof draftOf>>) => {
    for (const key of Object.keys(change)) form.clearError(key as ComponentField);
    setDraft({ ...draft, ...change });
  };

  async function submit(): Promise<void> {
    const saved = await form.save(
      () =>
        invoke('program.setComponent', {
          countyId,
          componentId: component.componentId,
          version: draft.version,
          status: draft.status,
          leadProgram: draft.leadProgram,
          startDate: draft.startDate === '' ? null : draft.startDate,
          targetPopulation: draft.targetPopulation === '' ? null : Number(draft.targetPopulation),
          notes: draft.notes,
          reason: draft.reason,
        }),
      (stored) => `Saved “${stored.name}”.`,
    );
    // The next save from this card is made from what this one stored.
    if (saved) setDraft(draftOf(saved));
  }

  return (
    <article className="component-card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        {component.name} <span className="status-badge">{STATUS_LABELS[component.status]}</span>
      </h3>
      <p className="facts-line">
        Lead: {LEAD_LABELS[component.leadProgram]} · Start:{' '}
        {component.startDate ? formatDate(component.startDate) : 'not set'} · Target families:{' '}
        {component.targetPopulation ?? 'not set'}
      </p>
      {component.notes && <p className="notes">{component.notes}</p>}
      <details>
        <summary>
          Change<span className="visually-hidden"> {component.name}</span>
        </summary>
        <FormWithProblems
          problemsId={`${id}-problems`}
          problemsTitle={`The changes to ${component.name} were not saved`}
          form={form}
          labels={LABELS}
          level={4}
          onSubmit={submit}
        >
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            {...form.field('status')}
            value={draft.status}
            onChange={(e) => set({ status: e.target.value as ComponentStatus })}
          >
            {COMPONENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <FieldError fieldId={fieldIds.status} message={form.errors.status} />
          <label htmlFor={`${id}-lead`}>Lead program</label>
          <select
            {...form.field('leadProgram')}
            value={draft.leadProgram}
            onChange={(e) => set({ leadProgram: e.target.value as LeadProgram })}
          >
            {(Object.keys(LEAD_LABELS) as LeadProgram[]).map((l) => (
              <option key={l} value={l}>
                {LEAD_LABELS[l]}
              </option>
            ))}
          </select>
          <FieldError fieldId={fieldIds.leadProgram} message={form.errors.leadProgram} />
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            {...form.field('startDate')}
            type="date"
            value={draft.startDate}
            onChange={(e) => set({ startDate: e.target.value })}
          />
          <FieldError fieldId={fieldIds.startDate} message={form.errors.startDate} />
          <label htmlFor={`${id}-target`}>Target families</label>
          <input
            {...form.field('targetPopulation')}
            type="number"
            min={0}
            step={1}
            value={draft.targetPopulation}
            onChange={(e) => set({ targetPopulation: e.target.value })}
          />
          <FieldError fieldId={fieldIds.targetPopulation} message={form.errors.targetPopulation} />
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            {...form.field('notes')}
            rows={2}
            value={draft.notes}
            onChange={(e) => set({ notes: e.target.value })}
          />
          <FieldError fieldId={fieldIds.notes} message={form.errors.notes} />
          {draft.status !== component.status && (
            <>
              <label htmlFor={`${id}-reason`}>Why the status changes</label>
              <input
                {...form.field('reason')}
                value={draft.reason}
                onChange={(e) => set({ reason: e.target.value })}
              />
              <FieldError fieldId={fieldIds.reason} message={form.errors.reason} />
            </>
          )}
          <div className="button-row">
            <button type="submit">
              Save<span className="visually-hidden"> {component.name}</span>
            </button>
            <span role="status">{outcome}</span>
          </div>
        </FormWithProblems>
      </details>
      <details>
        <summary>
          History<span className="visually-hidden"> of {component.name}</span> (
          {component.history.length})
        </summary>
        <ol>
          {component.history.map((h, index) => (
            <li key={index}>
              {formatDate(localIsoDate(new Date(h.changedAt)))}: {STATUS_LABELS[h.status]}
              {h.reason && ` — ${h.reason}`} ({h.actor})
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
