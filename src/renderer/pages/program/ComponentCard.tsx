import { useState, type FormEvent } from 'react';
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
import { useApiMutation } from '../../client/queries';
import { formatDate } from '../../components/format';

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
  const save = useApiMutation('program.setComponent');
  const [draft, setDraft] = useState(() => draftOf(component));
  const id = `component-${component.componentId}`;

  function submit(event: FormEvent): void {
    event.preventDefault();
    save.mutate(
      {
        countyId,
        componentId: component.componentId,
        version: draft.version,
        status: draft.status,
        leadProgram: draft.leadProgram,
        startDate: draft.startDate === '' ? null : draft.startDate,
        targetPopulation: draft.targetPopulation === '' ? null : Number(draft.targetPopulation),
        notes: draft.notes,
        reason: draft.reason,
      },
      // The next save from this card is made from what this one stored.
      { onSuccess: (saved) => setDraft(draftOf(saved)) },
    );
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
        <form className="form form--grid" onSubmit={submit}>
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as ComponentStatus })}
          >
            {COMPONENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-lead`}>Lead program</label>
          <select
            id={`${id}-lead`}
            value={draft.leadProgram}
            onChange={(e) => setDraft({ ...draft, leadProgram: e.target.value as LeadProgram })}
          >
            {(Object.keys(LEAD_LABELS) as LeadProgram[]).map((l) => (
              <option key={l} value={l}>
                {LEAD_LABELS[l]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            type="date"
            value={draft.startDate}
            onChange={(e) => setDraft({ ...draft, startDate: e.target.value })}
          />
          <label htmlFor={`${id}-target`}>Target families</label>
          <input
            id={`${id}-target`}
            type="number"
            min={0}
            step={1}
            value={draft.targetPopulation}
            onChange={(e) => setDraft({ ...draft, targetPopulation: e.target.value })}
          />
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            value={draft.notes}
            onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
          />
          {draft.status !== component.status && (
            <>
              <label htmlFor={`${id}-reason`}>Why the status changes</label>
              <input
                id={`${id}-reason`}
                value={draft.reason}
                onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
              />
            </>
          )}
          <div className="button-row">
            <button type="submit" disabled={save.isPending}>
              Save<span className="visually-hidden"> {component.name}</span>
            </button>
          </div>
        </form>
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
