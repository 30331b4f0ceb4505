/**
 * One Workbench per user session: a second launch (a double-click while it is open) hands over to
 * the running one, which comes to the front, instead of meeting the data folder's writer lock.
 */

/** The parts of Electron's app the lock uses, so tests can stand in for it. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/** The parts of a BrowserWindow that bringing it to the front uses. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/**
 * Takes the lock, or quits when another Workbench holds it. Returns whether this process goes on
 * to start; when it does, a later launch brings `currentWindow()` back to the front.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  currentWindow: () => FocusableWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (window) bringToFront(window);
  });
  return true;
}

export function bringToFront(window: FocusableWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
