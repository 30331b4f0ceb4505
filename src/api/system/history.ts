import { changedFields } from '../../core/history';
import { listEvents, type AuditAction } from '../../db/audit';
import { restoreModelComponent } from '../../db/program/repository';
import { restoreTask } from '../../db/program/rollout';
import { sfyLabel } from '../../core/fiscalCalendar';
import { formatMoney } from '../../core/money';
import { IMPORT_ROWS_FIELD, restoreImport } from '../../db/fiscal/ledgerImports';
import {
  budget,
  fundingStream,
  ledgerEntry,
  serviceCategory,
  teamMember,
  trainingSession,
} from '../../db/schema';
import {
  lastRedoable,
  lastUndoable,
  redoChange,
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
  /** How it is said that a change of it is reverted or made again, when "adding “name”" won't do. */
  readonly describe?: (change: UndoableChange) => string | undefined;
  /** How many records a change of it touches (one, unless said). */
  readonly records?: (change: UndoableChange) => number;
  /** False when its restorer cannot make a change again exactly (a component's status history). */
  readonly redoable?: boolean;
  /** Why this undone change cannot be made again, when it cannot. */
  readonly redoRefusal?: (undoneImage: Record<string, unknown> | null) => string | undefined;
}

const budgets: Record<string, Undoable> = {
  budget: {
    restore: rowRestorer(budget),
    name: (row) => `${sfyLabel({ startYear: Number(row.sfyStartYear) })} budget line`,
  },
};

const rowCount = (change: UndoableChange) => Number((change.after ?? change.before)?.rowCount ?? 0);

const ledger: Record<string, Undoable> = {
  ledger_entry: {
    restore: rowRestorer(ledgerEntry),
    name: (row) => `${formatMoney(Number(row.amountCents))} on ${String(row.date)}`,
  },
  ledger_import: {
    restore: restoreImport,
    name: (row) => `${String(row.fileName)} (${String(row.rowCount)} rows)`,
    describe: (change) =>
      change.action === 'create'
        ? `the import of ${rowCount(change).toLocaleString('en-US')} ledger ${
            rowCount(change) === 1 ? 'row' : 'rows'
          } from “${String(change.after?.fileName)}”`
        : undefined,
    records: rowCount,
    // Undone before undo kept an import's rows (db/fiscal/ledgerImports.ts): only a new import
    // of the file brings them back.
    redoRefusal: (image) =>
      Array.isArray(image?.[IMPORT_ROWS_FIELD])
        ? undefined
        : 'Nothing was redone: this import was undone before redo kept its rows. Import the file again.',
  },
};

const reference: Record<string, Undoable> = {
  funding_stream: { restore: rowRestorer(fundingStream), name: (row) => String(row.name) },
  service_category: { restore: rowRestorer(serviceCategory), name: (row) => String(row.name) },
};

const SCOPES: Record<UndoScope, Record<string, Undoable>> = {
  budgets,
  ledger,
  reference,
  model: {
    program_component: {
      restore: restoreModelComponent,
      name: (row, ctx) =>
        ctx.content.catalog.components.find((c) => c.id === row.componentId)?.name ??
        String(row.componentId),
      // Undoing a status change takes its status-history row away; making it again would need
      // that row back as it was (its id and time), which the audit does not keep.
      redoable: false,
    },
  },
  fiscal: { ...budgets, ...ledger, ...reference },
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
  const own = undoable.describe?.(change);
  if (own !== undefined) return own;
  const name = `“${undoable.name(change.after ?? change.before ?? {}, ctx)}”`;
  if (change.action === 'create') return `adding ${name}`;
  if (change.action === 'delete') return `deleting ${name}`;
  return `the change to ${name}`;
}

/**
 * A history row in words. An undo's images are the reverted change's, swapped (it took away what
 * that change made), so the change can be named as it was; a redo is that change made again.
 */
