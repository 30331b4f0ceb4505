/** Mutual family records and their outcome events (co-case work and the evaluation). */
import type Sqlite from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { OutcomeKind } from '../../core/cocase/evaluation/outcomes';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { mutualFamily } from '../schema';

export type MutualFamilyRow = typeof mutualFamily.$inferSelect;
export type NewMutualFamily = Omit<
  typeof mutualFamily.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'version'
>;

export function listMutualFamilies(db: Db, countyId: number): MutualFamilyRow[] {
  return db
    .select()
    .from(mutualFamily)
    .where(eq(mutualFamily.countyId, countyId))
    .orderBy(mutualFamily.calworksCase, mutualFamily.cwsCase)
    .all();
}

/** Adds the families not recorded yet (by case numbers), in one transaction with its audit event. */
export function addMutualFamilies(
  workbench: { db: Db; sqlite: Sqlite.Database },
  countyId: number,
  actor: string,
  families: readonly NewMutualFamily[],
): { added: number; alreadyRecorded: number } {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    const known = new Set(
      listMutualFamilies(db, countyId).map((f) => `${f.calworksCase} ${f.cwsCase}`),
    );
    const fresh = families.filter((f) => !known.has(`${f.calworksCase} ${f.cwsCase}`));
    for (const family of fresh) db.insert(mutualFamily).values(family).run();
    if (fresh.length > 0) {
      recordAudit(db, {
        actor,
        countyId,
        entity: 'mutual_family',
        entityId: `${fresh.length} families`,
        action: 'create',
        before: undefined,
        after: { added: fresh.length, matchRunId: fresh[0]?.matchRunId ?? null },
      });
    }
    return { added: fresh.length, alreadyRecorded: families.length - fresh.length };
  })();
}

export interface OutcomeEventRow {
  readonly familyId: number;
  readonly kind: OutcomeKind;
  readonly date: string;
}

/** The county's outcome events, as the evaluation counts them. */
export function countyOutcomes(sqlite: Sqlite.Database, countyId: number): OutcomeEventRow[] {
  return sqlite
    .prepare(
      `SELECT o.family_id AS familyId, o.kind AS kind, o.date AS date
       FROM family_outcome o JOIN mutual_family f ON f.id = o.family_id
       WHERE f.county_id = ?`,
    )
    .all(countyId) as OutcomeEventRow[];
}

/** Writes an outcomes file's events in one transaction with one audit event for the file. */
export function addOutcomes(
  workbench: { db: Db; sqlite: Sqlite.Database },
  record: { countyId: number; actor: string; fileName: string },
  events: readonly OutcomeEventRow[],
): number {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    const insert = sqlite.prepare(
      'INSERT INTO family_outcome (family_id, kind, date, import_file_name) VALUES (?, ?, ?, ?)',
    );
    for (const e of events) insert.run(e.familyId, e.kind, e.date, record.fileName);
    recordAudit(db, {
      actor: record.actor,
      countyId: record.countyId,
      entity: 'family_outcome',
      entityId: record.fileName,
      action: 'create',
      before: undefined,
      after: { fileName: record.fileName, events: events.length },
    });
    return events.length;
  })();
}

/** A family's outcome events, oldest first, with the file each came from (null: by hand). */
export function familyOutcomes(sqlite: Sqlite.Database, familyId: number) {
  return sqlite
    .prepare(
      `SELECT id AS outcomeId, kind, date, import_file_name AS importFileName
       FROM family_outcome WHERE family_id = ? ORDER BY date, id`,
    )
    .all(familyId) as {
    outcomeId: number;
    kind: OutcomeKind;
    date: string;
    importFileName: string | null;
  }[];
}

/** One event added by hand, or removed, in a transaction with its audit event. */
export function changeOutcome(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: { countyId: number; actor: string },
  edit: { add: OutcomeEventRow } | { remove: { outcomeId: number; familyId: number } },
): number {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    if ('add' in edit) {
      const { familyId, kind, date } = edit.add;
      const id = Number(
        sqlite
          .prepare('INSERT INTO family_outcome (family_id, kind, date) VALUES (?, ?, ?)')
          .run(familyId, kind, date).lastInsertRowid,
      );
      recordAudit(db, {
        ...change,
        entity: 'family_outcome',
        entityId: String(id),
        action: 'create',
        before: undefined,
        after: edit.add,
      });
      return id;
    }
    const before = sqlite
      .prepare(
        'SELECT family_id AS familyId, kind, date FROM family_outcome WHERE id = ? AND family_id = ?',
      )
      .get(edit.remove.outcomeId, edit.remove.familyId);
    if (!before) return 0;
    sqlite.prepare('DELETE FROM family_outcome WHERE id = ?').run(edit.remove.outcomeId);
    recordAudit(db, {
      ...change,
      entity: 'family_outcome',
      entityId: String(edit.remove.outcomeId),
      action: 'delete',
      before,
      after: undefined,
    });
    return edit.remove.outcomeId;
  })();
}
