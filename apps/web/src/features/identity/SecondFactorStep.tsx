import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { MessageId } from '../../app/i18n/en';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

/** What the user typed at the second step, and which kind of code it is. */
export interface SecondFactor {
  readonly kind: 'totp' | 'recovery';
  readonly code: string;
}

interface Props {
  readonly pending: boolean;
  readonly error: unknown;
  readonly validate: (kind: SecondFactor['kind'], code: string) => MessageId | null;
  readonly onSubmit: (factor: SecondFactor) => void;
  readonly onBack: () => void;
}

/** The second sign-in step: an authenticator code, or a one-time recovery code instead. */
export function SecondFactorStep({ pending, error, validate, onSubmit, onBack }: Props) {
  const t = useT();
  const [kind, setKind] = useState<SecondFactor['kind']>('totp');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<MessageId | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(kind, code);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    onSubmit({ kind, code });
  };

  const switchKind = () => {
    setKind(kind === 'totp' ? 'recovery' : 'totp');
    setCode('');
    setProblem(null);
    requestAnimationFrame(() => input.current?.focus());
  };

  const totp = kind === 'totp';
  return (
    <form onSubmit={submit} noValidate className="form">
      <p className="muted">
        {t(totp ? 'identity.login.totp.intro' : 'identity.login.recovery.intro')}
      </p>
      <Field
        key={kind}
        ref={input}
        label={t(totp ? 'identity.login.totp.field' : 'identity.login.recovery.field')}
        autoFocus
        autoComplete={totp ? 'one-time-code' : 'off'}
        inputMode={totp ? 'numeric' : 'text'}
        maxLength={totp ? 7 : 11}
        spellCheck={false}
        className={totp ? 'field-code' : undefined}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={problem ? t(problem) : null}
        testId={totp ? 'login-totp' : 'login-recovery'}
      />
      <ErrorAlert error={error} />
      <Button type="submit" variant="primary" pending={pending} testId="login-totp-submit">
        {t('identity.login.totp.submit')}
      </Button>
      <div className="form-links">
        <button
          type="button"
          className="link-button"
          onClick={switchKind}
          data-testid="login-switch-factor"
        >
          {t(totp ? 'identity.login.totp.useRecovery' : 'identity.login.totp.useApp')}
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          {t('identity.login.totp.back')}
        </button>
      </div>
    </form>
  );
}