function describeEvent(
  ctx: ServiceContext,
  event: Omit<UndoableChange, 'action'> & { action: AuditAction; undoesEventId: number | null },
  undoable: Undoable,
): string {
  if (event.action === 'restore') return 'restored from a backup';
  if (event.action !== 'undo') {
    const change = describe(ctx, { ...event, action: event.action }, undoable);
    return event.undoesEventId === null ? change : `redid ${change}`;
  }
  const reverted: UndoableChange = {
    ...event,
    action: event.after === null ? 'create' : event.before === null ? 'delete' : 'update',
    before: event.after,
    after: event.before,
  };
  return `undid ${describe(ctx, reverted, undoable)}`;
}

function records(change: UndoableChange, undoable: Undoable): number {
  return undoable.records?.(change) ?? 1;
}

/** A restore refused by SQLite because other records now depend on this one, said plainly. */
function applying(work: () => void, what: string): void {
  try {
    work();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new Conflict(
        `Nothing was ${what}: other records now depend on this one. Change or remove them first.`,
      );
    }
    throw error;
  }
}

/**
 * On the shared server a colleague's change is theirs to undo: undoing it would revert work its
 * author may be building on, unseen. The one user of a laptop undoes whatever they find.
 */
function yours(ctx: ServiceContext, actor: string): boolean {
  return ctx.caller.userId === null || actor === ctx.actor;
}

function lastUndoneIn(ctx: ServiceContext, countyId: number, scope: UndoScope) {
  countyOrThrow(ctx.workbench.db, countyId);
  const entities = SCOPES[scope];
  const redoable = Object.keys(entities).filter((entity) => entities[entity]?.redoable !== false);
  const change = lastRedoable(ctx.workbench.db, countyId, redoable);
  const undoable = change && entities[change.entity];
  return change && undoable ? { change, undoable } : undefined;
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
      const description = undoable
        ? describeEvent(ctx, { ...shown, action: event.action }, undoable)
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
      records: records(change, undoable),
      by: change.actor,
      yours: yours(ctx, change.actor),
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
    if (!yours(ctx, change.actor)) {
      throw new Conflict(
        `Nothing was undone: the last change here, ${describe(ctx, change, undoable)}, was made by ${change.actor}. You undo only your own changes; ask them, or change the record yourself.`,
      );
    }
    applying(
      () => undoChange(ctx.workbench.db, countyId, change, undoable.restore, ctx.actor),
      'undone',
    );
    return { undone: describe(ctx, change, undoable) };
  },

  'history.lastUndone': ({ countyId, scope }, ctx) => {
    const last = lastUndoneIn(ctx, countyId, scope);
    if (!last) return null;
    const { change, undoable } = last;
    return {
      eventId: change.undoEventId,
      at: change.undoneAt,
      action: change.action,
      description: describe(ctx, change, undoable),
      records: records(change, undoable),
      by: change.undoneBy,
      yours: yours(ctx, change.undoneBy),
    };
  },

  'history.redo': ({ countyId, scope, eventId }, ctx) => {
    const last = lastUndoneIn(ctx, countyId, scope);
    if (!last) throw new Conflict('There is nothing to redo here.');
    const { change, undoable } = last;
    if (change.undoEventId !== eventId) {
      throw new Conflict(
        `Nothing was redone: what redo would make again is now ${describe(ctx, change, undoable)}. Look again, then redo.`,
      );
    }
    if (!yours(ctx, change.undoneBy)) {
      throw new Conflict(
        `Nothing was redone: ${describe(ctx, change, undoable)} was undone by ${change.undoneBy}. Only they can redo it.`,
      );
    }
    const refusal = undoable.redoRefusal?.(change.undoneImage);
    if (refusal !== undefined) throw new Conflict(refusal);
    applying(
      () => redoChange(ctx.workbench.db, countyId, change, undoable.restore, ctx.actor),
      'redone',
    );
    return { redone: describe(ctx, change, undoable) };
  },
};
