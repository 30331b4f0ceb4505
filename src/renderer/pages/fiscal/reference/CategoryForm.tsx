import { useRef, useState } from 'react';
import type { ServiceCategoryView } from '../../../../api/fiscal/contract';
import { invoke } from '../../../client/client';
import { FormButtons } from '../../../components/FormButtons';
import { useEditForm, useFocusOnEdit, type EditFormProps } from '../../../components/editForm';
import { FieldError } from '../../../components/form/FormProblems';
import { FormWithProblems } from '../../../components/form/FormWithProblems';
import { useEscapeToCancel } from './useEscapeToCancel';

const FIELD_IDS = { name: 'category-name' };
const LABELS = { name: 'Category name' };

/** Adds a service category, or renames the one being edited (remounted by key per category). */
export function CategoryForm({
  countyId,
  editing,
  onSaved,
  onCancel,
}: EditFormProps<ServiceCategoryView>) {
  const [name, setName] = useState(editing?.name ?? '');
  const formElement = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEscapeToCancel(formElement, editing !== null, onCancel);
  useFocusOnEdit(first, editing?.id ?? null);
  const { form, outcome, save } = useEditForm({
    fieldIds: FIELD_IDS,
    summaryId: 'category-problems',
    editing: editing !== null,
    reset: () => setName(''),
    onSaved,
  });

  return (
    <section aria-labelledby="category-form-heading">
      <h2 id="category-form-heading">
        {editing ? `Rename “${editing.name}”` : 'Add a service category'}
      </h2>
      <FormWithProblems
        formRef={formElement}
        problemsId="category-problems"
        problemsTitle={editing ? 'The name was not saved' : 'The category was not added'}
        form={form}
        labels={LABELS}
        onSubmit={() =>
          save(
            () =>
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
          )
        }
      >
        <label htmlFor={FIELD_IDS.name}>{LABELS.name}</label>
        <input
          {...form.field('name')}
          ref={first}
          required
          maxLength={60}
          value={name}
          placeholder="e.g. Respite care"
          onChange={(e) => {
            form.clearError('name');
            setName(e.target.value);
          }}
        />
        <FieldError fieldId={FIELD_IDS.name} message={form.errors.name} />
        <FormButtons
          editing={editing !== null}
          addLabel="Add category"
          saveLabel="Save name"
          onCancel={onCancel}
          outcome={outcome}
        />
      </FormWithProblems>
    </section>
  );
}
