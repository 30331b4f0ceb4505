/**
 * The desktop shell, kept thin: one hardened window, the menu, dialogs and one IPC handler that
 * forwards to the same service browser mode uses. Everything a user does lives behind that service.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { BRIDGE_CHANNELS } from '../api/bridge';
import { loadContent } from '../api/content';
import { createService } from '../api/service';
import { DataFileError } from '../db/dataFileError';
import { databaseFileIn, defaultDataFolder } from '../db/dataFolder';
import { openDatabase, type Workbench } from '../db/openDatabase';
import { createDialogHandlers } from './dialogs';
import { createInvokeHandler } from './ipc';
import { applicationMenuTemplate } from './menu';
import { handleWillNavigate, handleWindowOpen, isTrustedSender } from './navigationGuards';
import { mainWindowOptions } from './windowOptions';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '../renderer/index.html');
const preloadFile = path.join(here, '../preload/index.cjs');
/** better-sqlite3 built for Electron's ABI, kept apart from Node's build (npm run rebuild:electron). */
const electronSqliteBinding = path.join(
  app.getAppPath(),
  'native',
  'electron',
  'better_sqlite3.node',
);
const migrationsFolder = path.join(app.getAppPath(), 'src', 'db', 'migrations');
const openExternal = (url: string) => void shell.openExternal(url);

let workbench: Workbench | undefined;

function openWorkbench(dataFolder: string): Workbench | undefined {
  if (!fs.existsSync(electronSqliteBinding)) {
    dialog.showErrorBox(
      'Linkages Workbench',
      'The database engine has not been built for the desktop app. Run "npm run rebuild:electron", or use "npm run serve" for the browser version.',
    );
    return undefined;
  }
  try {
    return openDatabase(databaseFileIn(dataFolder), {
      migrationsFolder,
      nativeBinding: electronSqliteBinding,
      dailyBackup: true,
    });
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    dialog.showErrorBox('Linkages Workbench cannot open its data', error.message);
    return undefined;
  }
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(preloadFile));
  window.webContents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, openExternal));
  window.webContents.on('will-navigate', (event, url) =>
    handleWillNavigate(event, url, openExternal),
  );
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataFolder = defaultDataFolder();
  workbench = openWorkbench(dataFolder);
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
  ipcMain.handle(BRIDGE_CHANNELS.invoke, (event, message) => invoke(event, message));

  const dialogs = createDialogHandlers({
    showOpenDialog: (options) => dialog.showOpenDialog(options),
    showSaveDialog: (options) => dialog.showSaveDialog(options),
    readFile: (file) => fs.promises.readFile(file),
    writeFile: (file, bytes) => fs.promises.writeFile(file, bytes),
  });
  ipcMain.handle(BRIDGE_CHANNELS.openFiles, (event, options) =>
    isTrustedSender(event.senderFrame?.url, rendererUrl) ? dialogs.openFiles(options) : [],
  );
  ipcMain.handle(BRIDGE_CHANNELS.saveFile, (event, request) =>
    isTrustedSender(event.senderFrame?.url, rendererUrl)
      ? dialogs.saveFile(request)
      : { saved: false },
  );

  // The page needs no camera, location or notifications: refuse every permission prompt.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        openDataFolder: () => void shell.openPath(dataFolder),
        openHelp: () => void shell.openPath(path.join(app.getAppPath(), 'README.md')),
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

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => workbench?.close());

start().catch((error: unknown) => {
  // Whatever stopped the start, say it plainly and leave, rather than hang without a window.
  dialog.showErrorBox(
    'Linkages Workbench could not start',
    error instanceof Error ? error.message : String(error),
  );
  app.exit(1);
});
