import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Progress } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { AuthCard } from './AuthCard';
import { returnPath } from './returnPath';

/** Re-opens the private keys after a reload or a lock: the session exists, the keys do not. */
export function UnlockPage() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [empty, setEmpty] = useState(false);
  usePageTitle(t('identity.unlock.title'));

  const unlock = useMutation({
    mutationFn: () => session.unlock(password),
    onSuccess: () => navigate(returnPath(location.state), { replace: true }),
    onError: () => {
      setPassword('');
      requestAnimationFrame(() => input.current?.focus());
    },
  });
  const signOut = useMutation({ mutationFn: () => session.logout() });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(password === '');
    if (password === '') {
      input.current?.focus();
      return;
    }
    unlock.mutate();
  };

  return (
    <AuthCard title={t('identity.unlock.title')}>
      <p className="muted">{t('identity.unlock.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          ref={input}
          label={t('identity.field.password')}
          type="password"
          autoComplete="current-password"
          autoFocus
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={empty ? t('identity.validation.required') : null}
          testId="unlock-password"
        />
        <ErrorAlert
          error={unlock.error}
          overrides={{ invalid_credentials: 'identity.unlock.wrongPassword' }}
        />
        {unlock.isPending ? <Progress label={t('identity.unlock.pending')} /> : null}
        <Button type="submit" variant="primary" pending={unlock.isPending} testId="unlock-submit">
          {t('identity.unlock.submit')}
        </Button>
      </form>
      <p className="auth-switch">
        <button
          type="button"
          className="link-button"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending || unlock.isPending}
        >
          {t('identity.unlock.signOut')}
        </button>
      </p>
    </AuthCard>
  );
}
