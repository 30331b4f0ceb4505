import { useEffect, useRef } from 'react';
import { formatMoney } from '../../../../core/money';
import { invoke } from '../../../client/client';
import { CountyJobs } from '../../../components/CountyJobs';
import { ExampleFiles } from '../../../components/ExampleFiles';
import { PageHeading } from '../../../components/PageHeading';
import { hrefOf } from '../../../navigation';
import { FiscalNav } from '../FiscalNav';
import { useFiscalCounty } from '../../../components/countyAndYear';
import { FileStep } from './FileStep';
import { rowsText } from './importFile';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useLedgerImport, type ImportDone } from './useLedgerImport';

/** #/fiscal/import: a finance export into the ledger, all rows or none. */
export function ImportPage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <FiscalNav current="import" />
      <PageHeading>Import from the finance system</PageHeading>
      <p className="lead">
        Bring a ledger export (CSV or Excel) into the ledger. Every row is checked first; if any row
        has a problem, each one is listed and nothing is imported.
      </p>
      <ExampleFiles
        what="ledger file"
        template={() => invoke('fiscal.ledgerExample', { file: 'template' })}
        sample={() => invoke('fiscal.ledgerExample', { file: 'sample' })}
      >
        The template has the columns this import recognizes by name. The sample holds made-up
        expenses of SFY 2026-27 for trying the import in the demo county, whose budget covers that
        year; imported into your county’s ledger they would count as real spending.
      </ExampleFiles>
      {noCounty && (
        <p className="notice">Choose your county at the top of the window to import its ledger.</p>
      )}
      {county && <CountyJobs countyId={county.id} />}
      {/* Keyed: a file chosen for one county is not imported into another. */}
      {county && <CountyImport key={county.id} countyId={county.id} countyName={county.name} />}
    </>
  );
}

function CountyImport({ countyId, countyName }: { countyId: number; countyName: string }) {
  const flow = useLedgerImport(countyId);
  const busy = flow.phase !== 'idle' || flow.checking;

  // A file dropped beside the drop zone would replace the page with the file; only the zone takes
  // it (its handler has already accepted the drag when the event reaches the window).
  useEffect(() => {
    const refuseDrag = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    const refuseDrop = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', refuseDrag);
    window.addEventListener('drop', refuseDrop);
    return () => {
      window.removeEventListener('dragover', refuseDrag);
      window.removeEventListener('drop', refuseDrop);
    };
  }, []);

  return (
    <div className="import-steps" aria-busy={busy}>
      {flow.done && <ImportOutcome done={flow.done} />}
      <FileStep
        file={flow.file}
        phase={flow.phase}
        problem={flow.fileProblem}
        onChoose={flow.choose}
        onRefuse={flow.refuse}
        onCancel={flow.cancel}
      />
      <MappingStep
        countyName={countyName}
        carriedFrom={flow.carriedFrom}
        headers={flow.headers}
        mapping={flow.mapping}
        problems={flow.problems}
        disabled={flow.phase !== 'idle'}
        onMap={flow.mapField}
      />
      <PreviewStep
        preview={flow.preview}
        phase={flow.phase}
        checking={flow.checking}
        mappingProblems={flow.problems.length}
        hasFile={flow.file !== null}
        failure={flow.failure}
        onImport={flow.importRows}
        progress={flow.progress}
        cancelling={flow.cancelling}
        onCancelImport={flow.cancelImport}
      />
    </div>
  );
}

/** Takes the focus: the steps it replaces, and the button that was pressed, are gone. */
function ImportOutcome({ done }: { done: ImportDone }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [done]);
  return (
    <div ref={box} className="notice import-outcome" tabIndex={-1}>
      <p>
        Imported {rowsText(done.rowCount)} ({formatMoney(done.totalCents)}). Undo is on the{' '}
        <a href={hrefOf('fiscal', 'ledger')}>Ledger page</a>.
      </p>
    </div>
  );
}
