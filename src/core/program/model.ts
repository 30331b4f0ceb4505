/**
 * A county's program model: which catalog components it runs, in which tier, at what stage.
 * The first model comes from the latest readiness recommendation, each choice keeping its reason.
 */
import { z } from 'zod';
import type { RecommendationResult } from '../readiness/recommend';
import type { ComponentCatalog, LeadProgram } from './catalog';

export const COMPONENT_STATUSES = [
  'considering',
  'planned',
  'installing',
  'operating',
  'paused',
  'retired',
] as const;
export const ComponentStatus = z.enum(COMPONENT_STATUSES);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

export const STATUS_LABELS: Record<ComponentStatus, string> = {
  considering: 'Considering',
  planned: 'Planned',
  installing: 'Installing',
  operating: 'Operating',
  paused: 'Paused',
  retired: 'Retired',
};

export interface ProposedComponent {
  readonly componentId: string;
  readonly status: ComponentStatus;
  readonly leadProgram: LeadProgram;
  /** The recommendation's reasons for it, in the order they were given. */
  readonly reasons: readonly string[];
}

/**
 * Turns a recommendation into the components a county would add to its model: what it is told to
 * start or extend is "planned"; foundations to prepare are "considering". A component named by
 * several recommendations appears once, with every reason, at the furthest-along status.
 * Components the county already has are left to it.
 */
export function proposeFromRecommendation(
  recommendation: RecommendationResult,
  catalog: ComponentCatalog,
  alreadyInModel: ReadonlySet<string>,
): ProposedComponent[] {
  const lead = new Map(catalog.components.map((c) => [c.id, c.leadProgram]));
  const proposed = new Map<string, { status: ComponentStatus; reasons: string[] }>();
  for (const item of recommendation.recommendations) {
    const status: ComponentStatus = item.verb === 'prepare' ? 'considering' : 'planned';
    for (const component of item.components) {
      if (alreadyInModel.has(component.id) || !lead.has(component.id)) continue;
      const entry = proposed.get(component.id);
      if (!entry) proposed.set(component.id, { status, reasons: [item.reason] });
      else {
        entry.reasons.push(item.reason);
        if (status === 'planned') entry.status = 'planned';
      }
    }
  }
  return [...proposed].map(([componentId, { status, reasons }]) => ({
    componentId,
    status,
    leadProgram: lead.get(componentId) ?? 'joint',
    reasons,
  }));
}
