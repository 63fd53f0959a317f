import type { Role, VaultId } from '@vigil/core';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { MessageId } from '../../app/i18n/en';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { emailProblem } from '../identity/validation';
import { useInvite } from './queries';

/** Invite by e-mail with a role picker limited to the roles the inviter may grant. */
export function InviteForm({
  vaultId,
  roles,
  onInvited,
}: {
  readonly vaultId: VaultId;
  readonly roles: readonly Role[];
  readonly onInvited: (email: string) => void;
}) {
  const t = useT();
  const invite = useInvite(vaultId);
  const emailInput = useRef<HTMLInputElement>(null);
  const roleId = useId();
  const [email, setEmail] = useState('');
  // The least powerful assignable role is the safe default.
  const [role, setRole] = useState<Role>(roles[roles.length - 1] ?? 'viewer');
  const [problem, setProblem] = useState<MessageId | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = emailProblem(email);
    setProblem(found);
    if (found) {
      emailInput.current?.focus();
      return;
    }
    const invited = email.trim();
    invite.mutate(
      { email: invited, role },
      {
        onSuccess: () => {
          setEmail('');
          onInvited(invited);
          emailInput.current?.focus();
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members.invite.title')}</h2>
      <p className="muted">{t('members.invite.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form form-row">
        <Field
          ref={emailInput}
          className="grow"
          label={t('members.invite.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={problem ? t(problem) : null}
          testId="invite-email"
        />
        <div className="field">
          <label htmlFor={roleId}>{t('members.invite.role')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(e) => {
              const next = roles.find((r) => r === e.target.value);
              if (next) setRole(next);
            }}
            data-testid="invite-role"
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-submit">
          <Button type="submit" variant="primary" pending={invite.isPending} testId="invite-submit">
            {invite.isPending ? t('members.invite.pending') : t('members.invite.submit')}
          </Button>
        </div>
      </form>
      <p className="muted small">{t(`role.hint.${role}`)}</p>
      <ErrorAlert error={invite.error} overrides={{ not_found: 'members.invite.notFound' }} />
    </section>
  );
}
