import { changedFields } from '../../core/history';
import { listEvents } from '../../db/audit';
import { restoreModelComponent } from '../../db/program/repository';
import { restoreTask } from '../../db/program/rollout';
import { sfyLabel } from '../../core/fiscalCalendar';
import { formatMoney } from '../../core/money';
import { restoreImport } from '../../db/fiscal/ledgerImports';
import {
  budget,
  fundingStream,
  ledgerEntry,
  serviceCategory,
  teamMember,
  trainingSession,
} from '../../db/schema';
import {
  lastUndoable,
  rowRestorer,
  undoChange,
  type Restorer,
  type UndoableChange,
} from '../../db/system/undo';
import type { HandlersFor, ServiceContext } from '../context';
import { Conflict, ValidationError } from '../errors';
import type { historyContract, UndoScope } from './history.contract';
import { countyOrThrow } from '../county';

interface Undoable {
  readonly restore: Restorer;
  /** How the record is named to the user: a title or label, never a person. */
  readonly name: (row: Record<string, unknown>, ctx: ServiceContext) => string;
}

const SCOPES: Record<UndoScope, Record<string, Undoable>> = {
  model: {
    program_component: {
      restore: restoreModelComponent,
      name: (row, ctx) =>
        ctx.content.catalog.components.find((c) => c.id === row.componentId)?.name ??
        String(row.componentId),
    },
  },
  fiscal: {
    budget: {
      restore: rowRestorer(budget),
      name: (row) => `${sfyLabel({ startYear: Number(row.sfyStartYear) })} budget line`,
    },
    ledger_entry: {
      restore: rowRestorer(ledgerEntry),
      name: (row) => `${formatMoney(Number(row.amountCents))} on ${String(row.date)}`,
    },
    ledger_import: {
      restore: restoreImport,
      name: (row) => `${String(row.fileName)} (${String(row.rowCount)} rows)`,
    },
    funding_stream: { restore: rowRestorer(fundingStream), name: (row) => String(row.name) },
    service_category: { restore: rowRestorer(serviceCategory), name: (row) => String(row.name) },
  },
  plan: { rollout_task: { restore: restoreTask, name: (row) => String(row.title) } },
  team: { team_member: { restore: rowRestorer(teamMember), name: (row) => String(row.roleLabel) } },
  training: {
    training_session: {
      restore: rowRestorer(trainingSession),
      name: (row) => `${String(row.topic)} (${String(row.heldOn)})`,
    },
  },
};

function describe(ctx: ServiceContext, change: UndoableChange, undoable: Undoable): string {
  const name = `“${undoable.name(change.after ?? change.before ?? {}, ctx)}”`;
  if (change.action === 'create') return `adding ${name}`;
  if (change.action === 'delete') return `deleting ${name}`;
  return `the change to ${name}`;
}

function lastIn(ctx: ServiceContext, countyId: number, scope: UndoScope) {
  countyOrThrow(ctx.workbench.db, countyId);
  const entities = SCOPES[scope];
  const change = lastUndoable(ctx.workbench.db, countyId, Object.keys(entities));
  const undoable = change && entities[change.entity];
  return change && undoable ? { change, undoable } : undefined;
}

export const historyHandlers: HandlersFor<typeof historyContract> = {
  'history.list': ({ countyId, scope, entity, entityId, beforeEventId, limit }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const entities = SCOPES[scope];
    if (entity !== null && !(entity in entities)) {
      throw new ValidationError(`The ${scope} history has no records of kind “${entity}”.`, [
        { path: 'entity', message: `Not one of: ${Object.keys(entities).join(', ')}.` },
      ]);
    }
    const events = listEvents(ctx.workbench.db, {
      countyId,
      entities: entity === null ? Object.keys(entities) : [entity],
      entityId,
      beforeId: beforeEventId,
      limit,
    });
    return events.map((event) => {
      const undoable = entities[event.entity];
      const shown = { ...event, eventId: event.id, entityId: Number(event.entityId) };
      const description =
        undoable && event.action !== 'restore' && event.action !== 'undo'
          ? describe(ctx, { ...shown, action: event.action }, undoable)
          : `${event.action} of ${event.entity} ${event.entityId}`;
      return {
        eventId: event.id,
        at: event.at,
        actor: event.actor,
        entity: event.entity,
        entityId: event.entityId,
        action: event.action,
        description,
        changes: changedFields(event.before, event.after),
      };
    });
  },

  'history.lastChange': ({ countyId, scope }, ctx) => {
    const last = lastIn(ctx, countyId, scope);
    if (!last) return null;
    const { change, undoable } = last;
    return {
      eventId: change.eventId,
      at: change.at,
      action: change.action,
      description: describe(ctx, change, undoable),
    };
  },

  'history.undo': ({ countyId, scope, eventId }, ctx) => {
    const last = lastIn(ctx, countyId, scope);
    if (!last) throw new Conflict('There is nothing left to undo here.');
    const { change, undoable } = last;
    if (change.eventId !== eventId) {
      throw new Conflict(
        `Nothing was undone: the last change is now ${describe(ctx, change, undoable)}. Look again, then undo.`,
      );
    }
    undoChange(ctx.workbench.db, countyId, change, undoable.restore, ctx.actor);
    return { undone: describe(ctx, change, undoable) };
  },
};
