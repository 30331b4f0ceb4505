import { useRef, useState, type FormEvent } from 'react';
import type { ServiceCategoryView } from '../../../../api/fiscal/contract';
import { invoke } from '../../../client/client';
import { FormButtons } from '../../../components/FormButtons';
import { useFocusOnEdit, useSaveForm, type EditFormProps } from '../../../components/editForm';
import { useEscapeToCancel } from './useEscapeToCancel';

const FIELD_IDS: Record<string, string> = { name: 'category-name' };

/** Adds a service category, or renames the one being edited (remounted by key per category). */
export function CategoryForm({
  countyId,
  editing,
  onSaved,
  onCancel,
}: EditFormProps<ServiceCategoryView>) {
  const [name, setName] = useState(editing?.name ?? '');
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEscapeToCancel(form, editing !== null, onCancel);
  useFocusOnEdit(first, editing?.id ?? null);
  const save = useSaveForm({
    adding: !editing,
    reset: () => setName(''),
    fieldIds: FIELD_IDS,
    onSaved,
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    save(
      invoke('fiscal.saveCategory', {
        countyId,
        id: editing?.id ?? null,
        version: editing?.version ?? null,
        name,
        retired: editing?.retired ?? false,
      }),
      (saved) =>
        editing
          ? `Saved changes to “${saved.name}”.`
          : `Added the service category “${saved.name}”.`,
    );
  }

  return (
    <section aria-labelledby="category-form-heading">
      <h2 id="category-form-heading">
        {editing ? `Rename “${editing.name}”` : 'Add a service category'}
      </h2>
      <form ref={form} className="form form--grid" onSubmit={submit}>
        <label htmlFor="category-name">Category name</label>
        <input
          id="category-name"
          ref={first}
          required
          maxLength={60}
          value={name}
          placeholder="e.g. Respite care"
          onChange={(e) => setName(e.target.value)}
        />
        <FormButtons
          editing={editing !== null}
          addLabel="Add category"
          saveLabel="Save name"
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}
