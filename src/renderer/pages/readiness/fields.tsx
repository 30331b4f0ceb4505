/** Form fields shared by the "new" and "edit" forms of rounds and respondents. */
import {
  PROGRAM_LABELS,
  RESPONDENT_PROGRAMS,
  ROLE_LABELS,
  ROLE_LEVELS,
  type RespondentProgram,
  type RoleLevel,
} from '../../../core/readiness/respondents';
import { FieldError } from '../../components/form/FormProblems';
import type { FormProblems } from '../../components/form/useFormProblems';

export interface RoundDraft {
  title: string;
  heldOn: string;
  notes: string;
}

export type RoundField = keyof RoundDraft;

export const ROUND_LABELS: Record<RoundField, string> = {
  title: 'Title',
  heldOn: 'Held on',
  notes: 'Notes',
};

/** The ids of a round form's fields, by the service's names for them. */
export function roundFieldIds(idPrefix: string): Record<RoundField, string> {
  return { title: `${idPrefix}-title`, heldOn: `${idPrefix}-date`, notes: `${idPrefix}-notes` };
}

export function RoundFields({
  form,
  value,
  onChange,
}: {
  form: FormProblems<RoundField>;
  value: RoundDraft;
  onChange: (next: RoundDraft) => void;
}) {
  const change = (field: RoundField, next: RoundDraft) => {
    form.clearError(field);
    onChange(next);
  };
  return (
    <>
      <label htmlFor={form.ids.title}>{ROUND_LABELS.title}</label>
      <input
        {...form.field('title')}
        required
        maxLength={120}
        value={value.title}
        placeholder="e.g. Spring 2026 readiness"
        onChange={(event) => change('title', { ...value, title: event.target.value })}
      />
      <FieldError fieldId={form.ids.title} message={form.errors.title} />
      <label htmlFor={form.ids.heldOn}>{ROUND_LABELS.heldOn}</label>
      <input
        {...form.field('heldOn')}
        type="date"
        required
        value={value.heldOn}
        onChange={(event) => change('heldOn', { ...value, heldOn: event.target.value })}
      />
      <FieldError fieldId={form.ids.heldOn} message={form.errors.heldOn} />
      <label htmlFor={form.ids.notes}>{ROUND_LABELS.notes} (optional)</label>
      <textarea
        {...form.field('notes')}
        rows={3}
        maxLength={4000}
        value={value.notes}
        onChange={(event) => change('notes', { ...value, notes: event.target.value })}
      />
      <FieldError fieldId={form.ids.notes} message={form.errors.notes} />
    </>
  );
}

export interface RespondentDraft {
  program: RespondentProgram;
  roleLevel: RoleLevel;
  label: string;
}

export type RespondentField = keyof RespondentDraft;

export const RESPONDENT_LABELS: Record<RespondentField, string> = {
  program: 'Program',
  roleLevel: 'Role level',
  label: 'Label',
};

/** The ids of a respondent form's fields, by the service's names for them. */
export function respondentFieldIds(idPrefix: string): Record<RespondentField, string> {
  return {
    program: `${idPrefix}-program`,
    roleLevel: `${idPrefix}-role`,
    label: `${idPrefix}-label`,
  };
}

export function RespondentFields({
  form,
  value,
  onChange,
}: {
  form: FormProblems<RespondentField>;
  value: RespondentDraft;
  onChange: (next: RespondentDraft) => void;
}) {
  const change = (field: RespondentField, next: RespondentDraft) => {
    form.clearError(field);
    onChange(next);
  };
  return (
    <>
      <label htmlFor={form.ids.program}>{RESPONDENT_LABELS.program}</label>
      <select
        {...form.field('program')}
        value={value.program}
        onChange={(event) =>
          change('program', { ...value, program: event.target.value as RespondentProgram })
        }
      >
        {RESPONDENT_PROGRAMS.map((p) => (
          <option key={p} value={p}>
            {PROGRAM_LABELS[p]}
          </option>
        ))}
      </select>
      <FieldError fieldId={form.ids.program} message={form.errors.program} />
      <label htmlFor={form.ids.roleLevel}>{RESPONDENT_LABELS.roleLevel}</label>
      <select
        {...form.field('roleLevel')}
        value={value.roleLevel}
        onChange={(event) =>
          change('roleLevel', { ...value, roleLevel: event.target.value as RoleLevel })
        }
      >
        {ROLE_LEVELS.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <FieldError fieldId={form.ids.roleLevel} message={form.errors.roleLevel} />
      <label htmlFor={form.ids.label}>{RESPONDENT_LABELS.label} (optional, not a name)</label>
      <input
        {...form.field('label')}
        maxLength={60}
        value={value.label}
        placeholder="e.g. Unit 3"
        onChange={(event) => change('label', { ...value, label: event.target.value })}
      />
      <FieldError fieldId={form.ids.label} message={form.errors.label} />
    </>
  );
}
