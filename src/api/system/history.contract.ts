import { z } from 'zod';
import { UNDOABLE_DATA, type ContractSlice } from '../contractTypes';
import { PLANNING_READ, UNDO } from './roleGroups';

const Id = z.number().int().positive();

/**
 * Where "undo" applies: each scope undoes its own changes, newest first. A page's scope is the
 * kind of record it shows (budgets, ledger with its imports, reference: streams and categories);
 * "fiscal" is all three, for the fiscal History page that lists them all.
 */
export const UNDO_SCOPES = [
  'model',
  'plan',
  'team',
  'training',
  'fiscal',
  'budgets',
  'ledger',
  'reference',
] as const;
export const UndoScope = z.enum(UNDO_SCOPES);
export type UndoScope = z.infer<typeof UndoScope>;

export const LastChange = z.object({
  eventId: Id,
  at: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  /** What undo would revert, e.g. "deleting “Sign the MOU”". */
  description: z.string(),
  /** How many records undoing it changes: an import's rows; over one, the UI asks first. */
  records: z.number().int().nonnegative(),
  /** Who made it. */
  by: z.string(),
  /**
   * Whether the caller may undo it: on the shared server each person undoes only their own newest
   * change, never a colleague's; the one user of a laptop undoes every change.
   */
  yours: z.boolean(),
});
export type LastChange = z.infer<typeof LastChange>;

export const LastUndone = z.object({
  /** The undo event that redo would revert. */
  eventId: Id,
  /** When it was undone. */
  at: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  /** What redo would make again, e.g. "deleting “Sign the MOU”". */
  description: z.string(),
  records: z.number().int().nonnegative(),
  /** Who undid it; as with undo, only they redo it on the shared server. */
  by: z.string(),
  yours: z.boolean(),
});
export type LastUndone = z.infer<typeof LastUndone>;

export const HistoryEvent = z.object({
  eventId: Id,
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete', 'restore', 'undo']),
  /** e.g. "the change to “$1,300.00 on 2026-08-14”". */
  description: z.string(),
  changes: z.array(
    z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const historyContract = {
  'history.list': {
    reads: UNDOABLE_DATA,
    identifiers: 'none',
    roles: PLANNING_READ,
    summary:
      'What happened in a scope (or to one record of it), newest first: when, who, and each field before and after.',
    input: z
      .object({
        countyId: Id,
        scope: UndoScope,
        entity: z.string().max(40).nullable().default(null),
        entityId: z.string().max(20).nullable().default(null),
        beforeEventId: Id.nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.array(HistoryEvent),
  },
  'history.lastChange': {
    reads: UNDOABLE_DATA,
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: 'The newest change in a scope that undo would revert, or null.',
    input: z.object({ countyId: Id, scope: UndoScope }).strict(),
    output: LastChange.nullable(),
  },
  'history.undo': {
    changes: UNDOABLE_DATA,
    identifiers: 'none',
    roles: UNDO,
    summary:
      'Reverts the newest change in a scope; eventId must still be that change, so nothing else is undone by surprise.',
    input: z.object({ countyId: Id, scope: UndoScope, eventId: Id }).strict(),
    output: z.object({ undone: z.string() }),
  },
  'history.lastUndone': {
    reads: UNDOABLE_DATA,
    identifiers: 'none',
    roles: PLANNING_READ,
    summary:
      'The newest undo in a scope that redo would re-apply, or null (none, or a new change was made since).',
    input: z.object({ countyId: Id, scope: UndoScope }).strict(),
    output: LastUndone.nullable(),
  },
  'history.redo': {
    changes: UNDOABLE_DATA,
    identifiers: 'none',
    roles: UNDO,
    summary:
      'Re-applies the newest undone change in a scope; eventId must still be that undo. Audited as the change made again.',
    input: z.object({ countyId: Id, scope: UndoScope, eventId: Id }).strict(),
    output: z.object({ redone: z.string() }),
  },
} as const satisfies ContractSlice;
