import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { MessageId } from '../../app/i18n/en';
import { useT } from '../../app/i18n/LocaleProvider';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { emailProblem, focusFirstInvalid } from '../identity/validation';
import { useCreateVault } from './queries';

/** The "create a vault" form; asks for the creator's e-mail only when it is not known here. */
export function CreateVaultForm({
  onCreated,
  onCancel,
}: {
  readonly onCreated: (name: string) => void;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const session = useSession();
  const create = useCreateVault();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  // After a reload the e-mail is not kept anywhere, by design; ask for it again.
  const knownEmail = session.email;
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<{ name?: MessageId | null; email?: MessageId | null }>(
    {},
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      name: name.trim() === '' ? ('identity.validation.required' as const) : null,
      email: knownEmail === null ? emailProblem(email) : null,
    };
    setProblems(found);
    if (found.name || found.email) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    const trimmed = name.trim();
    create.mutate(
      { name: trimmed, email: knownEmail ?? email.trim() },
      { onSuccess: () => onCreated(trimmed) },
    );
  };

  return (
    <section className="card" aria-labelledby="create-vault-heading">
      <h2 id="create-vault-heading">{t('vaults.create.title')}</h2>
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <Field
          label={t('vaults.create.name')}
          autoFocus
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          hint={t('vaults.create.nameHint')}
          error={problems.name ? t(problems.name) : null}
          testId="vault-name"
        />
        {knownEmail === null ? (
          <Field
            label={t('vaults.create.email')}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            hint={t('vaults.create.emailHint')}
            error={problems.email ? t(problems.email) : null}
            testId="vault-creator-email"
          />
        ) : null}
        <ErrorAlert error={create.error} />
        <div className="actions">
          <Button
            type="submit"
            variant="primary"
            pending={create.isPending}
            testId="vault-create-submit"
          >
            {create.isPending ? t('vaults.create.pending') : t('vaults.create.submit')}
          </Button>
          <Button onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
