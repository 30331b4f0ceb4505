import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ServiceCategoryView } from '../../../../api/fiscal.contract';
import { reportError } from '../../../alerts';
import { invoke } from '../../../client/client';
import { refreshAfterChange } from '../../../client/queries';
import { focusField } from '../../program/formFocus';
import { REFERENCE_REFRESHES } from './retirement';
import { useEscapeToCancel } from './useEscapeToCancel';

const FIELD_IDS: Record<string, string> = { name: 'category-name' };

/** Adds a service category, or renames the one being edited (remounted by key per category). */
export function CategoryForm({
  countyId,
  editing,
  onSaved,
  onCancel,
}: {
  countyId: number;
  editing: ServiceCategoryView | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(editing?.name ?? '');
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEscapeToCancel(form, editing !== null, onCancel);

  const editingId = editing?.id ?? null;
  useEffect(() => {
    if (editingId !== null) first.current?.focus();
  }, [editingId]);

  function submit(event: FormEvent): void {
    event.preventDefault();
    invoke('fiscal.saveCategory', {
      countyId,
      id: editing?.id ?? null,
      name,
      retired: editing?.retired ?? false,
    })
      .then(async (saved) => {
        if (!editing) setName('');
        await refreshAfterChange(queryClient, REFERENCE_REFRESHES);
        onSaved(
          editing
            ? `Saved changes to “${saved.name}”.`
            : `Added the service category “${saved.name}”.`,
        );
      })
      .catch((error: unknown) => {
        reportError(error);
        focusField(error, FIELD_IDS);
      });
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
        <div className="button-row">
          <button type="submit" className="primary">
            {editing ? 'Save name' : 'Add category'}
          </button>
          {editing && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
