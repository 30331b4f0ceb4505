import { ApiError } from '../../api/errors';

/** Focus after an Edit flow: back to the button that started it, or to the page heading. */
export function returnFocus(to: Element | null): void {
  requestAnimationFrame(() => {
    if (to instanceof HTMLElement && to.isConnected) to.focus();
    else document.querySelector<HTMLElement>('main h1')?.focus();
  });
}

/** Puts the keyboard on the field the service named, so fixing it is one step away. */
export function focusField(error: unknown, ids: Record<string, string>): void {
  if (!(error instanceof ApiError)) return;
  const id = ids[error.issues[0]?.path ?? ''];
  if (id) document.getElementById(id)?.focus();
}
