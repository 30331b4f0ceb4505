import { useState } from 'react';
import type { z } from 'zod';
import type { SessionPolicyView } from '../../../../api/system/users.contract';
import { invoke } from '../../../client/client';
import { useConfirm } from '../../../components/ConfirmDialog';
import { ErrorSummary, FieldError } from '../../../components/form/FormProblems';
import { FormWithProblems } from '../../../components/form/FormWithProblems';
import { useFormProblems } from '../../../components/form/useFormProblems';

type Policy = z.infer<typeof SessionPolicyView>;

const LABELS = { idleMinutes: 'Idle minutes', absoluteHours: 'Hours in all' };

/** How long sessions last, and ending everyone else's (before restoring a backup). */
export function SessionsSection({
  policy,
  announce,
}: {
  policy: Policy;
  announce: (words: string) => void;
}) {
  const [idle, setIdle] = useState(String(policy.idleMinutes));
  const [absolute, setAbsolute] = useState(String(policy.absoluteHours));
  const form = useFormProblems(
    { idleMinutes: 'session-idle', absoluteHours: 'session-absolute' },
    announce,
    'session-problems',
  );
  const others = useFormProblems({}, announce, 'sign-out-problems');
  const { confirm, dialog } = useConfirm();
  const { bounds } = policy;

  async function save(): Promise<void> {
    await form.save(
      // An empty or non-number field goes as NaN, which the service names beside the field.
      () =>
        invoke('system.setSessionPolicy', {
          idleMinutes: idle.trim() === '' ? Number.NaN : Number(idle),
          absoluteHours: absolute.trim() === '' ? Number.NaN : Number(absolute),
        }),
      (saved) =>
        `Saved: signed out after ${saved.idleMinutes} idle minutes or ${saved.absoluteHours} hours in all.`,
    );
  }

  async function signOutOthers(): Promise<void> {
    const sure = await confirm(
      'Sign everyone else out?',
      <p>
        Every other user is signed out at once, on every device; what they had not saved is lost. Do
        this before restoring a backup. You stay signed in.
      </p>,
      'Sign everyone else out',
    );
    if (!sure) return;
    await others.save(
      () => invoke('system.signOutOthers', {}),
      ({ sessionsEnded }) =>
        sessionsEnded === 0
          ? 'Nobody else was signed in.'
          : `Signed out ${sessionsEnded} other session${sessionsEnded === 1 ? '' : 's'}.`,
    );
  }

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Session limits</h2>
      <p>
        A user is signed out after a while without using the Workbench, and some hours after signing
        in however busy. Open sessions follow a change at once.
      </p>
      <FormWithProblems
        className="form form--grid"
        labelledBy="sessions-heading"
        problemsId="session-problems"
        problemsTitle="The session limits were not changed"
        form={form}
        labels={LABELS}
        onSubmit={save}
      >
        <label htmlFor="session-idle">{LABELS.idleMinutes}</label>
        <div>
          <p id="session-idle-hint" className="hint">
            From {bounds.idleMinutes.min} to {bounds.idleMinutes.max}.
          </p>
          <FieldError fieldId="session-idle" message={form.errors.idleMinutes} />
          <input
            {...form.field('idleMinutes', 'session-idle-hint')}
            inputMode="numeric"
            className="input--short"
            value={idle}
            onChange={(event) => {
              form.clearError('idleMinutes');
              setIdle(event.target.value);
            }}
          />
        </div>
        <label htmlFor="session-absolute">{LABELS.absoluteHours}</label>
        <div>
          <p id="session-absolute-hint" className="hint">
            From {bounds.absoluteHours.min} to {bounds.absoluteHours.max}, counted from sign-in.
          </p>
          <FieldError fieldId="session-absolute" message={form.errors.absoluteHours} />
          <input
            {...form.field('absoluteHours', 'session-absolute-hint')}
            inputMode="numeric"
            className="input--short"
            value={absolute}
            onChange={(event) => {
              form.clearError('absoluteHours');
              setAbsolute(event.target.value);
            }}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            Save session limits
          </button>
        </div>
      </FormWithProblems>
      <h3 id="sign-out-heading">Everyone else’s sessions</h3>
      <p>
        A backup can be restored only while nobody else is signed in. Restoring then signs you out
        too, and you sign in again.
      </p>
      <ErrorSummary
        id="sign-out-problems"
        title="Nobody was signed out"
        errors={others.errors}
        general={others.general}
        fieldIds={others.ids}
        labels={{}}
      />
      <button type="button" className="danger" onClick={() => void signOutOthers()}>
        Sign everyone else out
      </button>
      {dialog}
    </section>
  );
}
