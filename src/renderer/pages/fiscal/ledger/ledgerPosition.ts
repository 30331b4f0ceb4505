import type { LedgerEntryView } from '../../../../api/fiscal/contract';
import { invoke } from '../../../client/client';
import { compareInView, keptByView, type LedgerView } from './ledgerView';

/** listLedger's largest page: the last step reads one window of this many rows. */
const WINDOW = 1000;

/** Where a saved row landed: its row (1-based), left out by the filters, or not worked out. */
export type Landing = { row: number } | 'filtered' | 'unknown';

/**
 * Where a saved row sits in the table as shown. The API has no "position of a row", so this
 * bisects the view one row at a time until the row is inside one window: about ten calls for a
 * million rows. It stops as soon as `wanted()` says a newer save has taken over.
 */
export async function positionInView(
  view: LedgerView,
  row: LedgerEntryView,
  wanted: () => boolean,
): Promise<Landing> {
  if (!keptByView(view, row)) return 'filtered';
  const read = (offset: number, limit: number) =>
    invoke('fiscal.listLedger', { ...view, offset, limit });
  let low = 0;
  let high = (await read(0, 1)).total;
  // The first index whose row sorts at or after the saved one lies in [low, high].
  while (high - low >= WINDOW) {
    if (!wanted()) return 'unknown';
    const middle = Math.floor((low + high) / 2);
    const probe = (await read(middle, 1)).rows[0];
    if (probe && compareInView(view, probe, row) < 0) low = middle + 1;
    else high = middle;
  }
  if (!wanted()) return 'unknown';
  const { rows } = await read(low, WINDOW);
  const index = rows.findIndex((candidate) => candidate.id === row.id);
  return index < 0 ? 'unknown' : { row: low + index + 1 };
}
