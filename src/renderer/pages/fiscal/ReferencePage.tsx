import { useState } from 'react';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { FiscalNav } from './FiscalNav';
import { useFiscalCounty } from '../../components/countyAndYear';
import { CategoriesSection } from './reference/CategoriesSection';
import { StreamsSection } from './reference/StreamsSection';

export function ReferencePage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <FiscalNav current="reference" />
      <PageHeading>Funding streams and categories</PageHeading>
      <p className="lead">
        The funding streams that pay for services to mutual families, and the service categories
        spending is counted in. Retire what the county no longer uses: past records keep it.
      </p>
      {noCounty && (
        <p className="notice">
          Choose your county at the top of the window to see its funding streams and categories.
        </p>
      )}
      {county && <CountyReference countyId={county.id} />}
    </>
  );
}

function CountyReference({ countyId }: { countyId: number }) {
  const reference = useApi('fiscal.reference', { countyId });
  const { confirm, dialog } = useConfirm();
  // Ids, not rows: the form then saves the row as it is now (e.g. retired meanwhile).
  const [editingStreamId, setEditingStreamId] = useState<number | null>(null);
  const [editingCategoryId, setEditingCategoryId] = useState<number | null>(null);

  if (!reference.data) {
    return <p>{reference.isPending ? 'Loading the funding streams and categories…' : ''}</p>;
  }
  return (
    <>
      <div className="toolbar">
        <UndoButton
          countyId={countyId}
          scope="reference"
          onUndone={() => {
            setEditingStreamId(null);
            setEditingCategoryId(null);
          }}
        />
      </div>
      <StreamsSection
        countyId={countyId}
        streams={reference.data.streams}
        editingId={editingStreamId}
        onEditingChange={setEditingStreamId}
        confirm={confirm}
      />
      <CategoriesSection
        countyId={countyId}
        categories={reference.data.categories}
        editingId={editingCategoryId}
        onEditingChange={setEditingCategoryId}
        confirm={confirm}
      />
      {dialog}
    </>
  );
}
