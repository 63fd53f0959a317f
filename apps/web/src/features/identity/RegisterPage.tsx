import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { AuthCard } from './AuthCard';
import { PasswordStrengthMeter } from './PasswordStrength';
import { MIN_PASSWORD_LENGTH } from './passwordStrength';
import { emailProblem, focusFirstInvalid, newPasswordProblem } from './validation';
import type { MessageId } from '../../app/i18n/en';

interface Problems {
  email?: MessageId | null;
  password?: MessageId | null;
  confirm?: MessageId | null;
}

/** Account creation: keys are generated here; the password never leaves the browser. */
export function RegisterPage() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  usePageTitle(t('identity.register.title'));

  const submit = useMutation({
    mutationFn: () => session.register(email, password),
    onSuccess: () => navigate('/vaults', { replace: true }),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {
      email: emailProblem(email),
      password: newPasswordProblem(password),
      confirm:
        confirm === ''
          ? 'identity.validation.required'
          : confirm !== password
            ? 'identity.validation.passwordMismatch'
            : null,
    };
    setProblems(found);
    if (found.email || found.password || found.confirm) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    submit.mutate();
  };

  const message = (id: MessageId | null | undefined) =>
    id ? t(id, { min: MIN_PASSWORD_LENGTH }) : null;

  return (
    <AuthCard title={t('identity.register.title')}>
      <div className="alert alert-warning">
        <strong>{t('identity.register.warningTitle')}</strong>
        <p>{t('identity.register.warning')}</p>
      </div>
      <form ref={form} onSubmit={onSubmit} noValidate className="form">
        <Field
          label={t('identity.field.email')}
          type="email"
          autoComplete="username"
          autoFocus
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={message(problems.email)}
          testId="register-email"
        />
        <Field
          label={t('identity.field.password')}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint={
            <>
              {t('identity.register.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              <PasswordStrengthMeter password={password} />
            </>
          }
          error={message(problems.password)}
          testId="register-password"
        />
        <Field
          label={t('identity.field.passwordConfirm')}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={message(problems.confirm)}
          testId="register-password-confirm"
        />
        <ErrorAlert error={submit.error} />
        <Button type="submit" variant="primary" pending={submit.isPending} testId="register-submit">
          {submit.isPending ? t('identity.register.pending') : t('identity.register.submit')}
        </Button>
      </form>
      <p className="auth-switch">
        {t('identity.register.haveAccount')}{' '}
        <Link to="/login">{t('identity.register.toLogin')}</Link>
      </p>
    </AuthCard>
  );
}
