import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi, useApiMutation } from '../../client/queries';
import { reportError } from '../../alerts';
import { returnFocus } from '../../components/formFocus';
import { hrefOf } from '../../navigation';

/**
 * Offered once, while the data file holds no county's records yet: encrypting is best done before
 * any are written in plain text. "Not now" is kept with the data; Settings offers it ever after.
 */
export function EncryptionOffer() {
  const status = useApi('system.encryption', {});
  const dismiss = useApiMutation('system.dismissEncryptionOffer');
  // On the shared server, only the administrator can encrypt or say "Not now".
  const administers = mayCall(useSignedInUser().data, 'system.encryptData', null);
  if (!status.data?.offer || !administers) return null;

  async function notNow(): Promise<void> {
    try {
      await dismiss.mutateAsync({});
      // The notice, and the button with it, are gone: the keyboard goes to the page heading.
      returnFocus(null);
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <section className="notice" aria-labelledby="encryption-offer-heading">
      <h2 id="encryption-offer-heading">Encrypt the county’s data?</h2>
      <p>
        The Workbench keeps its data in one file on this computer. Encrypted with a passphrase,
        nobody can read case numbers or vendor names from that file or its backups without it. It is
        best done now, before any records are saved. A lost passphrase means lost data.
      </p>
      <p className="button-row">
        <a href={hrefOf('settings', 'encryption')}>Set up encryption</a>
        <button type="button" onClick={() => void notNow()}>
          Not now
        </button>
      </p>
    </section>
  );
}
