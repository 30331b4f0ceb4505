import { useState } from 'react';
import type { ServiceCategoryView } from '../../../../api/fiscal/contract';
import { invoke } from '../../../client/client';
import { DataTable } from '../../../components/table/DataTable';
import { useDataTable } from '../../../components/table/useDataTable';
import { CategoryForm } from './CategoryForm';
import { CATEGORY_COLUMNS } from './referenceColumns';
import { formKey, useRetirableList, type ReferenceSectionProps } from './retirement';

export function CategoriesSection({
  categories,
  ...section
}: ReferenceSectionProps & { categories: readonly ServiceCategoryView[] }) {
  const { countyId } = section;
  const [outcome, setOutcome] = useState('');
  const { editing, formProps, actions } = useRetirableList(
    categories,
    { ...section, announce: setOutcome },
    'service category',
    (category, retired) =>
      invoke('fiscal.saveCategory', {
        countyId,
        id: category.id,
        version: category.version,
        name: category.name,
        retired,
      }),
  );
  const table = useDataTable({
    name: 'fiscal.categories',
    columns: CATEGORY_COLUMNS,
    data: categories.map((category) => ({ ...category, actions: actions(category) })),
    rowId: (category) => String(category.id),
    sorting: { initial: [{ id: 'name', desc: false }] },
  });

  return (
    <>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Service categories ({categories.length})</h2>
        <DataTable
          table={table}
          caption="Service categories"
          captionHidden
          tableName="the service categories"
          className="reference-table"
          testId="categories-table"
          rowClassName={(category) => (category.retired ? 'is-retired' : undefined)}
        />
        <p role="status">{outcome}</p>
      </section>
      <CategoryForm key={formKey(editing)} countyId={countyId} {...formProps} />
    </>
  );
}
