/** The record of every reveal of identifiers (revealsSchema.ts), and the privacy officer's list. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../openDatabase';
import { identifierReveal } from '../schema';

export type NewReveal = Omit<typeof identifierReveal.$inferInsert, 'id' | 'at'>;
export type RevealRow = typeof identifierReveal.$inferSelect;

export function recordReveal(db: Db, reveal: NewReveal): void {
  db.insert(identifierReveal).values(reveal).run();
}

/** The county's reveals, newest first; one user's when `userId` is given. */
export function listReveals(
  db: Db,
  countyId: number,
  options: { userId?: number; limit: number },
): RevealRow[] {
  const inCounty = eq(identifierReveal.countyId, countyId);
  return db
    .select()
    .from(identifierReveal)
    .where(
      options.userId === undefined
        ? inCounty
        : and(inCounty, eq(identifierReveal.userId, options.userId)),
    )
    .orderBy(desc(identifierReveal.id))
    .limit(options.limit)
    .all();
}
