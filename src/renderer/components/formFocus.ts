/** Focus after an Edit flow: back to the button that started it, or to the page heading. */
export function returnFocus(to: Element | null): void {
  requestAnimationFrame(() => {
    if (to instanceof HTMLElement && to.isConnected) to.focus();
    else document.querySelector<HTMLElement>('main h1')?.focus();
  });
}
