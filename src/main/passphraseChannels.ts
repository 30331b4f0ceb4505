/**
 * The passphrase prompt's two messages to the main process (passphrasePrompt.ts). Constants only:
 * the sandboxed preload that sends them bundles this file and must require nothing but 'electron'.
 */
export const PASSPHRASE_CHANNELS = {
  submit: 'linkages:passphrase-submit',
  cancel: 'linkages:passphrase-cancel',
} as const;

/** What the prompt page can call: window.passphrasePrompt. */
export interface PassphrasePromptBridge {
  submit(passphrase: string, remember: boolean): void;
  cancel(): void;
}
