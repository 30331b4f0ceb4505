import { useCallback, useEffect, useRef, useState } from 'react';
import type { FiscalNames, HistoryKind } from './historyFields';
import { HistoryTable } from './HistoryTable';
import { useHistoryPages } from './useHistoryPages';

export interface HistoryRecord {
  readonly entity: HistoryKind;
  readonly id: number;
  /** How the record is named in the heading, e.g. "the row of 2026-08-14, $1,300.00". */
  readonly name: string;
}

function RecordEvents({
  countyId,
  record,
  names,
}: {
  countyId: number;
  record: HistoryRecord;
  names: FiscalNames;
}) {
  const history = useHistoryPages({
    countyId,
    entity: record.entity,
    entityId: String(record.id),
  });
  return (
    <HistoryTable
      label={`Changes to ${record.name}`}
      history={history}
      names={names}
      showKind={false}
      empty="No changes are recorded for it."
    />
  );
}

/**
 * One record's history in a native modal <dialog>: focus moves to its Close button, Escape closes
 * it, and focus goes back to the button that opened it (or wherever `focusBack` sends it, when
 * that button has gone, e.g. a ledger row scrolled out of the page).
 */
export function useRecordHistory({
  countyId,
  names,
  focusBack,
}: {
  countyId: number;
  names: FiscalNames;
  focusBack: (opener: Element | null) => void;
}) {
  const [record, setRecord] = useState<HistoryRecord | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const close = useRef<HTMLButtonElement>(null);

  // Opened once its content is rendered, so focus lands on Close and not on the dialog itself.
  useEffect(() => {
    if (!record || !dialog.current) return;
    if (!dialog.current.open) dialog.current.showModal();
    close.current?.focus();
  }, [record]);

  const show = useCallback((next: HistoryRecord) => {
    opener.current = document.activeElement;
    setRecord(next);
  }, []);

  function finish(): void {
    dialog.current?.close();
    setRecord(null);
    focusBack(opener.current);
  }

  const element = (
    <dialog
      ref={dialog}
      className="history-dialog"
      aria-labelledby="history-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        finish();
      }}
    >
      {record && (
        <>
          <div className="history-dialog__head">
            <h2 id="history-dialog-title">History of {record.name}</h2>
            <button ref={close} type="button" onClick={finish}>
              Close
            </button>
          </div>
          <RecordEvents countyId={countyId} record={record} names={names} />
        </>
      )}
    </dialog>
  );
  return { show, dialog: element };
}
