import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { MessageId } from '../../app/i18n/en';
import { errorCodeOf } from '../../app/i18n/errors';
import { useT } from '../../app/i18n/LocaleProvider';
import { useSession, type LoginInput } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { Progress } from '../../ui/Loading';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { AuthCard } from './AuthCard';
import { returnPath } from './returnPath';
import { emailProblem, focusFirstInvalid, recoveryProblem, totpProblem } from './validation';
import { SecondFactorStep, type SecondFactor } from './SecondFactorStep';

/** Sign-in with e-mail and password, then a TOTP or recovery code when the account has 2FA. */
export function LoginPage() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'password' | 'second'>('password');
  const [problems, setProblems] = useState<{
    email?: MessageId | null;
    password?: MessageId | null;
  }>({});

  usePageTitle(t(step === 'password' ? 'identity.login.title' : 'identity.login.totp.title'));

  const submit = useMutation({
    mutationFn: (input: LoginInput) => session.login(input),
    onSuccess: () => navigate(returnPath(location.state), { replace: true }),
    onError: (error) => {
      if (errorCodeOf(error) === 'totp_required') setStep('second');
    },
  });

  const onPassword = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      email: emailProblem(email),
      password: password === '' ? ('identity.validation.required' as const) : null,
    };
    setProblems(found);
    if (found.email || found.password) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    submit.mutate({ email, password });
  };

  const onSecond = (factor: SecondFactor) => {
    submit.mutate(
      factor.kind === 'totp'
        ? { email, password, totpCode: factor.code.replace(/\s/g, '') }
        : { email, password, recoveryCode: factor.code.trim().toLowerCase() },
    );
  };

  // totp_required is the expected answer that opens the second step, not an error to show.
  const shownError = errorCodeOf(submit.error) === 'totp_required' ? null : submit.error;

  if (step === 'second') {
    return (
      <AuthCard title={t('identity.login.totp.title')}>
        <SecondFactorStep
          pending={submit.isPending}
          error={shownError}
          validate={(kind, code) => (kind === 'totp' ? totpProblem(code) : recoveryProblem(code))}
          onSubmit={onSecond}
          onBack={() => {
            submit.reset();
            setPassword('');
            setStep('password');
          }}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('identity.login.title')}>
      <p className="muted">{t('identity.login.intro')}</p>
      <form ref={form} onSubmit={onPassword} noValidate className="form">
        <Field
          label={t('identity.field.email')}
          type="email"
          autoComplete="username"
          autoFocus
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={problems.email ? t(problems.email) : null}
          testId="login-email"
        />
        <Field
          label={t('identity.field.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problems.password ? t(problems.password) : null}
          testId="login-password"
        />
        <ErrorAlert error={shownError} />
        {submit.isPending ? <Progress label={t('identity.login.pending')} /> : null}
        <Button type="submit" variant="primary" pending={submit.isPending} testId="login-submit">
          {t('identity.login.submit')}
        </Button>
      </form>
      <p className="auth-switch">
        {t('identity.login.noAccount')} <Link to="/register">{t('identity.login.toRegister')}</Link>
      </p>
    </AuthCard>
  );
}
