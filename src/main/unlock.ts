/**
 * Opening an encrypted data file on the desktop (issue 22): the passphrase kept on this computer
 * first, else the person is asked, again after a wrong one, until it opens or they quit. A wrong
 * passphrase is a refusal in plain words, never a damaged-file message, and never ends the start.
 */
import { DataFileError } from '../db/dataFileError';
import type { KeptPassphrase } from './keptPassphrase';

export interface PassphraseRequest {
  /** Why asking again, in words to show as they are; null the first time. */
  readonly problem: string | null;
  /** Whether "Remember on this computer" is offered: only where a keyring can keep it. */
  readonly canRemember: boolean;
  /** The checkbox's state to show: what the person chose last time. */
  readonly remember: boolean;
}

export interface PassphraseAnswer {
  readonly passphrase: string;
  readonly remember: boolean;
}

export interface UnlockPorts<T> {
  readonly kept: Pick<KeptPassphrase, 'canKeep' | 'keep' | 'read' | 'forget'>;
  /** Shows the prompt; null when the person cancels or closes it. */
  ask(request: PassphraseRequest): Promise<PassphraseAnswer | null>;
  /** Opens the data with it; a DataFileError "wrong-passphrase" when it does not open it. */
  open(passphrase: string): Promise<T>;
}

export const WRONG_PASSPHRASE =
  'That is not the passphrase for this data. Nothing was changed; type it again.';
export const KEPT_NO_LONGER_OPENS =
  'The passphrase remembered on this computer no longer opens the data (it may have been changed on another computer). Type the current one.';
export const EMPTY_PASSPHRASE = 'Type the passphrase the data was encrypted with.';

/** The opened data, or null when the person chose to quit instead. */
export async function unlockWith<T>(ports: UnlockPorts<T>): Promise<T | null> {
  let problem: string | null = null;
  const kept = await ports.kept.read();
  if (kept !== null) {
    const opened = await attempt(ports.open, kept);
    if (opened.ok) return opened.value;
    ports.kept.forget();
    problem = KEPT_NO_LONGER_OPENS;
  }
  const canRemember = await ports.kept.canKeep();
  let remember = canRemember;
  for (;;) {
    const answer = await ports.ask({ problem, canRemember, remember });
    if (answer === null) return null;
    remember = canRemember && answer.remember;
    if (answer.passphrase === '') {
      problem = EMPTY_PASSPHRASE;
      continue;
    }
    const opened = await attempt(ports.open, answer.passphrase);
    if (!opened.ok) {
      problem = WRONG_PASSPHRASE;
      continue;
    }
    // Unticked: nothing of it stays on this computer, not even an older kept copy.
    if (!remember || !(await ports.kept.keep(answer.passphrase))) ports.kept.forget();
    return opened.value;
  }
}

type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** Only a wrong passphrase is asked again; a locked folder or a damaged file stops the start. */
async function attempt<T>(open: (passphrase: string) => Promise<T>, passphrase: string) {
  try {
    return { ok: true, value: await open(passphrase) } as Attempt<T>;
  } catch (error) {
    if (error instanceof DataFileError && error.problem === 'wrong-passphrase') {
      return { ok: false } as Attempt<T>;
    }
    throw error;
  }
}
