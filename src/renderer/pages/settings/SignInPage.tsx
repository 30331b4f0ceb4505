import { useEffect, useState } from 'react';
import { FieldError } from '../../components/form/FormProblems';
import { FormWithProblems } from '../../components/form/FormWithProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { signIn, signInOptions, takeProviderOutcome } from '../../client/session';

const LABELS = { userName: 'User name', password: 'Password' } as const;
type Field = keyof typeof LABELS;
const IDS: Record<Field, string> = { userName: 'sign-in-user', password: 'sign-in-password' };

/**
 * The shared server's front door (issue 24). A refusal says the same whatever was wrong, so it
 * tells nobody which user names exist; the password is cleared after every try.
 */
export function SignInPage({ onSignedIn, ended }: { onSignedIn: () => void; ended: boolean }) {
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const form = useFormProblems(IDS, () => undefined, 'sign-in-problems');
  const [providerOutcome] = useState(takeProviderOutcome);
  const [identityProvider, setIdentityProvider] = useState(false);
  useEffect(() => {
    void signInOptions().then((options) => setIdentityProvider(options.identityProvider));
  }, []);

  async function submit(): Promise<void> {
    if (working) return;
    setWorking(true);
    const done = await form.save(
      () => signIn(userName, password),
      () => '',
    );
    setWorking(false);
    setPassword('');
    if (done) onSignedIn();
  }

  return (
    <main id="main" className="sign-in" tabIndex={-1}>
      <h1 id="sign-in-heading">Sign in to Linkages Workbench</h1>
      {providerOutcome && (
        <p role="alert" className="sign-in__outcome">
          {providerOutcome}
        </p>
      )}
      {identityProvider && (
        <p>
          {/* A page load, not a call: the provider's pages take over the window. */}
          <a className="button primary" href="auth/oidc/start">
            Sign in with your county account
          </a>
        </p>
      )}
      {ended && (
        <p role="status" className="sign-in__ended">
          Your session ended. Sign in again to go on where you were.
        </p>
      )}
      <FormWithProblems
        className="form"
        labelledBy="sign-in-heading"
        problemsId="sign-in-problems"
        problemsTitle="You are not signed in"
        form={form}
        labels={LABELS}
        level={2}
        onSubmit={submit}
      >
        <label htmlFor={IDS.userName}>{LABELS.userName}</label>
        <FieldError fieldId={IDS.userName} message={form.errors.userName} />
        <input
          {...form.field('userName')}
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={userName}
          onChange={(event) => {
            form.clearError('userName');
            setUserName(event.target.value);
          }}
        />
        <label htmlFor={IDS.password}>{LABELS.password}</label>
        <FieldError fieldId={IDS.password} message={form.errors.password} />
        <input
          {...form.field('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            form.clearError('password');
            setPassword(event.target.value);
          }}
        />
        <div className="button-row">
          <button type="submit" className={identityProvider ? undefined : 'primary'}>
            {working ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </FormWithProblems>
    </main>
  );
}
