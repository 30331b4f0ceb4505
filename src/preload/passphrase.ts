/**
 * The passphrase prompt's only surface (src/main/passphrasePrompt.ts): send what was typed, or
 * cancel. One CommonJS file requiring nothing but 'electron', as a sandboxed preload must be.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { PASSPHRASE_CHANNELS, type PassphrasePromptBridge } from '../main/passphraseChannels';

const bridge: PassphrasePromptBridge = {
  submit: (passphrase, remember) =>
    ipcRenderer.send(PASSPHRASE_CHANNELS.submit, {
      passphrase: String(passphrase),
      remember: remember === true,
    }),
  cancel: () => ipcRenderer.send(PASSPHRASE_CHANNELS.cancel),
};

contextBridge.exposeInMainWorld('passphrasePrompt', bridge);
