/**
 * The window shows only the Workbench's own page. Any attempt to navigate elsewhere or open a new
 * window is refused; web links go to the OS browser instead.
 */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** For setWindowOpenHandler: never a new Electron window. */
export function handleWindowOpen(
  url: string,
  openExternal: (url: string) => void,
): { action: 'deny' } {
  if (isWebLink(url)) openExternal(url);
  return { action: 'deny' };
}

/** For will-navigate: the page never leaves itself (hash routes do not fire this event). */
export function handleWillNavigate(
  event: { preventDefault(): void },
  url: string,
  openExternal: (url: string) => void,
): void {
  event.preventDefault();
  if (isWebLink(url)) openExternal(url);
}

/** IPC is answered only for our own page, loaded from the renderer build. */
export function isTrustedSender(senderUrl: string | undefined, rendererIndexUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const ours = new URL(rendererIndexUrl);
    return sender.protocol === 'file:' && sender.pathname === ours.pathname;
  } catch {
    return false;
  }
}
