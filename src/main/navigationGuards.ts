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

/** The parts of a navigation event the guards read (Electron's Event<…NavigateEventParams>). */
export interface NavigationEvent {
  preventDefault(): void;
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** The parts of Electron's WebContents the guards attach to, so tests can stand in for it. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Every web contents the app creates, the window's and any other, stays on its page: no new
 * windows, no webviews, no navigation in any frame, no redirect.
 */
export function guardWebContents(
  contents: GuardedContents,
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Electron emits will-frame-navigate first, for every frame, and emits will-navigate only when
  // that was not prevented; so the main frame's link goes to the OS browser here, and only here,
  // and will-navigate stays as the guard for any Electron that skips the first event.
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    if (event.isMainFrame && isWebLink(event.url)) openExternal(event.url);
  });
  contents.on('will-navigate', (event) => handleWillNavigate(event, event.url, openExternal));
  // A server redirect is never a person's click: refuse it and open nothing.
  contents.on('will-redirect', (event) => event.preventDefault());
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
