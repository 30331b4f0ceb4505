import type { Method } from '../../../client/client';

/** What a change to the ledger (save, delete, undo) makes stale: its pages and the summary. */
export const LEDGER_QUERIES = ['fiscal.listLedger', 'fiscal.summary'] as const satisfies Method[];
