import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../src/main/menu';
import {
  handleWillNavigate,
  handleWindowOpen,
  isTrustedSender,
} from '../../../src/main/navigationGuards';
import { mainWindowOptions } from '../../../src/main/windowOptions';

describe('main window options', () => {
  it('turns every isolation switch on and Node off', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences;
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
    });
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
