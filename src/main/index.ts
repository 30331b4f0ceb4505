/**
 * The desktop shell, kept thin: one hardened window, the menu, dialogs and one IPC handler that
 * forwards to the same service browser mode uses. Everything a user does lives behind that service.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { BRIDGE_CHANNELS } from '../api/bridge';
import { loadContent } from '../api/content';
import { createService } from '../api/service';
import { DataFileError } from '../db/dataFileError';
import { databaseFileIn, defaultDataFolder, openDataFolder } from '../db/dataFolder';
import { DataFolderInUse } from '../db/dataFolderLock';
import { lookOfDataFile } from '../db/encryption';
import type { Workbench } from '../db/openDatabase';
import { EXIT_CODES } from '../server/exitCodes';
import { unpackedPath } from './appPaths';
import { createDialogHandlers, fileSystemPorts } from './dialogs';
import { createInvokeHandler } from './ipc';
import { KEPT_PASSPHRASE_FILE, keptPassphrase, passphraseFollower } from './keptPassphrase';
import { applicationMenuTemplate } from './menu';
import { guardWebContents, isTrustedSender } from './navigationGuards';
import { createPassphrasePrompt } from './passphrasePrompt';
import { claimSingleInstance } from './singleInstance';
import { unlockWith } from './unlock';
import { mainWindowOptions, passphraseWindowOptions } from './windowOptions';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '../renderer/index.html');
const preloadFile = path.join(here, '../preload/index.cjs');
const passphrasePreloadFile = path.join(here, '../preload/passphrase.cjs');
/**
 * better-sqlite3 built for Electron's ABI, kept apart from Node's build (npm run rebuild:electron);
 * in an installed Workbench it sits unpacked beside app.asar, where the OS can load it.
 */
const electronSqliteBinding = unpackedPath(
  path.join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node'),
);
const migrationsFolder = path.join(app.getAppPath(), 'src', 'db', 'migrations');
const openExternal = (url: string) => void shell.openExternal(url);
/** The data's passphrase, kept with the OS keyring where there is one (keptPassphrase.ts). */
const kept = keptPassphrase({
  safeStorage,
  file: path.join(app.getPath('userData'), KEPT_PASSPHRASE_FILE),
});

let workbench: Workbench | undefined;
let mainWindow: BrowserWindow | undefined;

async function openWorkbench(dataFolder: string): Promise<Workbench | undefined> {
  if (!fs.existsSync(electronSqliteBinding)) {
    dialog.showErrorBox(
      'Linkages Workbench',
      'The database engine has not been built for the desktop app. Run "npm run rebuild:electron", or use "npm run serve" for the browser version.',
    );
    return undefined;
  }
  // One writer per data folder: a browser-mode Workbench, or a colleague's on a shared folder,
  // may hold it (the single-instance lock only covers this user's own second launch).
  const open = (passphrase: string | null) =>
    openDataFolder(dataFolder, {
      migrationsFolder,
      nativeBinding: electronSqliteBinding,
      passphrase,
      dailyBackup: true,
      onLost: () => {
        dialog.showErrorBox(
          'Linkages Workbench stopped',
          `Another process took over the data folder ${dataFolder} while this one was not responding. Nothing more was written; start the Workbench again once the other one has closed.`,
        );
        app.exit(EXIT_CODES.dataFolderInUse);
      },
    });
  try {
    const look = lookOfDataFile(databaseFileIn(dataFolder));
    // A passphrase kept for data no longer encrypted (decrypted elsewhere) is let go.
    if (look === 'plain') kept.forget();
    if (look !== 'encrypted') return await open(null);
    const prompt = createPassphrasePrompt(
      () => new BrowserWindow(passphraseWindowOptions(passphrasePreloadFile)),
    );
    try {
      // null: the person chose Quit at the prompt.
      return (await unlockWith({ kept, ask: prompt.ask, open })) ?? undefined;
    } finally {
      prompt.close();
    }
  } catch (error) {
    if (!(error instanceof DataFolderInUse) && !(error instanceof DataFileError)) throw error;
    dialog.showErrorBox('Linkages Workbench cannot open its data', error.message);
    return undefined;
  }
}

function createWindow(): void {
  // Navigation, new windows and webviews are refused for every web contents (web-contents-created).
  const window = new BrowserWindow(mainWindowOptions(preloadFile, { devTools: !app.isPackaged }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
}

async function start(): Promise<void> {
  await app.whenReady();
  // The data, its backups, the lock and any temporary file are private to this user
  // (src/db/privateFiles.ts sets the modes of its own files too).
  process.umask(0o077);
  // The page needs no camera, location or notifications: refuse every permission prompt.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  // …and answer every check (navigator.permissions, clipboard, fullscreen and the like) with no.
  session.defaultSession.setPermissionCheckHandler(() => false);
  const dataFolder = defaultDataFolder();
  workbench = await openWorkbench(dataFolder);
  if (!workbench) {
    app.quit();
    return;
  }
  const service = createService({
    workbench,
    appVersion: app.getVersion(),
    actor: os.userInfo().username,
    dataFolder,
    content: loadContent(path.join(app.getAppPath(), 'resources')),
  });
  const rendererUrl = pathToFileURL(rendererIndex).href;
  const invoke = createInvokeHandler(service, (url) => isTrustedSender(url, rendererUrl));
  // Settings may encrypt, change the passphrase or decrypt: the kept one follows, after the call.
  const opened = workbench;
  const followPassphrase = passphraseFollower(
    () => opened.passphrase,
    // Keeping is a convenience: failing to keep never turns a done change into an error.
    (next, remember) => kept.passphraseChanged(next, remember).catch(() => false),
  );
  ipcMain.handle(BRIDGE_CHANNELS.invoke, async (event, message) => {
    try {
      return await invoke(event, message);
    } finally {
      await followPassphrase();
    }
  });

  const dialogs = createDialogHandlers({
    showOpenDialog: (options) => dialog.showOpenDialog(options),
    showSaveDialog: (options) => dialog.showSaveDialog(options),
    ...fileSystemPorts,
  });
  ipcMain.handle(BRIDGE_CHANNELS.openFiles, (event, options) =>
    isTrustedSender(event.senderFrame?.url, rendererUrl) ? dialogs.openFiles(options) : [],
  );
  ipcMain.handle(BRIDGE_CHANNELS.saveFile, (event, request) =>
    isTrustedSender(event.senderFrame?.url, rendererUrl)
      ? dialogs.saveFile(request)
      : { saved: false },
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        openDataFolder: () => void shell.openPath(dataFolder),
        openHelp: () => void shell.openPath(unpackedPath(path.join(app.getAppPath(), 'README.md'))),
        about: () =>
          void dialog.showMessageBox({
            title: 'About Linkages Workbench',
            message: `Linkages Workbench ${app.getVersion()}`,
            detail: `Schema version ${workbench?.schemaVersion ?? '?'}. Data folder: ${dataFolder}`,
          }),
      }),
    ),
  );
  createWindow();
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
// The passphrase prompt closes before the main window opens: that is not the end of the app.
app.on('window-all-closed', () => {
  if (mainWindow) app.quit();
});
app.on('will-quit', () => workbench?.close());

// A second launch brings the running Workbench to the front and leaves (singleInstance.ts).
if (claimSingleInstance(app, () => mainWindow)) {
  start().catch((error: unknown) => {
    // Whatever stopped the start, say it plainly and leave, rather than hang without a window.
    dialog.showErrorBox(
      'Linkages Workbench could not start',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
  });
}
