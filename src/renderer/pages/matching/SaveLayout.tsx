import { useState } from 'react';
import type { Output } from '../../../api/contract';
import type { ExtractMapping, ExtractSide } from '../../../core/matching/linkage/extract';
import { invoke } from '../../client/client';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';

type LayoutField = 'name';

/**
 * "Save this mapping as a layout…": a name, and the mapping on screen saved under it, so the
 * county maps this system's extract once. Opened on request, to keep the mapping step short.
 */
export function SaveLayout({
  countyId,
  side,
  mapping,
  disabled,
  onSaved,
}: {
  countyId: number;
  side: ExtractSide;
  mapping: ExtractMapping;
  disabled: boolean;
  onSaved: (layout: Output<'matching.saveLayout'>) => void;
}) {
  // Plain ids, one set per side: the summary's links and the tests find them by `#id`.
  const id = `layout-${side}`;
  const fieldIds = { name: `${id}-name` };
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState('');
  const form = useFormProblems<LayoutField>(fieldIds, setOutcome, `${id}-problems`);

  async function save(): Promise<void> {
    const saved = await form.save(
      () => invoke('matching.saveLayout', { countyId, side, name, mapping }),
      (layout) => `Saved this mapping as the layout “${layout.name}”.`,
    );
    if (!saved) return;
    onSaved(saved);
    setName('');
    setOpen(false);
  }

  if (!open) {
    return (
      <div className="button-row">
        <button type="button" disabled={disabled} onClick={() => setOpen(true)}>
          Save this mapping as a layout…
        </button>
        <p aria-live="polite" className="hint">
          {outcome}
        </p>
      </div>
    );
  }
  return (
    <FormWithProblems
      className="form save-layout"
      problemsId={`${id}-problems`}
      problemsTitle="The layout was not saved"
      form={form}
      labels={{ name: 'Layout name' }}
      level={4}
      onSubmit={save}
    >
      <label htmlFor={fieldIds.name}>Layout name</label>
      <input
        {...form.field('name', `${id}-hint`)}
        value={name}
        maxLength={80}
        onChange={(event) => {
          form.clearError('name');
          setName(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="hint">
        For example the system the extract comes from, “CalSAWS monthly” or “CWS-CARES”.
      </p>
      <FieldError fieldId={fieldIds.name} message={form.errors.name} />
      <div className="button-row">
        <button type="submit" className="primary">
          Save the layout
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </FormWithProblems>
  );
}
