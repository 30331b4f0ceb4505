/**
 * The version an editable record carries through the API: every record a page can edit comes with
 * its version, and a save that changes one says which version it was made from. A save from an
 * older copy (a second window, a colleague) is refused as Stale, naming what changed, and nothing
 * is overwritten.
 */
import { z } from 'zod';
import { changesSince } from '../db/recordVersion';
import type { Db } from '../db/openDatabase';
import { Stale, fieldError } from './errors';

/** A record's version as outputs carry it. */
export const RecordVersion = z.number().int().positive();

/** The input field of a save: the version it was made from; null only when adding. */
export const SavedVersion = RecordVersion.nullable().default(null);

/** "dueDate" → "due date", "streamId" → "stream", "amountCents" → "amount". */
export function fieldWords(key: string): string {
  return key
    .replace(/(Id|Json|Cents)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function localMinute(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * Refuses a change to `stored` unless it was made from the stored version. Call it in the same
 * synchronous stretch as the write (no await between), so nothing can be written in between.
 */
export function checkVersion(
  db: Db,
  change: {
    /** What the page calls the record: "task", "funding stream". */
    what: string;
    entity: string;
    id: number;
    expected: number | null;
    stored: { readonly version: number };
  },
): void {
  const { what, entity, id, expected, stored } = change;
  if (expected === null) {
    throw fieldError(
      'version',
      `This change to the ${what} does not say which version of it was changed. Reload the page and make the change again.`,
    );
  }
  if (expected === stored.version) return;
  const since = changesSince(db, {
    entity,
    id,
    version: expected,
    current: stored as unknown as Record<string, unknown>,
  });
  const when = since.at === null ? '' : ` at ${localMinute(since.at)}`;
  const fields =
    since.fields.length === 0 ? '' : ` (changed: ${since.fields.map(fieldWords).join(', ')})`;
  throw new Stale(
    `The ${what} was changed elsewhere${when}${fields} after you opened it, in another window or by someone else. Your changes were not saved, so nothing was overwritten. Reload to see the ${what} as it is now, then make your change again.`,
  );
}
