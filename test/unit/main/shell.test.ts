import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { unpackedPath } from '../../../src/main/appPaths';
import { applicationMenuTemplate } from '../../../src/main/menu';
import {
  guardWebContents,
  handleWillNavigate,
  handleWindowOpen,
  isTrustedSender,
} from '../../../src/main/navigationGuards';
import { claimSingleInstance, type FocusableWindow } from '../../../src/main/singleInstance';
import { mainWindowOptions } from '../../../src/main/windowOptions';

describe('main window options', () => {
  it('turns every isolation switch on and Node off', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs', {
      devTools: false,
    }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('gives developer tools only when asked (an unpackaged run)', () => {
    const options = (devTools: boolean) =>
      mainWindowOptions('/p.cjs', { devTools }).webPreferences?.devTools;
    expect(options(true)).toBe(true);
    expect(options(false)).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('denies every new window and sends web links to the OS browser', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen('https://www.cdss.ca.gov/', openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.cdss.ca.gov/');
    expect(handleWindowOpen('file:///etc/passwd', openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('javascript:alert(1)', openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents every navigation away from the page', () => {
    const openExternal = vi.fn();
    const event = { preventDefault: vi.fn() };
    handleWillNavigate(event, 'file:///home/user/other.html', openExternal);
    handleWillNavigate(event, 'https://example.org/', openExternal);
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });

  it('guards every web contents: new windows, webviews, navigation in any frame, redirects', () => {
    class StandInContents extends EventEmitter {
      windowOpenHandler?: (details: { url: string }) => { action: 'deny' };
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
        this.windowOpenHandler = handler;
      }
    }
    const contents = new StandInContents();
    const openExternal = vi.fn();
    guardWebContents(contents, openExternal);
    const navigation = (url: string, isMainFrame = true) => ({
      preventDefault: vi.fn(),
      url,
      isMainFrame,
    });

    expect(contents.windowOpenHandler?.({ url: 'https://a.example/' })).toEqual({
      action: 'deny',
    });
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    // A link clicked in the page: refused, and sent to the OS browser once.
    const click = navigation('https://b.example/');
    contents.emit('will-frame-navigate', click);
    expect(click.preventDefault).toHaveBeenCalled();
    // A subframe's navigation and a server redirect: refused, and nothing opened.
    const subframe = navigation('https://c.example/', false);
    contents.emit('will-frame-navigate', subframe);
    const redirect = navigation('https://d.example/');
    contents.emit('will-redirect', redirect);
    expect(subframe.preventDefault).toHaveBeenCalled();
    expect(redirect.preventDefault).toHaveBeenCalled();
    // will-navigate keeps its guard when it is reached.
    const navigate = navigation('file:///tmp/other.html');
    contents.emit('will-navigate', navigate);
    expect(navigate.preventDefault).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual([['https://a.example/'], ['https://b.example/']]);
  });

  it('trusts IPC only from our own renderer page', () => {
    const ours = 'file:///app/out/renderer/index.html';
    expect(isTrustedSender('file:///app/out/renderer/index.html#/fiscal', ours)).toBe(true);
    expect(isTrustedSender('file:///tmp/evil.html', ours)).toBe(false);
    expect(isTrustedSender('https://app/out/renderer/index.html', ours)).toBe(false);
    expect(isTrustedSender(undefined, ours)).toBe(false);
    expect(isTrustedSender('not a url', ours)).toBe(false);
  });
});

describe('application menu', () => {
  it('has File, Edit, View and Help, with Quit under File', () => {
    const noop = () => undefined;
    const menu = applicationMenuTemplate({ openDataFolder: noop, openHelp: noop, about: noop });
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = menu[0]?.submenu;
    expect(Array.isArray(file) && file.some((item) => item.role === 'quit')).toBe(true);
  });
});

describe('single instance', () => {
  function standInApp(gotLock: boolean) {
    const events = new EventEmitter();
    return {
      requestSingleInstanceLock: vi.fn(() => gotLock),
      quit: vi.fn(),
      on: (event: 'second-instance', listener: () => void) => events.on(event, listener),
      secondLaunch: () => events.emit('second-instance'),
    };
  }
  function standInWindow(minimized: boolean): FocusableWindow {
    return {
      isDestroyed: () => false,
      isMinimized: () => minimized,
      restore: vi.fn(),
      focus: vi.fn(),
    };
  }

  it('a second launch quits and does not start', () => {
    const app = standInApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });

  it('the running one restores its minimized window and focuses it', () => {
    const app = standInApp(true);
    const window = standInWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.secondLaunch();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    const shownApp = standInApp(true);
    const shown = standInWindow(false);
    claimSingleInstance(shownApp, () => shown);
    shownApp.secondLaunch();
    expect(shown.restore).not.toHaveBeenCalled();
    expect(shown.focus).toHaveBeenCalled();
  });
});

describe('installed app paths', () => {
  it('finds unpacked files beside app.asar, and leaves a checkout path alone', () => {
    expect(unpackedPath('/opt/Linkages Workbench/resources/app.asar/native/electron/b.node')).toBe(
      '/opt/Linkages Workbench/resources/app.asar.unpacked/native/electron/b.node',
    );
    expect(unpackedPath('C:\\Program Files\\LW\\resources\\app.asar\\README.md')).toBe(
      'C:\\Program Files\\LW\\resources\\app.asar.unpacked\\README.md',
    );
    expect(unpackedPath('/home/pat/linkages/native/electron/b.node')).toBe(
      '/home/pat/linkages/native/electron/b.node',
    );
    expect(unpackedPath('/r/app.asar.unpacked/README.md')).toBe('/r/app.asar.unpacked/README.md');
  });
});
