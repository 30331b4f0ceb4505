import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowSwitches {
  /** Only when not packaged: an installed Workbench gives no console into the page and its data. */
  readonly devTools: boolean;
}

/** The main window's options: every hardening switch on (DESIGN.md, src/main). */
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
    webPreferences: { ...hardened(preloadPath), devTools, spellcheck: true },
  };
}

/**
 * The start-up passphrase prompt (passphrasePrompt.ts): the same switches, no developer tools
 * even unpackaged, and no spellchecker to hand what is typed to.
 */
export function passphraseWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 460,
    height: 320,
    useContentSize: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    title: 'Linkages Workbench',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...hardened(preloadPath), devTools: false, spellcheck: false },
  };
}

function hardened(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  } as const;
}
