/**
 * What an audited change did to a record, field by field, for the History views. Bookkeeping
 * fields (ids, timestamps) are left out; money fields (…Cents) read as dollars.
 */
import { formatMoney } from './money';

export interface FieldChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

// rowsForRedo: the rows an undone import keeps for redo (db/fiscal/ledgerImports.ts), not a field.
// version: moves on with every write (db/recordVersion.ts); a change of it says nothing more.
const BOOKKEEPING = new Set([
  'id',
  'countyId',
  'createdAt',
  'updatedAt',
  'version',
  'importId',
  'rowsForRedo',
]);

function shown(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (field.endsWith('Cents') && typeof value === 'number') return formatMoney(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Fields whose value differs; for a creation every field is "after", for a deletion "before". */
export function changedFields(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field))
    .map((field) => ({
      field,
      before: shown(field, before?.[field]),
      after: shown(field, after?.[field]),
    }))
    .filter((change) => change.before !== change.after);
}
