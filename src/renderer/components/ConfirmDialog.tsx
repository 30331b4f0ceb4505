import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

interface Request {
  readonly title: string;
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly resolve: (confirmed: boolean) => void;
}

/**
 * Asks before anything destructive, in a native modal <dialog> (focus stays inside; Escape cancels).
 * `confirm()` resolves true only when the user chose the confirming button.
 */
export function useConfirm() {
  const [request, setRequest] = useState<Request | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  // Open only once the question is rendered, then put focus on Cancel: a dialog opened before its
  // buttons exist would focus itself, and Tab, Enter would then cancel instead of confirm.
  useEffect(() => {
    if (!request || !dialog.current) return;
    if (!dialog.current.open) dialog.current.showModal();
    cancel.current?.focus();
  }, [request]);

  const confirm = useCallback(
    (title: string, message: ReactNode, confirmLabel: string) =>
      new Promise<boolean>((resolve) => {
        opener.current = document.activeElement;
        setRequest({ title, message, confirmLabel, resolve });
      }),
    [],
  );

  function finish(confirmed: boolean): void {
    dialog.current?.close();
    request?.resolve(confirmed);
    setRequest(null);
    // Back to the button that asked, or, when the action removed it, to the page heading.
    requestAnimationFrame(() => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
    });
  }

  const element = (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={(event) => {
        event.preventDefault();
        finish(false);
      }}
    >
      {request && (
        <>
          <h2 id="confirm-title">{request.title}</h2>
          <div id="confirm-message">{request.message}</div>
          <div className="button-row">
            {/* Cancel comes first and takes focus: the safe choice is the easy one. */}
            <button ref={cancel} type="button" onClick={() => finish(false)}>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => finish(true)}>
              {request.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
  return { confirm, dialog: element };
}
