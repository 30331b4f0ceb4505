import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowSwitches {
  /** Only when not packaged: an installed Workbench gives no console into the page and its data. */
  readonly devTools: boolean;
}

/** The one window's options: every hardening switch on (DESIGN.md, src/main). */
export function mainWindowOptions(
  preloadPath: string,
  { devTools }: WindowSwitches,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    title: 'Linkages Workbench',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools,
      spellcheck: true,
    },
  };
}
