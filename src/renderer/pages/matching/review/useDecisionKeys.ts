import { useEffect, useEffectEvent } from 'react';

export type DecisionKey = 'y' | 'n' | 's' | 'u';

/** Kinds of <input> that take no typed text: a letter pressed there is meant for the page. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
    return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/**
 * Y, N, S and U anywhere on the page. Not while typing in a field, with a modifier held (browser
 * and screen-reader shortcuts use those), in an open dialog, or for a held key's repeats: holding
 * Y must not decide a run of pairs the reviewer never saw.
 */
export function useDecisionKeys(onKey: (key: DecisionKey) => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || event.isComposing) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (typingIn(event.target) || document.querySelector('dialog[open]')) return;
    const key = event.key.toLowerCase();
    if (key !== 'y' && key !== 'n' && key !== 's' && key !== 'u') return;
    event.preventDefault();
    onKey(key);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
