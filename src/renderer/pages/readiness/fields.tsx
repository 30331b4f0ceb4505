/** Form fields shared by the "new" and "edit" forms of rounds and respondents. */
import {
  PROGRAM_LABELS,
  RESPONDENT_PROGRAMS,
  ROLE_LABELS,
  ROLE_LEVELS,
  type RespondentProgram,
  type RoleLevel,
} from '../../../core/readiness/respondents';

export interface RoundDraft {
  title: string;
  heldOn: string;
  notes: string;
}

export function RoundFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: RoundDraft;
  onChange: (next: RoundDraft) => void;
}) {
  return (
    <>
      <label htmlFor={`${idPrefix}-title`}>Title</label>
      <input
        id={`${idPrefix}-title`}
        required
        maxLength={120}
        value={value.title}
        placeholder="e.g. Spring 2026 readiness"
        onChange={(event) => onChange({ ...value, title: event.target.value })}
      />
      <label htmlFor={`${idPrefix}-date`}>Held on</label>
      <input
        id={`${idPrefix}-date`}
        type="date"
        required
        value={value.heldOn}
        onChange={(event) => onChange({ ...value, heldOn: event.target.value })}
      />
      <label htmlFor={`${idPrefix}-notes`}>Notes (optional)</label>
      <textarea
        id={`${idPrefix}-notes`}
        rows={3}
        maxLength={4000}
        value={value.notes}
        onChange={(event) => onChange({ ...value, notes: event.target.value })}
      />
    </>
  );
}

export interface RespondentDraft {
  program: RespondentProgram;
  roleLevel: RoleLevel;
  label: string;
}

export function RespondentFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: RespondentDraft;
  onChange: (next: RespondentDraft) => void;
}) {
  return (
    <>
      <label htmlFor={`${idPrefix}-program`}>Program</label>
      <select
        id={`${idPrefix}-program`}
        value={value.program}
        onChange={(event) =>
          onChange({ ...value, program: event.target.value as RespondentProgram })
        }
      >
        {RESPONDENT_PROGRAMS.map((p) => (
          <option key={p} value={p}>
            {PROGRAM_LABELS[p]}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-role`}>Role level</label>
      <select
        id={`${idPrefix}-role`}
        value={value.roleLevel}
        onChange={(event) => onChange({ ...value, roleLevel: event.target.value as RoleLevel })}
      >
        {ROLE_LEVELS.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-label`}>Label (optional, not a name)</label>
      <input
        id={`${idPrefix}-label`}
        maxLength={60}
        value={value.label}
        placeholder="e.g. Unit 3"
        onChange={(event) => onChange({ ...value, label: event.target.value })}
      />
    </>
  );
}
