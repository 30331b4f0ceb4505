import { proposeFromRecommendation } from '../../core/program/model';
import * as repo from '../../db/program/repository';
import { findRound, listRounds } from '../../db/readiness/repository';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { NotFound, Stale, ValidationError } from '../errors';
import type { ModelComponent, ProgramModel, programContract } from './contract';
import { exportProgramWorkbook } from './files';
import { evaluateRound } from '../readiness/results';
import { countyOrThrow } from '../county';
import { checkVersion } from '../recordVersion';

function catalogEntry(ctx: ServiceContext, componentId: string) {
  return ctx.content.catalog.components.find((c) => c.id === componentId);
}

/** Name and tier as the catalog gives them; an id the catalog no longer has shows as itself. */
function catalogFacts(ctx: ServiceContext, componentId: string) {
  const entry = catalogEntry(ctx, componentId);
  return { name: entry?.name ?? componentId, tier: entry?.tier ?? ('cross-cutting' as const) };
}

function view(
  ctx: ServiceContext,
  row: repo.ModelComponentRow,
  history: readonly repo.StatusChangeRow[],
): ModelComponent {
  return {
    componentId: row.componentId,
    ...catalogFacts(ctx, row.componentId),
    status: row.status,
    leadProgram: row.leadProgram,
    startDate: row.startDate,
    targetPopulation: row.targetPopulation,
    notes: row.notes,
    version: row.version,
    history: history
      .filter((h) => h.programComponentId === row.id)
      .map(({ status, changedAt, actor, reason }) => ({ status, changedAt, actor, reason })),
  };
}

/** The proposals of a round's recommendation that the county's model does not have yet. */
function proposalsOf(
  ctx: ServiceContext,
  countyId: number,
  round: NonNullable<ReturnType<typeof findRound>>,
) {
  const inModel = new Set(repo.listModel(ctx.workbench.db, countyId).map((c) => c.componentId));
  const { recommendation } = evaluateRound(ctx, round);
  return proposeFromRecommendation(recommendation, ctx.content.catalog, inModel);
}

function modelOf(ctx: ServiceContext, countyId: number): ProgramModel {
  const history = repo.statusHistory(ctx.workbench.db, countyId);
  const components = repo
    .listModel(ctx.workbench.db, countyId)
    .map((row) => view(ctx, row, history));
  // The latest round with answers is the recommendation the model starts from.
  const latest = listRounds(ctx.workbench.db, countyId).find((round) => round.respondents > 0);
  const proposals = latest ? proposalsOf(ctx, countyId, latest) : [];
  return {
    components,
    recommendation: latest
      ? {
          roundId: latest.id,
          roundTitle: latest.title,
          heldOn: latest.heldOn,
          proposals: proposals.map((p) => ({
            componentId: p.componentId,
            ...catalogFacts(ctx, p.componentId),
            status: p.status,
            reasons: [...p.reasons],
          })),
        }
      : null,
  };
}

/**
 * A component is keyed by its catalog id, so "no version" means "add it". Adding one that another
 * window added meanwhile, or changing one whose adding was undone meanwhile, is a save from an
 * older copy of the model: Stale, so the page offers to reload rather than overwrite or re-add.
 */
function refuseStaleComponent(
  ctx: ServiceContext,
  componentId: string,
  version: number | null,
  existing: repo.ModelComponentRow | undefined,
): void {
  const { name } = catalogFacts(ctx, componentId);
  if (existing && version === null) {
    throw new Stale(
      `“${name}” was added to the model elsewhere after you opened the page, in another window or by someone else. Nothing was changed. Reload to see the model as it is now.`,
    );
  }
  if (!existing && version !== null) {
    throw new Stale(
      `“${name}” was taken out of the model elsewhere after you opened the page, in another window or by someone else. Your changes were not saved. Reload to see the model as it is now.`,
    );
  }
  if (existing && version !== null) {
    checkVersion(ctx.workbench.db, {
      what: 'component',
      entity: repo.ENTITY,
      id: existing.id,
      expected: version,
      stored: existing,
    });
  }
}

/** The county's program model with each component's history, and what readiness proposes. */
export function programModel(
  ctx: ServiceContext,
  countyId: number,
): OutputOf<typeof programContract, 'program.getModel'> {
  countyOrThrow(ctx.workbench.db, countyId);
  return modelOf(ctx, countyId);
}

export const programHandlers: HandlersFor<typeof programContract> = {
  'program.catalog': (_input, ctx) => ctx.content.catalog,

  'program.getModel': ({ countyId }, ctx) => programModel(ctx, countyId),

  'program.exportWorkbook': ({ countyId }, ctx) =>
    exportProgramWorkbook(ctx, countyId, modelOf(ctx, countyId)),

  'program.acceptRecommendation': ({ countyId, roundId }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const round = findRound(ctx.workbench.db, roundId);
    if (!round || round.countyId !== countyId) {
      throw new NotFound(`This county has no assessment round with id ${roundId}.`);
    }
    const additions = proposalsOf(ctx, countyId, round).map((p) => ({
      componentId: p.componentId,
      status: p.status,
      leadProgram: p.leadProgram,
      reason: p.reasons.join(' · '),
    }));
    repo.addModelComponents(ctx.workbench.db, countyId, additions, ctx.actor);
    return modelOf(ctx, countyId);
  },

  'program.setComponent': ({ countyId, componentId, version, reason, ...details }, ctx) => {
    const { db } = ctx.workbench;
    countyOrThrow(db, countyId);
    if (!catalogEntry(ctx, componentId)) {
      throw new ValidationError(`“${componentId}” is not a component of the catalog.`, [
        { path: 'componentId', message: `“${componentId}” is not a component of the catalog.` },
      ]);
    }
    const existing = repo.findModelComponent(db, countyId, componentId);
    refuseStaleComponent(ctx, componentId, version, existing);
    const saved = existing
      ? repo.updateModelComponent(db, existing, details, reason, ctx.actor)
      : repo.addModelComponents(
          db,
          countyId,
          [{ componentId, ...details, reason: reason || 'Added by hand.' }],
          ctx.actor,
        )[0];
    if (!saved) throw new Error('The component was not saved.');
    return view(ctx, saved, repo.statusHistory(db, countyId));
  },
};
