import type { ServiceCategoryView } from '../../../../api/fiscal/contract';
import { invoke } from '../../../client/client';
import { TableScroll } from '../../../components/TableScroll';
import { useSortableTable } from '../../../components/sortableTable';
import { CategoryForm } from './CategoryForm';
import {
  RetirementStatus,
  formKey,
  useRetirableList,
  type ReferenceSectionProps,
} from './retirement';

type SortKey = 'name' | 'status';

export function CategoriesSection({
  categories,
  ...section
}: ReferenceSectionProps & { categories: readonly ServiceCategoryView[] }) {
  const { countyId } = section;
  const { editing, formProps, actions } = useRetirableList(
    categories,
    section,
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
  const { sortRows, header } = useSortableTable<ServiceCategoryView, SortKey>(
    { key: 'name', descending: false },
    (c, key) => (key === 'name' ? c.name.toLowerCase() : Number(c.retired)),
  );

  return (
    <>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Service categories ({categories.length})</h2>
        <TableScroll label="Service categories">
          <table className="data-table" data-testid="categories-table">
            <thead>
              <tr>
                {header('name', 'Name')}
                {header('status', 'Status')}
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sortRows(categories).map((c) => (
                <tr key={c.id} className={c.retired ? 'is-retired' : undefined}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <RetirementStatus retired={c.retired} />
                  </td>
                  <td>{actions(c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <CategoryForm key={formKey(editing)} countyId={countyId} {...formProps} />
    </>
  );
}
