import { useState, type FormEvent } from 'react';
import type { ProgramModel } from '../../../api/program/contract';
import { TIER_LABELS, TIERS } from '../../../core/program/catalog';
import { STATUS_LABELS } from '../../../core/program/model';
import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi, useApiMutation } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { hrefOf } from '../../navigation';
import { ComponentCard } from './ComponentCard';
import { ExportProgramButton } from './ExportProgramButton';
import { MutualFamiliesByTier } from './MutualFamiliesByTier';
import { formatDate } from '../../components/format';

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
  const user = useSignedInUser().data;
  if (!model.data) return <p>{model.isPending ? 'Loading the model…' : ''}</p>;
  return (
    <>
      <UndoButton countyId={countyId} scope="model" />
      <Recommendation countyId={countyId} model={model.data} />
      {/* From the match runs: the analyst's, coordinator's and supervisors' to read. */}
      {mayCall(user, 'matching.runs', countyId) && <MutualFamiliesByTier countyId={countyId} />}
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
      version: null,
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
