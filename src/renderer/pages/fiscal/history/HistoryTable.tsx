import type { HistoryEvent } from '../../../../api/system/history.contract';
import { TableScroll } from '../../../components/TableScroll';
import {
  fieldLabel,
  fieldValue,
  formatWhen,
  kindLabel,
  shapeOf,
  shownChanges,
  whatHappened,
  type FiscalNames,
} from './historyFields';
import type { useHistoryPages } from './useHistoryPages';

const BLANK = '(blank)';

/**
 * One event's fields: "Amount: $1,200.00 → $1,300.00" for a change, "Amount: $1,200.00" for a
 * new record, and struck values said to be deleted in words, not only by the line through them.
 */
function Changes({ event, names }: { event: HistoryEvent; names: FiscalNames }) {
  const shape = shapeOf(event);
  const changes = shownChanges(event);
  if (changes.length === 0) return <span className="history-none">No field changed</span>;
  const shown = (field: string, value: string | null) =>
    value === null || value === '' ? BLANK : fieldValue(field, value, names);
  const gone = event.action === 'delete' ? '(deleted)' : '(removed)';
  return (
    <ul className="history-changes">
      {changes.map(({ field, before, after }) => (
        <li key={field}>
          <span className="history-field">{fieldLabel(field)}:</span>{' '}
          {shape === 'added' && shown(field, after)}
          {shape === 'changed' && `${shown(field, before)} → ${shown(field, after)}`}
          {shape === 'removed' && (
            <>
              <del>{shown(field, before)}</del> <span className="history-gone">{gone}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Audit events as a table, newest first, with a "Load older" button under it. The kind column is
 * left out where every event is about one record.
 */
export function HistoryTable({
  label,
  history,
  names,
  showKind,
  empty,
}: {
  /** Names the table and its scrolling region, e.g. "Fiscal changes". */
  label: string;
  history: ReturnType<typeof useHistoryPages>;
  names: FiscalNames;
  showKind: boolean;
  /** Said when there are no events at all. */
  empty: string;
}) {
  const { events, isPending, hasOlder, loadingOlder, loadOlder } = history;
  if (!events) return <p>{isPending ? 'Loading the history…' : ''}</p>;
  if (events.length === 0) return <p>{empty}</p>;
  const count = `Showing ${events.length.toLocaleString('en-US')} ${events.length === 1 ? 'change' : 'changes'}, newest first.`;
  return (
    <>
      <TableScroll label={label}>
        <table className="data-table history-table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.eventId}>
                <th scope="row">
                  <time dateTime={event.at}>{formatWhen(event.at)}</time>
                </th>
                <td className="history-who">{event.actor}</td>
                <td>
                  {showKind && (
                    <>
                      <span className="history-kind">{kindLabel(event.entity)}</span>{' '}
                    </>
                  )}
                  {whatHappened(event)}
                </td>
                <td>
                  <Changes event={event} names={names} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="toolbar">
        {/* Stays, disabled, when nothing older is left, so the keyboard focus is not lost. */}
        <button
          type="button"
          disabled={!hasOlder}
          aria-busy={loadingOlder}
          onClick={() => {
            if (!loadingOlder) void loadOlder();
          }}
        >
          {loadingOlder
            ? 'Loading older changes…'
            : hasOlder
              ? 'Load older changes'
              : 'No older changes'}
        </button>
        <span role="status">{count}</span>
      </div>
    </>
  );
}
