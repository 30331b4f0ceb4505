import { sql } from 'drizzle-orm';

/** Default for created/updated columns: the moment of the write, as an ISO timestamp in UTC. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
