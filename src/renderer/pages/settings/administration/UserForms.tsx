import { useState } from 'react';
import type { County } from '../../../../api/workspace/contract';
import { PASSWORD_MIN_LENGTH } from '../../../../core/system/passwordPolicy';
import type { RoleGrant } from '../../../../core/system/roles';
import { invoke } from '../../../client/client';
import { FieldError } from '../../../components/form/FormProblems';
import { FormWithProblems } from '../../../components/form/FormWithProblems';
import { useFormProblems } from '../../../components/form/useFormProblems';
import { GrantsEditor } from './GrantsEditor';

/** The policy in the words a person choosing a password needs (passwordPolicy.ts). */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters: a few words make a good one. Not a common password, and not the user name.`;

const ADD_LABELS = {
  userName: 'User name',
  displayName: 'Display name',
  password: 'First password',
  grants: 'Roles',
};

/** Adds a user with a first password and their roles; they may sign in at once. */
export function AddUserForm({
  counties,
  announce,
}: {
  counties: readonly County[];
  announce: (words: string) => void;
}) {
  const empty = { userName: '', displayName: '', password: '' };
  const [values, setValues] = useState(empty);
  const [grants, setGrants] = useState<RoleGrant[]>([]);
  const form = useFormProblems(
    {
      userName: 'add-user-name',
      displayName: 'add-user-display',
      password: 'add-user-password',
      grants: 'add-user-grants',
    },
    announce,
    'add-user-problems',
  );
  const text = (name: keyof typeof empty) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      form.clearError(name);
      setValues((now) => ({ ...now, [name]: event.target.value }));
    },
  });

  async function onSubmit(): Promise<void> {
    const added = await form.save(
      () => invoke('system.addUser', { ...values, grants }),
      (user) => `Added ${user.userName}. They can sign in now.`,
    );
    if (added) {
      setValues(empty);
      setGrants([]);
    }
  }

  return (
    <section aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">Add a user</h2>
      <FormWithProblems
        className="form"
        labelledBy="add-user-heading"
        problemsId="add-user-problems"
        problemsTitle="The user was not added"
        form={form}
        labels={ADD_LABELS}
        onSubmit={onSubmit}
      >
        <label htmlFor="add-user-name">{ADD_LABELS.userName}</label>
        <FieldError fieldId="add-user-name" message={form.errors.userName} />
        <input
          {...form.field('userName')}
          {...text('userName')}
          autoComplete="off"
          spellCheck={false}
        />
        <label htmlFor="add-user-display">{ADD_LABELS.displayName}</label>
        <FieldError fieldId="add-user-display" message={form.errors.displayName} />
        <input {...form.field('displayName')} {...text('displayName')} autoComplete="off" />
        <label htmlFor="add-user-password">{ADD_LABELS.password}</label>
        <p id="add-user-password-hint" className="hint">
          {PASSWORD_HINT} Give it to them in person or by phone, not by email.
        </p>
        <FieldError fieldId="add-user-password" message={form.errors.password} />
        <input
          {...form.field('password', 'add-user-password-hint')}
          {...text('password')}
          type="password"
          autoComplete="new-password"
        />
        <GrantsEditor
          id="add-user-grants"
          grants={grants}
          counties={counties}
          error={form.errors.grants}
          onChange={(next) => {
            form.clearError('grants');
            setGrants(next);
          }}
        />
        <div className="button-row">
          <button type="submit" className="primary">
            Add user
          </button>
        </div>
      </FormWithProblems>
    </section>
  );
}

/** A new password for one user, who is signed out everywhere by it. */
export function ResetPasswordForm({
  userName,
  announce,
  onDone,
}: {
  userName: string;
  announce: (words: string) => void;
  onDone: () => void;
}) {
  const [password, setPassword] = useState('');
  const form = useFormProblems({ password: 'reset-password' }, announce, 'reset-problems');
  async function onSubmit(): Promise<void> {
    const done = await form.save(
      () => invoke('system.resetPassword', { userName, password }),
      (user) => `${user.userName} has a new password and was signed out everywhere.`,
    );
    if (done) {
      setPassword('');
      onDone();
    }
  }
  return (
    <FormWithProblems
      className="form"
      labelledBy="user-panel-heading"
      problemsId="reset-problems"
      problemsTitle="The password was not changed"
      form={form}
      labels={{ password: 'New password' }}
      onSubmit={onSubmit}
    >
      <label htmlFor="reset-password">New password</label>
      <p id="reset-password-hint" className="hint">
        {PASSWORD_HINT} They are signed out everywhere.
      </p>
      <FieldError fieldId="reset-password" message={form.errors.password} />
      <input
        {...form.field('password', 'reset-password-hint')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => {
          form.clearError('password');
          setPassword(event.target.value);
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary">
          Set password
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </FormWithProblems>
  );
}

/** A user's roles by county, replaced as a whole. */
export function RolesForm({
  userName,
  current,
  counties,
  announce,
  onDone,
}: {
  userName: string;
  current: readonly RoleGrant[];
  counties: readonly County[];
  announce: (words: string) => void;
  onDone: () => void;
}) {
  const [grants, setGrants] = useState<RoleGrant[]>([...current]);
  const form = useFormProblems({ grants: 'roles-grants' }, announce, 'roles-problems');
  async function onSubmit(): Promise<void> {
    const done = await form.save(
      () => invoke('system.setUserRoles', { userName, grants }),
      (user) => `Saved the roles of ${user.userName}.`,
    );
    if (done) onDone();
  }
  return (
    <FormWithProblems
      className="form"
      labelledBy="user-panel-heading"
      problemsId="roles-problems"
      problemsTitle="The roles were not changed"
      form={form}
      labels={{ grants: 'Roles' }}
      onSubmit={onSubmit}
    >
      <GrantsEditor
        id="roles-grants"
        grants={grants}
        counties={counties}
        error={form.errors.grants}
        onChange={(next) => {
          form.clearError('grants');
          setGrants(next);
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary">
          Save roles
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </FormWithProblems>
  );
}
