import { useState, type FormEvent } from 'react';
import type { ModelComponent, ProgramModel } from '../../../api/program/contract';
import { localIsoDate } from '../../../core/isoDate';
import {
  LEAD_PROGRAM_LABELS,
  TIER_LABELS,
  TIERS,
  type LeadProgram,
} from '../../../core/program/catalog';
import {
  COMPONENT_STATUSES,
  STATUS_LABELS,
  type ComponentStatus,
} from '../../../core/program/model';
import { useApi, useApiMutation } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { hrefOf } from '../../navigation';
import { ExportProgramButton } from './ExportProgramButton';
import { MutualFamiliesByTier } from './MutualFamiliesByTier';
import { formatDate } from '../../components/format';

const LEAD_LABELS = LEAD_PROGRAM_LABELS;
const GROUPS = [...TIERS, 'cross-cutting'] as const;
const groupLabel = (group: (typeof GROUPS)[number]) =>
  group === 'cross-cutting' ? 'Cross-cutting foundations' : `${TIER_LABELS[group]} tier`;

export function ProgramModelPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <PageHeading>Program model</PageHeading>
      <p className="lead">
        Which components the county runs in each prevention tier, starting from the readiness
        recommendation. Every status change is kept as history.
      </p>
      <p>
        <a href={hrefOf('program', 'plan')}>Open the rollout plan</a>
        {' · '}
        <a href={hrefOf('program', 'team')}>Implementation team</a>
        {' · '}
        <a href={hrefOf('program', 'training')}>Joint training log</a>
      </p>
      {county && <ExportProgramButton countyId={county.id} />}
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its model.</p>
      )}
      {county && <CountyModel countyId={county.id} />}
    </>
  );
}

function CountyModel({ countyId }: { countyId: number }) {
  const model = useApi('program.getModel', { countyId });
  if (!model.data) return <p>{model.isPending ? 'Loading the model…' : ''}</p>;
  return (
    <>
      <UndoButton countyId={countyId} scope="model" />
      <Recommendation countyId={countyId} model={model.data} />
      <MutualFamiliesByTier countyId={countyId} />
      {GROUPS.map((group) => {
        const components = model.data.components.filter((c) => c.tier === group);
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{groupLabel(group)}</h2>
            {components.length === 0 ? (
              <p>No component in this tier yet.</p>
            ) : (
              components.map((c) => (
                <ComponentCard key={c.componentId} countyId={countyId} component={c} />
              ))
            )}
          </section>
        );
      })}
      <AddComponent countyId={countyId} model={model.data} />
    </>
  );
}

function Recommendation({ countyId, model }: { countyId: number; model: ProgramModel }) {
  const accept = useApiMutation('program.acceptRecommendation');
  const rec = model.recommendation;
  if (!rec) {
    return (
      <p className="notice">No readiness round with answers yet: the model can start from one.</p>
    );
  }
  return (
    <section aria-labelledby="from-readiness">
      <h2 id="from-readiness">From the readiness recommendation</h2>
      <p>
        {rec.roundTitle} ({formatDate(rec.heldOn)}).{' '}
        {rec.proposals.length === 0
          ? 'Everything it recommends is in the model.'
          : `It proposes ${rec.proposals.length} components the model does not have yet:`}
      </p>
      {rec.proposals.length > 0 && (
        <>
          <ul className="recommendations">
            {rec.proposals.map((p) => (
              <li key={p.componentId}>
                <strong>{p.name}</strong> (
                {p.tier === 'cross-cutting' ? 'cross-cutting' : TIER_LABELS[p.tier]},{' '}
                {STATUS_LABELS[p.status].toLowerCase()})
                {p.reasons.map((reason) => (
                  <span key={reason} className="reason">
                    <br />
                    {reason}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={accept.isPending}
              onClick={() => accept.mutate({ countyId, roundId: rec.roundId })}
            >
              Add these {rec.proposals.length} components to the model
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function ComponentCard({ countyId, component }: { countyId: number; component: ModelComponent }) {
  const save = useApiMutation('program.setComponent');
  const [draft, setDraft] = useState({
    status: component.status,
    leadProgram: component.leadProgram,
    startDate: component.startDate ?? '',
    targetPopulation: component.targetPopulation === null ? '' : String(component.targetPopulation),
    notes: component.notes,
    reason: '',
  });
  const id = `component-${component.componentId}`;

  function submit(event: FormEvent): void {
    event.preventDefault();
    save.mutate(
      {
        countyId,
        componentId: component.componentId,
        status: draft.status,
        leadProgram: draft.leadProgram,
        startDate: draft.startDate === '' ? null : draft.startDate,
        targetPopulation: draft.targetPopulation === '' ? null : Number(draft.targetPopulation),
        notes: draft.notes,
        reason: draft.reason,
      },
      { onSuccess: () => setDraft((current) => ({ ...current, reason: '' })) },
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

function AddComponent({ countyId, model }: { countyId: number; model: ProgramModel }) {
  const catalog = useApi('program.catalog', {});
  const add = useApiMutation('program.setComponent');
  const inModel = new Set(model.components.map((c) => c.componentId));
  const available = (catalog.data?.components ?? []).filter((c) => !inModel.has(c.id));
  const [choice, setChoice] = useState('');
  if (available.length === 0) return null;
  const selected = available.find((c) => c.id === choice) ?? available[0];

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!selected) return;
    add.mutate({
      countyId,
      componentId: selected.id,
      status: 'considering',
      leadProgram: selected.leadProgram,
    });
  }

  return (
    <section aria-labelledby="add-component">
      <h2 id="add-component">Add a component</h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor="add-component-choice">Component</label>
        <select
          id="add-component-choice"
          value={selected?.id}
          onChange={(e) => setChoice(e.target.value)}
        >
          {available.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.tier === 'cross-cutting' ? 'cross-cutting' : TIER_LABELS[c.tier]})
            </option>
          ))}
        </select>
        {selected && <p className="hint">{selected.description}</p>}
        <div className="button-row">
          <button type="submit" disabled={add.isPending}>
            Add as “considering”
          </button>
        </div>
      </form>
    </section>
  );
}
