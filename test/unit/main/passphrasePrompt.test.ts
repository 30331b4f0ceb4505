import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { PASSPHRASE_CHANNELS } from '../../../src/main/passphraseChannels';
import {
  createPassphrasePrompt,
  passphrasePage,
  passphrasePageUrl,
  PROMPT_CSP,
  type PromptWindow,
} from '../../../src/main/passphrasePrompt';
import { passphraseWindowOptions } from '../../../src/main/windowOptions';
import type { PassphraseRequest } from '../../../src/main/unlock';

const first: PassphraseRequest = { problem: null, canRemember: true, remember: true };

describe('the passphrase page', () => {
  it('asks for the passphrase in a password field, with "Remember" where it can be kept', () => {
    const page = passphrasePage(first);
    expect(page).toContain('type="password"');
    expect(page).toContain('Remember on this computer');
    expect(page).toMatch(/id="remember" type="checkbox" checked/);
    expect(passphrasePage({ ...first, remember: false })).not.toMatch(/checkbox" checked/);
    expect(page).not.toContain('role="alert"');
  });

  it('offers no "Remember" where there is no keyring, and says it will ask each start', () => {
    const page = passphrasePage({ problem: null, canRemember: false, remember: false });
    expect(page).not.toContain('Remember on this computer');
    expect(page).not.toContain('id="remember"');
    expect(page).toContain('asks at each start');
  });

  it('shows why it asks again, as text (never as markup)', () => {
    const page = passphrasePage({
      ...first,
      problem: 'That is not the passphrase <b>"x"</b> & so',
    });
    expect(page).toContain(
      'role="alert">That is not the passphrase &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; so</p>',
    );
    expect(page).toContain('aria-describedby="problem"');
  });

  it('allows nothing but its own inline style and script, by hash', () => {
    const page = passphrasePage(first);
    expect(page).toContain(`content="${PROMPT_CSP}"`);
    expect(PROMPT_CSP).toMatch(/^default-src 'none'/);
    expect(PROMPT_CSP).not.toContain('unsafe');
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    const script = /<script>([\s\S]*)<\/script>/.exec(page)?.[1] ?? '';
    const style = /<style>([\s\S]*)<\/style>/.exec(page)?.[1] ?? '';
    expect(PROMPT_CSP).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(PROMPT_CSP).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(page).not.toMatch(/ style="| on[a-z]+="/);
  });

  it('is a self-contained data URL', () => {
    const url = passphrasePageUrl(first);
    expect(url).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    const html = Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(html).toBe(passphrasePage(first));
  });
});

describe('the passphrase window', () => {
  it('is hardened, with no developer tools and no spellchecker', () => {
    const options = passphraseWindowOptions('/app/out/preload/passphrase.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/passphrase.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
    });
    expect(options).toMatchObject({ show: false, resizable: false });
  });
});

class StandInWindow extends EventEmitter implements PromptWindow {
  readonly loaded: string[] = [];
  destroyed = false;
  shown = 0;
  readonly webContents = { ipc: new EventEmitter() };
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  show() {
    this.shown += 1;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  removeMenu() {}
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('asking through the window', () => {
  it('answers with what the page submits, reusing one window for each ask', async () => {
    const window = new StandInWindow();
    const openWindow = vi.fn(() => window);
    const prompt = createPassphrasePrompt(openWindow);

    const answer = prompt.ask(first);
    await flush();
    expect(window.shown).toBe(1);
    window.webContents.ipc.emit(
      PASSPHRASE_CHANNELS.submit,
      {},
      { passphrase: 'x', remember: true },
    );
    expect(await answer).toEqual({ passphrase: 'x', remember: true });

    const again = prompt.ask({ ...first, problem: 'That is not the passphrase.' });
    window.webContents.ipc.emit(
      PASSPHRASE_CHANNELS.submit,
      {},
      { passphrase: 'y', remember: false },
    );
    expect(await again).toEqual({ passphrase: 'y', remember: false });
    expect(openWindow).toHaveBeenCalledTimes(1);
    expect(window.loaded[1]).toBe(
      passphrasePageUrl({ ...first, problem: 'That is not the passphrase.' }),
    );
  });

  it('ignores a message that is not an answer', async () => {
    const window = new StandInWindow();
    const prompt = createPassphrasePrompt(() => window);
    const answer = prompt.ask(first);
    window.webContents.ipc.emit(PASSPHRASE_CHANNELS.submit, {}, { passphrase: 42, remember: true });
    window.webContents.ipc.emit(PASSPHRASE_CHANNELS.submit, {}, 'x');
    window.webContents.ipc.emit(
      PASSPHRASE_CHANNELS.submit,
      {},
      { passphrase: 'x', remember: true },
    );
    expect(await answer).toEqual({ passphrase: 'x', remember: true });
  });

  it('takes Quit, or closing the window, as cancelling', async () => {
    const window = new StandInWindow();
    const prompt = createPassphrasePrompt(() => window);
    const quit = prompt.ask(first);
    window.webContents.ipc.emit(PASSPHRASE_CHANNELS.cancel, {});
    expect(await quit).toBeNull();
    const closed = prompt.ask(first);
    window.close();
    expect(await closed).toBeNull();
  });

  it('closes its window when done, and opens a new one if asked again', async () => {
    const windows: StandInWindow[] = [];
    const prompt = createPassphrasePrompt(() => {
      windows.push(new StandInWindow());
      return windows.at(-1) as StandInWindow;
    });
    const answer = prompt.ask(first);
    prompt.close();
    expect(await answer).toBeNull();
    expect(windows[0]?.destroyed).toBe(true);
    void prompt.ask(first);
    expect(windows).toHaveLength(2);
    prompt.close();
  });
});
