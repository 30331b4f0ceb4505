/**
 * The desktop's passphrase prompt (issue 22). Electron has no text-input dialog, so this is a small
 * window of its own: a page built here as a data URL (no file to find in the package, nothing
 * fetched, a CSP that allows only its own inline style and script by hash), hardened like the main
 * window, that talks to the main process only through the preload's two messages.
 */
import { createHash } from 'node:crypto';
import { PASSPHRASE_CHANNELS } from './passphraseChannels';
import type { PassphraseAnswer, PassphraseRequest } from './unlock';

const STYLE = `
body { font: 14px system-ui, sans-serif; margin: 0; padding: 20px 24px; color: #1a1a1a; background: #fff; }
h1 { font-size: 17px; margin: 0 0 8px; }
p { margin: 0 0 12px; }
.problem { color: #a4000f; font-weight: 600; }
label { display: block; margin: 0 0 6px; }
input[type=password] { box-sizing: border-box; width: 100%; padding: 6px 8px; font: inherit; margin-bottom: 12px; }
.remember { display: flex; gap: 6px; align-items: center; }
.hint { color: #555; font-size: 12px; }
.buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
button { font: inherit; padding: 6px 16px; }
`;

const SCRIPT = `
const form = document.getElementById('prompt');
const passphrase = document.getElementById('passphrase');
const remember = document.getElementById('remember');
const open = document.getElementById('open');
const status = document.getElementById('status');
const cancel = () => window.passphrasePrompt.cancel();
document.getElementById('quit').addEventListener('click', cancel);
document.addEventListener('keydown', (event) => { if (event.key === 'Escape') cancel(); });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (open.disabled) return;
  open.disabled = true;
  passphrase.readOnly = true;
  status.textContent = 'Checking the passphrase\\u2026';
  window.passphrasePrompt.submit(passphrase.value, remember ? remember.checked : false);
});
passphrase.focus();
`;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** No script, frame, font, image or connection beyond the page's own inline style and script. */
export const PROMPT_CSP = [
  `default-src 'none'`,
  `style-src ${hashOf(STYLE)}`,
  `script-src ${hashOf(SCRIPT)}`,
  `form-action 'none'`,
  `base-uri 'none'`,
].join('; ');

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character,
  );

/** The prompt's page; the checkbox only where keeping is possible (keptPassphrase.ts). */
export function passphrasePage({ problem, canRemember, remember }: PassphraseRequest): string {
  const problemLine =
    problem === null
      ? ''
      : `<p id="problem" class="problem" role="alert">${escapeHtml(problem)}</p>`;
  const rememberLine = canRemember
    ? `<label class="remember"><input id="remember" type="checkbox"${remember ? ' checked' : ''}> Remember on this computer</label>
<p class="hint">Kept encrypted by this computer’s keyring, for your account only.</p>`
    : `<p class="hint">This computer has no keyring to keep it safely, so the Workbench asks at each start.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PROMPT_CSP}">
<title>Linkages Workbench: passphrase</title>
<style>${STYLE}</style>
</head>
<body>
<form id="prompt" novalidate>
<h1>The Workbench’s data is encrypted</h1>
${problemLine}
<label for="passphrase">Passphrase</label>
<input id="passphrase" type="password" autocomplete="off" spellcheck="false" required${problem === null ? '' : ' aria-describedby="problem"'}>
${rememberLine}
<p id="status" class="hint" role="status"></p>
<div class="buttons"><button type="button" id="quit">Quit</button><button type="submit" id="open">Open</button></div>
</form>
<script>${SCRIPT}</script>
</body>
</html>`;
}

export const passphrasePageUrl = (request: PassphraseRequest): string =>
  `data:text/html;charset=utf-8;base64,${Buffer.from(passphrasePage(request)).toString('base64')}`;

/** The parts of Electron's BrowserWindow the prompt uses, so tests can stand in for it. */
export interface PromptWindow {
  loadURL(url: string): Promise<void>;
  show(): void;
  close(): void;
  isDestroyed(): boolean;
  removeMenu(): void;
  once(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    /** IPC from this window's page alone: no other page can answer the prompt. */
    readonly ipc: {
      on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
    };
  };
}

export interface PassphrasePrompt {
  ask(request: PassphraseRequest): Promise<PassphraseAnswer | null>;
  close(): void;
}

function isAnswer(value: unknown): value is PassphraseAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { passphrase, remember } = value as Record<string, unknown>;
  return typeof passphrase === 'string' && typeof remember === 'boolean';
}

/**
 * One window for every ask: created on the first, shown again with the new message after a wrong
 * passphrase, closed by `close()`. Closing it is cancelling.
 */
export function createPassphrasePrompt(openWindow: () => PromptWindow): PassphrasePrompt {
  let window: PromptWindow | undefined;
  let pending: ((answer: PassphraseAnswer | null) => void) | undefined;
  const settle = (answer: PassphraseAnswer | null) => {
    const resolve = pending;
    pending = undefined;
    resolve?.(answer);
  };

  function windowForAsking(): PromptWindow {
    if (window && !window.isDestroyed()) return window;
    const created = openWindow();
    created.removeMenu();
    created.webContents.ipc.on(PASSPHRASE_CHANNELS.submit, (_event, answer) => {
      if (isAnswer(answer)) settle(answer);
    });
    created.webContents.ipc.on(PASSPHRASE_CHANNELS.cancel, () => settle(null));
    created.once('closed', () => {
      window = undefined;
      settle(null);
    });
    window = created;
    return created;
  }

  return {
    ask(request) {
      settle(null);
      const target = windowForAsking();
      return new Promise((resolve) => {
        pending = resolve;
        target.loadURL(passphrasePageUrl(request)).then(
          () => {
            if (!target.isDestroyed()) target.show();
          },
          // A page replaced while loading, or a window closed: 'closed' answers for it.
          () => undefined,
        );
      });
    },
    close() {
      if (window && !window.isDestroyed()) window.close();
      window = undefined;
      settle(null);
    },
  };
}
