import { z } from 'zod';
import type { ContractSlice } from './contractTypes';

const Id = z.number().int().positive();

/** Where "undo" applies: each scope undoes its own changes, newest first. */
export const UNDO_SCOPES = ['model', 'plan', 'team', 'training', 'fiscal'] as const;
export const UndoScope = z.enum(UNDO_SCOPES);
export type UndoScope = z.infer<typeof UndoScope>;

export const LastChange = z.object({
  eventId: Id,
  at: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  /** What undo would revert, e.g. "deleting “Sign the MOU”". */
  description: z.string(),
});
export type LastChange = z.infer<typeof LastChange>;

export const historyContract = {
  'history.lastChange': {
    summary: 'The newest change in a scope that undo would revert, or null.',
    input: z.object({ countyId: Id, scope: UndoScope }).strict(),
    output: LastChange.nullable(),
  },
  'history.undo': {
    summary:
      'Reverts the newest change in a scope; eventId must still be that change, so nothing else is undone by surprise.',
    input: z.object({ countyId: Id, scope: UndoScope, eventId: Id }).strict(),
    output: z.object({ undone: z.string() }),
  },
} as const satisfies ContractSlice;
