import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ServiceCategoryView } from '../../../../api/fiscal.contract';
import { reportError } from '../../../alerts';
import { invoke } from '../../../client/client';
import { refreshAfterChange } from '../../../client/queries';
import { TableScroll } from '../../../components/TableScroll';
import { returnFocus } from '../../program/formFocus';
import { useSortableTable } from '../../program/sortableTable';
import { CategoryForm } from './CategoryForm';
import { confirmRetire, REFERENCE_REFRESHES, RetiredBadge, type Confirm } from './retirement';

type SortKey = 'name' | 'status';

export function CategoriesSection({
  countyId,
  categories,
  editingId,
  onEditingChange,
  confirm,
  announce,
}: {
  countyId: number;
  categories: readonly ServiceCategoryView[];
  editingId: number | null;
  onEditingChange: (id: number | null) => void;
  confirm: Confirm;
  announce: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const opener = useRef<Element | null>(null);
  const editing = categories.find((c) => c.id === editingId) ?? null;
  const { sortRows, header } = useSortableTable<ServiceCategoryView, SortKey>(
    { key: 'name', descending: false },
    (c, key) => (key === 'name' ? c.name.toLowerCase() : Number(c.retired)),
  );

  function startEdit(category: ServiceCategoryView): void {
    opener.current = document.activeElement;
    announce('');
    onEditingChange(category.id);
  }

  function stopEdit(): void {
    onEditingChange(null);
    returnFocus(opener.current);
  }

  function setRetired(category: ServiceCategoryView, retired: boolean): void {
    const ask = retired ? confirmRetire(confirm, 'service category', category.name) : true;
    Promise.resolve(ask)
      .then(async (sure) => {
        if (!sure) return;
        await invoke('fiscal.saveCategory', {
          countyId,
          id: category.id,
          name: category.name,
          retired,
        });
        await refreshAfterChange(queryClient, REFERENCE_REFRESHES);
        announce(
          retired
            ? `Retired “${category.name}”: it is hidden from new entries.`
            : `Restored “${category.name}”.`,
        );
      })
      .catch(reportError);
  }

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
                  <td>{c.retired ? <RetiredBadge /> : 'In use'}</td>
                  <td>
                    <div className="actions">
                      <button type="button" className="link" onClick={() => startEdit(c)}>
                        Edit<span className="visually-hidden"> {c.name}</span>
                      </button>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setRetired(c, !c.retired)}
                      >
                        {c.retired ? 'Restore' : 'Retire'}
                        <span className="visually-hidden"> {c.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <CategoryForm
        key={editing?.id ?? 'new'}
        countyId={countyId}
        editing={editing}
        onSaved={(message) => {
          announce(message);
          if (editing) stopEdit();
        }}
        onCancel={stopEdit}
      />
    </>
  );
}
