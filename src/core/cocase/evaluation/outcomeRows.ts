/**
 * Checking an outcomes file (CSV or XLSX): one event per row, for a mutual family the county
 * records, named by its two case numbers. Every row is checked before anything is written, and
 * every problem names its row and column. Events must make sense in order: a reunification needs
 * an earlier entry to foster care (in the file or already recorded), a cure an earlier sanction.
 */
import { parseLedgerDate } from '../../fiscal/import/dates';
import type { IsoDate } from '../../isoDate';
import type { TableRecord } from '../../tableRecord';
import { NEEDS_EARLIER } from './outcomeEvent';
import { OUTCOME_KINDS, OUTCOME_LABELS, type OutcomeKind } from './outcomes';

export const OUTCOME_COLUMNS = ['calworks_case', 'cws_case', 'outcome', 'date'] as const;
export const MAX_OUTCOME_PROBLEMS_LISTED = 200;

export interface OutcomeProblem {
  readonly row: number;
  readonly column: string;
  readonly reason: string;
}

export interface OutcomeRow {
  readonly row: number;
  readonly familyId: number;
  readonly kind: OutcomeKind;
  readonly date: IsoDate;
}

/** What the county has recorded: its families by case numbers, and their events. */
export interface OutcomeContext {
  familyOf(calworksCase: string, cwsCase: string): { id: number; startDate: string } | null;
  /** The family's recorded events of this kind (ISO dates). */
  recorded(familyId: number, kind: OutcomeKind): readonly string[];
}

const KIND_OF = new Map<string, OutcomeKind>(
  OUTCOME_KINDS.flatMap((kind) => [
    [kind, kind],
    [OUTCOME_LABELS[kind].toLowerCase(), kind],
  ]),
);

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Columns by header, found case-insensitively; the missing ones are problems of row 1. */
export function outcomeColumns(headers: readonly string[]) {
  const at = new Map(headers.map((h, i) => [key(h).replace(/ /g, '_'), i]));
  const columns = OUTCOME_COLUMNS.map((name) => at.get(name) ?? -1);
  const missing = OUTCOME_COLUMNS.filter((_, i) => (columns[i] ?? -1) < 0);
  return { columns, missing };
}

export function checkOutcomeRows(
  headers: readonly string[],
  records: readonly TableRecord[],
  context: OutcomeContext,
): { rows: OutcomeRow[]; problems: OutcomeProblem[]; problemCount: number } {
  const { columns, missing } = outcomeColumns(headers);
  if (missing.length > 0) {
    const problems = missing.map((name) => ({
      row: 1,
      column: name,
      reason: `the file has no “${name}” column (it needs ${OUTCOME_COLUMNS.join(', ')})`,
    }));
    return { rows: [], problems, problemCount: problems.length };
  }
  const problems: OutcomeProblem[] = [];
  let problemCount = 0;
  const problem = (row: number, column: string, reason: string) => {
    problemCount++;
    if (problems.length < MAX_OUTCOME_PROBLEMS_LISTED) problems.push({ row, column, reason });
  };
  const cell = (record: TableRecord, c: number) =>
    String(record.fields[columns[c] ?? -1] ?? '').trim();

  const rows: OutcomeRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const [calworksCase, cwsCase, outcome, dateText] = [0, 1, 2, 3].map((c) => cell(record, c));
    const family = context.familyOf(calworksCase ?? '', cwsCase ?? '');
    if (!family) {
      problem(
        record.row,
        'cws_case',
        `no mutual family of this county has CalWORKs case “${calworksCase}” with CWS case “${cwsCase}”: add the family first`,
      );
    }
    const kind = KIND_OF.get(key(outcome ?? ''));
    if (!kind) {
      problem(
        record.row,
        'outcome',
        `“${outcome}” is not an outcome; use one of: ${OUTCOME_KINDS.join(', ')}`,
      );
    }
    const raw = record.fields[columns[3] ?? -1];
    const reading = parseLedgerDate(typeof raw === 'number' ? raw : (dateText ?? ''));
    if (!reading.ok) problem(record.row, 'date', reading.reason);
    if (!family || !kind || !reading.ok) continue;
    const date = reading.date;
    if (date < family.startDate.slice(0, 10)) {
      // Outcomes before the family joined are the comparison's business, not Linkages'.
      problem(
        record.row,
        'date',
        `${date} is before the family joined its group on ${family.startDate.slice(0, 10)}`,
      );
      continue;
    }
    const event = `${family.id} ${kind} ${date}`;
    const earlierRow = seen.get(event);
    if (earlierRow !== undefined) {
      problem(record.row, 'date', `the same event is in row ${earlierRow} already`);
      continue;
    }
    if (context.recorded(family.id, kind).includes(date)) {
      problem(record.row, 'date', 'this event is recorded already; it would be counted twice');
      continue;
    }
    seen.set(event, record.row);
    rows.push({ row: record.row, familyId: family.id, kind, date });
  }

  // Order within each family, over the file's events and the recorded ones together.
  const inFile = new Map<string, string[]>();
  for (const row of rows) {
    const dates = inFile.get(`${row.familyId} ${row.kind}`);
    if (dates) dates.push(row.date);
    else inFile.set(`${row.familyId} ${row.kind}`, [row.date]);
  }
  for (const row of rows) {
    const needed = NEEDS_EARLIER[row.kind];
    if (!needed) continue;
    const before = (d: string) => d <= row.date;
    const hasEarlier =
      context.recorded(row.familyId, needed).some(before) ||
      (inFile.get(`${row.familyId} ${needed}`) ?? []).some(before);
    if (!hasEarlier) {
      problem(
        row.row,
        'date',
        `a ${OUTCOME_LABELS[row.kind].toLowerCase()} on ${row.date} needs an earlier ${OUTCOME_LABELS[needed].toLowerCase()} for the family`,
      );
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows: problemCount === 0 ? rows : [], problems, problemCount };
}
