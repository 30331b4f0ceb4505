import { useRef, useState } from 'react';
import type { TeamMember } from '../../../api/program/team.contract';
import { TEAM_PROGRAMS, TEAM_ROLES, type TeamProgram } from '../../../core/program/training';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { useEditForm, useFocusOnEdit, type EditFormProps } from '../../components/editForm';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';

const blank = {
  role: 'co-chair' as string,
  program: 'calworks' as TeamProgram,
  roleLabel: '',
  contactNotes: '',
};

type MemberField = keyof typeof blank;

const FIELD_IDS: Record<MemberField, string> = {
  role: 'member-role',
  program: 'member-program',
  roleLabel: 'member-label',
  contactNotes: 'member-notes',
};

const LABELS: Record<MemberField, string> = {
  role: 'Role',
  program: 'Program',
  roleLabel: 'Role label',
  contactNotes: 'Contact notes',
};

/**
 * Adds a seat, or changes the one being edited. The parent remounts it (by key) for each member
 * it loads, so the draft always starts from the row shown.
 */
export function TeamMemberForm({
  countyId,
  editing,
  onSaved,
  onCancel,
}: EditFormProps<TeamMember>) {
  const [draft, setDraft] = useState(editing ?? blank);
  const first = useRef<HTMLSelectElement>(null);
  useFocusOnEdit(first, editing);
  const { form, outcome, save } = useEditForm({
    fieldIds: FIELD_IDS,
    summaryId: 'member-problems',
    editing: editing !== null,
    reset: () => setDraft(blank),
    onSaved,
  });
  const set = (change: Partial<typeof blank>) => {
    for (const key of Object.keys(change)) form.clearError(key as MemberField);
    setDraft((d) => ({ ...d, ...change }));
  };

  function submit(): Promise<void> {
    return save(
      () =>
        invoke('program.saveTeamMember', {
          countyId,
          id: editing?.id ?? null,
          version: editing?.version ?? null,
          role: draft.role,
          program: draft.program,
          roleLabel: draft.roleLabel,
          contactNotes: draft.contactNotes,
        }),
      (saved) =>
        editing ? `Saved changes to “${saved.roleLabel}”.` : `Added “${saved.roleLabel}”.`,
    );
  }

  return (
    <section aria-labelledby="member-form-heading">
      <h2 id="member-form-heading">
        {editing ? `Edit “${editing.roleLabel}”` : 'Add a team member'}
      </h2>
      <FormWithProblems
        problemsId="member-problems"
        problemsTitle={editing ? 'The changes were not saved' : 'The member was not added'}
        form={form}
        labels={LABELS}
        onSubmit={submit}
      >
        <label htmlFor="member-role">Role</label>
        <select
          {...form.field('role')}
          ref={first}
          value={draft.role}
          onChange={(e) => set({ role: e.target.value })}
        >
          {TEAM_ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        <FieldError fieldId={FIELD_IDS.role} message={form.errors.role} />
        <label htmlFor="member-program">Program</label>
        <select
          {...form.field('program')}
          value={draft.program}
          onChange={(e) => set({ program: e.target.value as TeamProgram })}
        >
          {TEAM_PROGRAMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <FieldError fieldId={FIELD_IDS.program} message={form.errors.program} />
        <label htmlFor="member-label">Role label</label>
        <input
          {...form.field('roleLabel', 'member-label-hint')}
          required
          maxLength={80}
          value={draft.roleLabel}
          placeholder="e.g. CWS deputy director"
          onChange={(e) => set({ roleLabel: e.target.value })}
        />
        <p id="member-label-hint" className="hint form__hint">
          The seat, not the person: the team list holds no names.
        </p>
        <FieldError fieldId={FIELD_IDS.roleLabel} message={form.errors.roleLabel} />
        <label htmlFor="member-notes">Contact notes (optional)</label>
        <textarea
          {...form.field('contactNotes')}
          maxLength={500}
          rows={2}
          value={draft.contactNotes}
          placeholder="e.g. through the Linkages liaison, Tuesdays"
          onChange={(e) => set({ contactNotes: e.target.value })}
        />
        <FieldError fieldId={FIELD_IDS.contactNotes} message={form.errors.contactNotes} />
        <FormButtons
          editing={editing !== null}
          addLabel="Add member"
          onCancel={onCancel}
          outcome={outcome}
        />
      </FormWithProblems>
    </section>
  );
}
