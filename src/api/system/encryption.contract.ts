/**
 * Encryption at rest from Settings and at first start (issue 22). The passphrase fields are typed
 * by a person and checked here, but never echoed: the messages below name the rule, not the value.
 */
import { z } from 'zod';
import type { ContractSlice } from '../contractTypes';
import { ADMINISTRATION, EVERYONE } from './roleGroups';

/** Long enough that guessing it is hopeless even with the file in hand (SQLCipher's KDF helps too). */
export const PASSPHRASE_MIN_LENGTH = 12;

const NewPassphrase = z
  .string()
  .min(
    PASSPHRASE_MIN_LENGTH,
    `Use at least ${PASSPHRASE_MIN_LENGTH} characters: a few words you will remember make a good passphrase.`,
  )
  .max(1000, 'Use at most 1,000 characters.')
  .refine((text) => text.trim() !== '', { message: 'Use words or characters, not only spaces.' });

const Confirmation = z.string().min(1, 'Type the new passphrase a second time.');

const CurrentPassphrase = z
  .string()
  .min(1, 'Type the passphrase the data is encrypted with now.')
  .max(1000, 'That is not the passphrase the data is encrypted with.');

/** A typo in a passphrase nobody can see would lock the data away: it is typed twice. */
function sameTwice(input: { passphrase: string; confirmPassphrase: string }, ctx: z.RefinementCtx) {
  if (input.passphrase !== input.confirmPassphrase) {
    ctx.addIssue({
      code: 'custom',
      path: ['confirmPassphrase'],
      message: 'The two passphrases differ. Type the same passphrase in both fields.',
    });
  }
}

export const EncryptionStatus = z.object({
  encrypted: z.boolean(),
  /** A job's worker holds the file open: encrypting, changing or decrypting waits for it. */
  jobRunning: z.boolean(),
  /**
   * Offer encryption once, at first start: the data is plain, holds no county's records yet, and
   * nobody has answered "Not now".
   */
  offer: z.boolean(),
});
export type EncryptionStatus = z.infer<typeof EncryptionStatus>;

export const EncryptionChange = z.object({
  encrypted: z.boolean(),
  backupsRewritten: z.number().int().nonnegative(),
  /** Backups that did not open with the data's passphrase, left as they were (their names). */
  backupsLeft: z.array(z.string()),
});
export type EncryptionChange = z.infer<typeof EncryptionChange>;

export const encryptionContract = {
  'system.encryption': {
    reads: ['settings', 'backups'],
    identifiers: 'none',
    roles: EVERYONE,
    summary: 'Whether the data and its backups are encrypted with a passphrase.',
    input: z.object({}).strict(),
    output: EncryptionStatus,
  },
  'system.encryptData': {
    changes: ['settings', 'backups'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Encrypts the data and its backups with a passphrase; without it, nobody can read them.',
    input: z
      .object({ passphrase: NewPassphrase, confirmPassphrase: Confirmation })
      .strict()
      .superRefine(sameTwice),
    output: EncryptionChange,
  },
  'system.changePassphrase': {
    changes: ['settings', 'backups'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'Encrypts the data and its backups with a new passphrase instead of the current one.',
    input: z
      .object({
        current: CurrentPassphrase,
        passphrase: NewPassphrase,
        confirmPassphrase: Confirmation,
      })
      .strict()
      .superRefine(sameTwice),
    output: EncryptionChange,
  },
  'system.decryptData': {
    changes: ['settings', 'backups'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'Stores the data and its backups unencrypted again, after checking the passphrase.',
    input: z.object({ current: CurrentPassphrase }).strict(),
    output: EncryptionChange,
  },
  'system.dismissEncryptionOffer': {
    changes: ['settings'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'Answers “Not now” to the offer to encrypt a new data file; Settings still offers it.',
    input: z.object({}).strict(),
    output: EncryptionStatus,
  },
} as const satisfies ContractSlice;
