import { useEffect, useRef, useState } from 'react';
import type { EncryptionChange, EncryptionStatus } from '../../../api/system/encryption.contract';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PassphraseForm } from './PassphraseForm';

const NEW_FIELDS = [
  {
    name: 'passphrase',
    label: 'New passphrase',
    autoComplete: 'new-password',
    hint: 'At least 12 characters. A few unrelated words are easy to type and hard to guess.',
  },
  { name: 'confirmPassphrase', label: 'New passphrase again', autoComplete: 'new-password' },
] as const;

const CURRENT_FIELD = {
  name: 'current',
  label: 'Current passphrase',
  autoComplete: 'current-password',
} as const;

/**
 * Encryption at rest (issue 22): whether the data is encrypted, and encrypting it, changing its
 * passphrase or decrypting it. `focus` brings the keyboard here, as the first-start offer's link does.
 */
export function EncryptionSection({ focus }: { focus: boolean }) {
  const status = useApi('system.encryption', {});
  const { confirm, dialog } = useConfirm();
  const [outcome, setOutcome] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const outcomeLine = useRef<HTMLParagraphElement>(null);
  const loaded = status.data !== undefined;

  useEffect(() => {
    if (focus && loaded) {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [focus, loaded]);

  /** The form that succeeded may be gone (encrypting swaps in others): the outcome takes focus. */
  function done(message: string): 'done' {
    setOutcome(message);
    requestAnimationFrame(() => outcomeLine.current?.focus());
    return 'done';
  }

  async function decrypt(values: Record<string, string>): Promise<'done' | null> {
    const sure = await confirm(
      'Store the data unencrypted?',
      <p>
        The data file and its backups are written again without encryption. Anyone who can read the
        data folder can then read the county’s records, and the Workbench stops asking for the
        passphrase.
      </p>,
      'Decrypt the data',
    );
    if (!sure) return null;
    const change = await invoke('system.decryptData', { current: values.current ?? '' });
    return done(`The data is no longer encrypted.${backupsInWords(change)}`);
  }

  return (
    <section aria-labelledby="encryption-heading">
      <h2 id="encryption-heading" ref={heading} tabIndex={-1}>
        Encryption at rest
      </h2>
      {status.isPending && <p>Loading…</p>}
      {status.data && <p data-testid="encryption-status">{statusInWords(status.data)}</p>}
      <p className="notice">
        <strong>A lost passphrase means lost data.</strong> Nobody can open encrypted data or its
        backups without the passphrase, not even the Workbench’s makers. Write it down and keep it
        somewhere safe, away from this computer.
      </p>
      <p ref={outcomeLine} role="status" tabIndex={-1} data-testid="encryption-outcome">
        {outcome}
      </p>
      {status.data?.encrypted === false && (
        <PassphraseForm
          id="encrypt"
          title="Encrypt the data"
          intro={
            <p className="hint">
              The data file and its backups are written again, encrypted with the passphrase. The
              Workbench asks for it at each start.
            </p>
          }
          fields={NEW_FIELDS}
          submitLabel="Encrypt the data"
          submit={async ({ passphrase = '', confirmPassphrase = '' }) => {
            const change = await invoke('system.encryptData', { passphrase, confirmPassphrase });
            return done(
              `The data is now encrypted. The next start asks for the passphrase.${backupsInWords(change)}`,
            );
          }}
        />
      )}
      {status.data?.encrypted === true && (
        <>
          <PassphraseForm
            id="change-passphrase"
            title="Change the passphrase"
            intro={
              <p className="hint">
                If the Workbench reads its passphrase from a file (<code>--passphrase-file</code> or
                a systemd credential), put the new one in that file before the next start.
              </p>
            }
            fields={[CURRENT_FIELD, ...NEW_FIELDS]}
            submitLabel="Change the passphrase"
            submit={async ({ current = '', passphrase = '', confirmPassphrase = '' }) => {
              const change = await invoke('system.changePassphrase', {
                current,
                passphrase,
                confirmPassphrase,
              });
              return done(
                `The passphrase is changed; the old one no longer opens the data.${backupsInWords(change)}`,
              );
            }}
          />
          <PassphraseForm
            id="decrypt"
            title="Stop encrypting the data"
            intro={
              <p className="hint">
                The data file and its backups are written again unencrypted; you are asked to
                confirm first.
              </p>
            }
            fields={[CURRENT_FIELD]}
            submitLabel="Decrypt the data"
            submit={decrypt}
          />
        </>
      )}
      {dialog}
    </section>
  );
}

export function statusInWords(status: EncryptionStatus): string {
  const words = status.encrypted
    ? 'The data and its backups are encrypted: they open only with the passphrase.'
    : 'The data and its backups are not encrypted: anyone who can read the data folder can read the county’s records in them.';
  return status.jobRunning
    ? `${words} An import or a match run is working now; changes to the encryption wait until it has finished.`
    : words;
}

function backupsInWords(change: EncryptionChange): string {
  const rewritten =
    change.backupsRewritten === 1
      ? ' Its one backup was written again the same way.'
      : ` Its ${change.backupsRewritten} backups were written again the same way.`;
  const left =
    change.backupsLeft.length === 0
      ? ''
      : ` ${change.backupsLeft.length} older backups did not open with the passphrase the data had, and were left as they were: ${change.backupsLeft.join(', ')}.`;
  return (change.backupsRewritten === 0 ? '' : rewritten) + left;
}
