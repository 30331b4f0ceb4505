import { useRef, useState, type FormEvent } from 'react';
import type { TeamMember } from '../../../api/program/team.contract';
import { TEAM_PROGRAMS, TEAM_ROLES, type TeamProgram } from '../../../core/program/training';
import { invoke } from '../../client/client';
import { FormButtons } from '../../components/FormButtons';
import { useFocusOnEdit, useSaveForm, type EditFormProps } from '../../components/editForm';

const blank = {
  role: 'co-chair' as string,
  program: 'calworks' as TeamProgram,
  roleLabel: '',
  contactNotes: '',
};

const FIELD_IDS: Record<string, string> = {
  role: 'member-role',
  program: 'member-program',
  roleLabel: 'member-label',
  contactNotes: 'member-notes',
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
  const set = (change: Partial<typeof blank>) => setDraft((d) => ({ ...d, ...change }));
  useFocusOnEdit(first, editing);
  const save = useSaveForm({
    adding: !editing,
    reset: () => setDraft(blank),
    fieldIds: FIELD_IDS,
    onSaved,
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    save(
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
      <form className="form form--grid" onSubmit={submit}>
        <label htmlFor="member-role">Role</label>
        <select
          id="member-role"
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
        <label htmlFor="member-program">Program</label>
        <select
          id="member-program"
          value={draft.program}
          onChange={(e) => set({ program: e.target.value as TeamProgram })}
        >
          {TEAM_PROGRAMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <label htmlFor="member-label">Role label</label>
        <input
          id="member-label"
          required
          maxLength={80}
          value={draft.roleLabel}
          placeholder="e.g. CWS deputy director"
          aria-describedby="member-label-hint"
          onChange={(e) => set({ roleLabel: e.target.value })}
        />
        <p id="member-label-hint" className="hint form__hint">
          The seat, not the person: the team list holds no names.
        </p>
        <label htmlFor="member-notes">Contact notes (optional)</label>
        <textarea
          id="member-notes"
          maxLength={500}
          rows={2}
          value={draft.contactNotes}
          placeholder="e.g. through the Linkages liaison, Tuesdays"
          onChange={(e) => set({ contactNotes: e.target.value })}
        />
        <FormButtons editing={editing !== null} addLabel="Add member" onCancel={onCancel} />
      </form>
    </section>
  );
}
