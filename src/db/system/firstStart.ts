/**
 * Whether a data file is still as a first start left it: the moment to offer encryption, before a
 * county's records are written to disk in plain text.
 */
import type Sqlite from 'better-sqlite3';

/**
 * Every edit of a county's records leaves an audit event carrying its county; the extracts of a
 * match and the packages of a roll-up are kept without one, so they are looked at themselves.
 * Choosing the county is a workspace setting (no county on its event), and does not count.
 */
export function holdsCountyRecords(sqlite: Sqlite.Database): boolean {
  const row = sqlite
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM audit_event WHERE county_id IS NOT NULL)
           OR EXISTS (SELECT 1 FROM match_extract)
           OR EXISTS (SELECT 1 FROM rollup) AS held`,
    )
    .get() as { held: number };
  return row.held === 1;
}
