import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** Default for created/updated columns: the moment of the write, as an ISO timestamp in UTC. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/**
 * An editable record's version: 1 when created, one more on every write, undo and redo included
 * (migration 0015's triggers make sure of it), so a save made from an older copy is refused.
 */
export const version = () => integer('version').notNull().default(1);
