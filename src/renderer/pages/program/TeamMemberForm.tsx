import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TeamMember } from '../../../api/team.contract';
import { TEAM_PROGRAMS, TEAM_ROLES, type TeamProgram } from '../../../core/program/training';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { refreshAfterChange } from '../../client/queries';
import { focusField } from './formFocus';

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
}: {
  countyId: number;
  editing: TeamMember | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(editing ?? blank);
  const first = useRef<HTMLSelectElement>(null);
  const set = (change: Partial<typeof blank>) => setDraft((d) => ({ ...d, ...change }));

  // Edit moves the keyboard into the form, where the row now is.
  useEffect(() => {
    if (editing) first.current?.focus();
  }, [editing]);

  function submit(event: FormEvent): void {
    event.preventDefault();
    invoke('program.saveTeamMember', {
      countyId,
      id: editing?.id ?? null,
      role: draft.role,
      program: draft.program,
      roleLabel: draft.roleLabel,
      contactNotes: draft.contactNotes,
    })
      .then(async (saved) => {
        if (!editing) setDraft(blank);
        // Announce once the table on screen shows the change.
        await refreshAfterChange(queryClient, ['program.listTeam']);
        onSaved(editing ? `Saved changes to “${saved.roleLabel}”.` : `Added “${saved.roleLabel}”.`);
      })
      .catch((error: unknown) => {
        reportError(error);
        focusField(error, FIELD_IDS);
      });
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
        <div className="button-row">
          <button type="submit" className="primary">
            {editing ? 'Save changes' : 'Add member'}
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
