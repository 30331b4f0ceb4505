import { useRef, useState } from 'react';
import type { FundingStreamView } from '../../../../api/fiscal/contract';
import { FUNDING_LEVEL_LABELS, SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import {
  FUNDING_LEVELS,
  SOURCE_PROGRAMS,
  type FundingLevel,
  type SourceProgram,
} from '../../../../core/fiscal/types';
import { sfyLabel, stateFiscalYearOf } from '../../../../core/fiscalCalendar';
import { localIsoDate } from '../../../../core/isoDate';
import { invoke } from '../../../client/client';
import { FormButtons } from '../../../components/FormButtons';
import { useEditForm, useFocusOnEdit, type EditFormProps } from '../../../components/editForm';
import { FieldError } from '../../../components/form/FormProblems';
import { FormWithProblems } from '../../../components/form/FormWithProblems';
import { useEscapeToCancel } from './useEscapeToCancel';

interface Draft {
  name: string;
  sourceProgram: SourceProgram;
  level: FundingLevel;
  claimable: boolean;
  generalFund: boolean;
  activeSfys: readonly number[];
}

const blank: Draft = {
  name: '',
  sourceProgram: 'calworks',
  level: 'state',
  claimable: true,
  generalFund: false,
  activeSfys: [],
};

/** SFYs offered as checkboxes: three years either side of today's, and any the stream has. */
function sfyChoices(chosen: readonly number[]): number[] {
  const current = stateFiscalYearOf(localIsoDate(new Date())).startYear;
  const around = Array.from({ length: 7 }, (_, i) => current - 3 + i);
  return [...new Set([...around, ...chosen])].sort((a, b) => a - b);
}

const sfyBoxId = (startYear: number) => `stream-sfy-${startYear}`;

type StreamField = 'name' | 'sourceProgram' | 'level' | 'claimable' | 'generalFund' | 'activeSfys';

const LABELS: Record<StreamField, string> = {
  name: 'Stream name',
  sourceProgram: 'Source program',
  level: 'Level',
  claimable: 'Claimable',
  generalFund: 'County general fund',
  activeSfys: 'Active in',
};

/**
 * Adds a funding stream, or changes the one being edited (remounted by key per stream, so the
 * draft starts from the row shown). Retiring is the table's Retire button, not a field here.
 */
export function StreamForm({
  countyId,
  editing,
  onSaved,
  onCancel,
}: EditFormProps<FundingStreamView>) {
  const [draft, setDraft] = useState<Draft>(editing ?? blank);
  const [years] = useState(() => sfyChoices(draft.activeSfys));
  const formElement = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEscapeToCancel(formElement, editing !== null, onCancel);
  useFocusOnEdit(first, editing?.id ?? null);

  const fieldIds: Record<StreamField, string> = {
    name: 'stream-name',
    sourceProgram: 'stream-source',
    level: 'stream-level',
    claimable: 'stream-claimable',
    generalFund: 'stream-general-fund',
    activeSfys: sfyBoxId(years[0] ?? 0),
  };
  const { form, outcome, save } = useEditForm({
    fieldIds,
    summaryId: 'stream-problems',
    editing: editing !== null,
    reset: () => setDraft(blank),
    onSaved,
  });
  const set = (change: Partial<Draft>) => {
    // A field changed since the refusal no longer shows the refusal's words.
    for (const key of Object.keys(change)) form.clearError(key as StreamField);
    setDraft((d) => ({ ...d, ...change }));
  };

  function toggleYear(startYear: number, on: boolean): void {
    set({
      activeSfys: on
        ? [...draft.activeSfys, startYear].sort((a, b) => a - b)
        : draft.activeSfys.filter((y) => y !== startYear),
    });
  }

  function submit(): Promise<void> {
    return save(
      () =>
        invoke('fiscal.saveStream', {
          countyId,
          id: editing?.id ?? null,
          version: editing?.version ?? null,
          name: draft.name,
          sourceProgram: draft.sourceProgram,
          level: draft.level,
          claimable: draft.claimable,
          generalFund: draft.generalFund,
          activeSfys: [...draft.activeSfys],
          // As the table shows it now: retiring is its own action.
          retired: editing?.retired ?? false,
        }),
      (saved) =>
        editing ? `Saved changes to “${saved.name}”.` : `Added the funding stream “${saved.name}”.`,
    );
  }

  return (
    <section aria-labelledby="stream-form-heading">
      <h2 id="stream-form-heading">
        {editing ? `Edit “${editing.name}”` : 'Add a funding stream'}
      </h2>
      <FormWithProblems
        formRef={formElement}
        problemsId="stream-problems"
        problemsTitle={editing ? 'The changes were not saved' : 'The stream was not added'}
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <label htmlFor="stream-name">Stream name</label>
        <input
          {...form.field('name')}
          ref={first}
          required
          maxLength={80}
          value={draft.name}
          placeholder="e.g. County respite pilot"
          onChange={(e) => set({ name: e.target.value })}
        />
        <FieldError fieldId={fieldIds.name} message={form.errors.name} />
        <label htmlFor="stream-source">Source program</label>
        <select
          {...form.field('sourceProgram')}
          value={draft.sourceProgram}
          onChange={(e) => set({ sourceProgram: e.target.value as SourceProgram })}
        >
          {SOURCE_PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {SOURCE_PROGRAM_LABELS[p]}
            </option>
          ))}
        </select>
        <FieldError fieldId={fieldIds.sourceProgram} message={form.errors.sourceProgram} />
        <label htmlFor="stream-level">Level</label>
        <select
          {...form.field('level')}
          value={draft.level}
          onChange={(e) => set({ level: e.target.value as FundingLevel })}
        >
          {FUNDING_LEVELS.map((l) => (
            <option key={l} value={l}>
              {FUNDING_LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
        <FieldError fieldId={fieldIds.level} message={form.errors.level} />
        <span className="form__check">
          <input
            {...form.field('claimable', 'stream-claimable-hint')}
            type="checkbox"
            checked={draft.claimable}
            onChange={(e) => set({ claimable: e.target.checked })}
          />
          <label htmlFor="stream-claimable">Claimable</label>
        </span>
        <p id="stream-claimable-hint" className="hint form__hint">
          The county claims these costs back from the state or federal government.
        </p>
        <FieldError fieldId={fieldIds.claimable} message={form.errors.claimable} />
        <span className="form__check">
          <input
            {...form.field('generalFund', 'stream-general-fund-hint')}
            type="checkbox"
            checked={draft.generalFund}
            onChange={(e) => set({ generalFund: e.target.checked })}
          />
          <label htmlFor="stream-general-fund">County general fund</label>
        </span>
        <p id="stream-general-fund-hint" className="hint form__hint">
          What the county commits to Linkages; the leverage ratio divides by it, so only one stream
          is the general fund.
        </p>
        <FieldError fieldId={fieldIds.generalFund} message={form.errors.generalFund} />
        <fieldset
          className="form__wide sfy-choices"
          aria-describedby={
            form.errors.activeSfys
              ? `stream-sfys-hint ${fieldIds.activeSfys}-error`
              : 'stream-sfys-hint'
          }
        >
          <legend>Active in</legend>
          <p id="stream-sfys-hint" className="hint">
            Leave all unchecked when the stream is used every year.
          </p>
          <ul>
            {years.map((year) => (
              <li key={year}>
                <input
                  id={sfyBoxId(year)}
                  type="checkbox"
                  checked={draft.activeSfys.includes(year)}
                  onChange={(e) => toggleYear(year, e.target.checked)}
                />
                <label htmlFor={sfyBoxId(year)}>{sfyLabel({ startYear: year })}</label>
              </li>
            ))}
          </ul>
          <FieldError fieldId={fieldIds.activeSfys} message={form.errors.activeSfys} />
        </fieldset>
        <FormButtons
          editing={editing !== null}
          addLabel="Add stream"
          onCancel={onCancel}
          outcome={outcome}
        />
      </FormWithProblems>
    </section>
  );
}
