import type { FundingStreamView, ServiceCategoryView } from '../../../../api/fiscal/contract';
import type { HistoryEvent } from '../../../../api/system/history.contract';
import { FUNDING_LEVEL_LABELS, SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { sfyLabel } from '../../../../core/fiscalCalendar';
import { localIsoDate } from '../../../../core/isoDate';
import { nameOf } from '../../../../core/names';
import { formatDate } from '../../../components/format';

/** The kinds of fiscal record the audit trail follows, as the history.list filter names them. */
export const HISTORY_KINDS = {
  ledger_entry: 'Ledger row',
  budget: 'Budget line',
  ledger_import: 'Import',
  funding_stream: 'Funding stream',
  service_category: 'Category',
} as const;
export type HistoryKind = keyof typeof HISTORY_KINDS;

export function kindLabel(entity: string): string {
  return HISTORY_KINDS[entity as HistoryKind] ?? entity;
}

/** The record fields as the forms and tables call them. */
const FIELD_LABELS: Record<string, string> = {
  date: 'Date',
  sfyStartYear: 'SFY',
  quarter: 'Quarter',
  streamId: 'Stream',
  categoryId: 'Category',
  payingProgram: 'Paying program',
  amountCents: 'Amount',
  leveraged: 'Leveraged',
  savedProgram: 'Spared program',
  description: 'Description',
  familyReference: 'Case number',
  refundReason: 'Refund reason',
  q1Cents: 'Q1',
  q2Cents: 'Q2',
  q3Cents: 'Q3',
  q4Cents: 'Q4',
  name: 'Name',
  sourceProgram: 'Source program',
  level: 'Level',
  claimable: 'Claimable',
  generalFund: 'County general fund',
  activeSfysJson: 'Active years',
  retired: 'Retired',
  fileName: 'File',
  rowCount: 'Rows',
  importedAt: 'Imported at',
  actor: 'Imported by',
};

/** Kept in the record for duplicate checks, meaningless to a reader. */
const UNSHOWN = new Set(['fingerprint']);

/** A field not in the table still reads as words: "someField" → "Some field". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Aug 14, 2026, 3:05 PM" in the computer's own time zone; events are stored in UTC. */
export function formatWhen(at: string): string {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at;
  const time = moment.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  return `${formatDate(localIsoDate(moment))}, ${time}`;
}

export interface FiscalNames {
  readonly streams: readonly FundingStreamView[];
  readonly categories: readonly ServiceCategoryView[];
}

function labelIn(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

function activeYears(value: string): string {
  try {
    const years = [...(JSON.parse(value) as number[])].sort((a, b) => a - b);
    return years.length === 0
      ? 'Every year'
      : years.map((y) => sfyLabel({ startYear: y })).join(', ');
  } catch {
    return value;
  }
}

/**
 * A stored value as people read it. The service sends every value as a string (money already in
 * dollars); ids become names, codes become labels, true/false become Yes/No.
 */
export function fieldValue(field: string, value: string, names: FiscalNames): string {
  switch (field) {
    case 'streamId':
      return nameOf(names.streams, Number(value));
    case 'categoryId':
      return nameOf(names.categories, Number(value));
    case 'payingProgram':
    case 'savedProgram':
    case 'sourceProgram':
      return labelIn(SOURCE_PROGRAM_LABELS, value);
    case 'level':
      return labelIn(FUNDING_LEVEL_LABELS, value);
    case 'sfyStartYear':
      return sfyLabel({ startYear: Number(value) });
    case 'quarter':
      return `Q${value}`;
    case 'date':
      return formatDate(value);
    case 'importedAt':
      return formatWhen(value);
    case 'activeSfysJson':
      return activeYears(value);
    default:
      if (value === 'true') return 'Yes';
      if (value === 'false') return 'No';
      return value;
  }
}

/** How an event's changes read: fields given values, fields changed, or values taken away. */
export type ChangeShape = 'added' | 'changed' | 'removed';

export function shapeOf(event: Pick<HistoryEvent, 'action' | 'changes'>): ChangeShape {
  if (event.action === 'create') return 'added';
  if (event.action === 'delete') return 'removed';
  if (event.action === 'update' || event.changes.length === 0) return 'changed';
  // An undo or restore carries whole records when it brings one back or takes one away.
  if (event.changes.every((change) => change.before === null)) return 'added';
  if (event.changes.every((change) => change.after === null)) return 'removed';
  return 'changed';
}

/** The changes worth a line: known fields, and for whole records only the fields with a value. */
export function shownChanges(event: HistoryEvent): HistoryEvent['changes'] {
  const shape = shapeOf(event);
  return event.changes.filter((change) => {
    if (UNSHOWN.has(change.field)) return false;
    if (shape === 'added') return change.after !== null && change.after !== '';
    if (shape === 'removed') return change.before !== null && change.before !== '';
    return true;
  });
}

/** What happened, in a sentence: the service's own words ("undid adding …", "redid …"). */
export function whatHappened(event: HistoryEvent): string {
  if (event.action === 'restore') {
    return `Restored ${kindLabel(event.entity).toLowerCase()} #${event.entityId}`;
  }
  return event.description.charAt(0).toUpperCase() + event.description.slice(1);
}
