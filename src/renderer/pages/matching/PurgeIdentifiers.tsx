import { useState } from 'react';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useConfirm } from '../../components/ConfirmDialog';

/** The privacy rule's action: delete the persons, keep the case-number pairs and the figures. */
export function PurgeIdentifiers({ countyId }: { countyId: number }) {
  const { confirm, dialog } = useConfirm();
  const [outcome, setOutcome] = useState('');

  function purge(): void {
    void confirm(
      'Purge the identifiers?',
      <p>
        Every name, date of birth, SSN and address of the imported extracts is deleted, with the
        scored pairs and the review decisions. Each run keeps its family case-number pairs, counts
        and match rates at its thresholds. This cannot be undone; import the extracts again to match
        anew.
      </p>,
      'Purge identifiers',
    ).then(async (sure) => {
      if (!sure) return;
      try {
        const purged = await invoke('matching.purge', { countyId });
        const runs =
          purged.runsKept === 1 ? '1 run keeps its' : `${purged.runsKept} runs keep their`;
        setOutcome(
          `Purged ${purged.persons.toLocaleString('en-US')} persons of ${purged.extracts} extracts; ${runs} results.`,
        );
      } catch (error) {
        reportError(error);
      }
    });
  }

  return (
    <section aria-labelledby="purge-heading">
      <h2 id="purge-heading">Identifiers</h2>
      <p>
        Person identifiers are kept only for matching and review. Once the runs are reviewed, purge
        them: the runs keep their family case-number pairs and match rates.
      </p>
      <button type="button" onClick={purge}>
        Purge identifiers…
      </button>
      <p role="status">{outcome}</p>
      {dialog}
    </section>
  );
}
