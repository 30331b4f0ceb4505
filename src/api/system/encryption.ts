/**
 * Encrypting the data, changing its passphrase and decrypting it, from Settings (issue 22). The
 * data layer does the work (db/system/passphrase.ts); this says no in plain words first, and
 * keeps every passphrase out of messages: a refusal names the field and the rule, never the text.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../../db/audit';
import { DataFileError } from '../../db/dataFileError';
import { EncryptionUnavailable } from '../../db/encryption';
import { holdsCountyRecords } from '../../db/system/firstStart';
import {
  changePassphrase,
  decryptData,
  encryptData,
  type PassphraseChange,
} from '../../db/system/passphrase';
import { readSetting, writeSetting } from '../../db/workspace/repository';
import type { ServiceContext } from '../context';
import { ApiError, Conflict, fieldError } from '../errors';
import type { EncryptionChange, EncryptionStatus, encryptionContract } from './encryption.contract';

/** "Not now" to the first-start offer, kept with the data so it is asked once per data file. */
export const OFFER_DISMISSED_SETTING = 'encryption.offerDismissed';

const WRONG_CURRENT = 'That is not the passphrase the data is encrypted with. Nothing was changed.';

type Input<M extends keyof typeof encryptionContract> = z.output<
  (typeof encryptionContract)[M]['input']
>;

export function dismissEncryptionOffer(ctx: ServiceContext): EncryptionStatus {
  writeSetting(ctx.workbench.db, OFFER_DISMISSED_SETTING, true, ctx.actor);
  return encryptionStatus(ctx);
}

export function encryptWithPassphrase(
  { passphrase }: Input<'system.encryptData'>,
  ctx: ServiceContext,
): EncryptionChange {
  mustBeIdle(ctx);
  if (ctx.workbench.passphrase !== null) {
    throw new Conflict('The data is already encrypted. To use another passphrase, change it.');
  }
  return rekey(ctx, () => encryptData(ctx.workbench, passphrase));
}

export function changeDataPassphrase(
  { current, passphrase }: Input<'system.changePassphrase'>,
  ctx: ServiceContext,
): EncryptionChange {
  mustBeIdle(ctx);
  checkCurrent(ctx, current);
  if (samePassphrase(passphrase, current)) {
    throw fieldError('passphrase', 'That is the passphrase the data has now. Choose a new one.');
  }
  return rekey(ctx, () => changePassphrase(ctx.workbench, current, passphrase));
}

export function decryptWithPassphrase(
  { current }: Input<'system.decryptData'>,
  ctx: ServiceContext,
): EncryptionChange {
  mustBeIdle(ctx);
  checkCurrent(ctx, current);
  return rekey(ctx, () => decryptData(ctx.workbench, current));
}

export function encryptionStatus({ workbench, jobs }: ServiceContext): EncryptionStatus {
  const encrypted = workbench.passphrase !== null;
  return {
    encrypted,
    jobRunning: jobs.busy(),
    offer:
      !encrypted &&
      readSetting(workbench.db, OFFER_DISMISSED_SETTING) !== true &&
      !holdsCountyRecords(workbench.sqlite),
  };
}

/** A job's worker has its own connection to the file; the file is replaced, so it must be gone. */
function mustBeIdle({ jobs }: ServiceContext): void {
  if (jobs.busy()) {
    throw new Conflict(
      'An import or a match run is still working. Change the encryption once it has finished; nothing was changed.',
    );
  }
}

function checkCurrent({ workbench }: ServiceContext, current: string): void {
  if (workbench.passphrase === null) {
    throw new Conflict('The data is not encrypted, so it has no passphrase. Nothing was changed.');
  }
  if (!samePassphrase(current, workbench.passphrase)) throw fieldError('current', WRONG_CURRENT);
}

/** Compared by digest in constant time: how long a refusal takes says nothing of the passphrase. */
function samePassphrase(typed: string, held: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(typed), digest(held));
}

function rekey(ctx: ServiceContext, run: () => PassphraseChange): EncryptionChange {
  const { workbench, actor } = ctx;
  const before = workbench.passphrase;
  let change: PassphraseChange;
  try {
    change = run();
  } catch (error) {
    throw refusalOf(error, workbench.passphrase !== before);
  }
  const encrypted = workbench.passphrase !== null;
  recordAudit(workbench.db, {
    actor,
    countyId: null,
    entity: 'data_file',
    entityId: 'encryption',
    action: 'update',
    before: { encrypted: before !== null },
    after: { encrypted },
  });
  return {
    encrypted,
    backupsRewritten: change.backupsRewritten,
    backupsLeft: [...change.backupsLeft],
  };
}

/**
 * The data layer's failures in words. None of its messages quotes a passphrase, but some quote the
 * temporary copy's path, so only those written for a person pass through.
 */
function refusalOf(error: unknown, dataChanged: boolean): unknown {
  if (dataChanged) {
    // The data file took the new key; only rewriting the backups beside it stopped.
    return new ApiError(
      'Internal',
      'The data itself was changed, but rewriting its backups stopped part way. Make a backup now, so a backup with the data’s current passphrase exists.',
    );
  }
  if (error instanceof EncryptionUnavailable) return new ApiError('Internal', error.message);
  if (error instanceof DataFileError && error.problem === 'wrong-passphrase') {
    return fieldError('current', WRONG_CURRENT);
  }
  if (error instanceof Error && error.message.startsWith('Another connection')) {
    return new Conflict(
      'Another program or window is using the data file. Close it and try again; nothing was changed.',
    );
  }
  return error;
}
