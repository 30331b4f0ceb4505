import { useEffect, useEffectEvent, type RefObject } from 'react';

/**
 * Escape inside an edit form cancels the edit, as Cancel does. A native listener on the form: the
 * fields inside it are what the keyboard is in, and an open confirm dialog handles its own Escape.
 */
export function useEscapeToCancel(
  form: RefObject<HTMLFormElement | null>,
  active: boolean,
  onCancel: () => void,
): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!active || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onCancel();
  });

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    element.addEventListener('keydown', listener);
    return () => element.removeEventListener('keydown', listener);
  }, [form]);
}
