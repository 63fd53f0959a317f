import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { useSession } from '../../app/session';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { RecoveryCodes } from './RecoveryCodes';
import { totpProblem } from './validation';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'setup'; readonly secret: string; readonly uri: string }
  | { readonly kind: 'codes'; readonly codes: readonly string[] };

/** Turns TOTP on (secret, code, one-time recovery codes) or off (with a current code). */
export function TotpSection() {
  const t = useT();
  const session = useSession();
  const enabled = session.account?.totpEnabled === true;
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState<'enabled' | 'disabled' | null>(null);

  const setup = useMutation({
    mutationFn: () => session.client.totp.setup(),
    onSuccess: ({ secret, uri }) => {
      setDone(null);
      setCode('');
      setStage({ kind: 'setup', secret, uri });
    },
  });
  const enable = useMutation({
    mutationFn: (value: string) => session.client.totp.enable(value),
    onSuccess: ({ recoveryCodes }) => {
      session.setTotpEnabled(true);
      setStage({ kind: 'codes', codes: recoveryCodes });
    },
  });
  const disable = useMutation({
    mutationFn: (value: string) => session.client.totp.disable(value),
    onSuccess: () => {
      session.setTotpEnabled(false);
      setCode('');
      setDone('disabled');
    },
  });

  const submitCode = (action: (value: string) => void) => (event: FormEvent) => {
    event.preventDefault();
    const problem = totpProblem(code) !== null;
    setInvalid(problem);
    if (!problem) action(code.replace(/\s/g, ''));
  };

  const codeField = (testId: string) => (
    <Field
      label={t('identity.totp.code')}
      autoFocus
      autoComplete="one-time-code"
      inputMode="numeric"
      maxLength={7}
      className="field-code"
      value={code}
      onChange={(e) => setCode(e.target.value)}
      error={invalid ? t('identity.validation.totpFormat') : null}
      testId={testId}
    />
  );

  let body;
  if (stage.kind === 'codes') {
    body = (
      <RecoveryCodes
        codes={stage.codes}
        onDone={() => {
          setStage({ kind: 'idle' });
          setDone('enabled');
        }}
      />
    );
  } else if (stage.kind === 'setup') {
    body = (
      <form className="form" noValidate onSubmit={submitCode((value) => enable.mutate(value))}>
        <p>{t('identity.totp.setupIntro')}</p>
        <div className="secret-block">
          <span className="secret-label">{t('identity.totp.secret')}</span>
          <code className="secret" data-testid="totp-secret">
            {stage.secret.replace(/(.{4})/g, '$1 ').trim()}
          </code>
          <span className="secret-label">{t('identity.totp.uri')}</span>
          <code className="secret secret-uri" data-testid="totp-uri">
            {stage.uri}
          </code>
        </div>
        {codeField('totp-enable-code')}
        <ErrorAlert error={enable.error} />
        <div className="actions">
          <Button
            type="submit"
            variant="primary"
            pending={enable.isPending}
            testId="totp-enable-submit"
          >
            {t('identity.totp.enable')}
          </Button>
          <Button onClick={() => setStage({ kind: 'idle' })} disabled={enable.isPending}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    );
  } else if (enabled) {
    body = (
      <form className="form" noValidate onSubmit={submitCode((value) => disable.mutate(value))}>
        <p>{t('identity.totp.statusOn')}</p>
        <p className="muted">{t('identity.totp.disableIntro')}</p>
        {codeField('totp-disable-code')}
        <ErrorAlert error={disable.error} />
        <div className="actions">
          <Button
            type="submit"
            variant="danger"
            pending={disable.isPending}
            testId="totp-disable-submit"
          >
            {t('identity.totp.disable')}
          </Button>
        </div>
      </form>
    );
  } else {
    body = (
      <>
        <p>{t('identity.totp.statusOff')}</p>
        <ErrorAlert error={setup.error} />
        <div className="actions">
          <Button
            variant="primary"
            pending={setup.isPending}
            onClick={() => setup.mutate()}
            testId="totp-start"
          >
            {t('identity.totp.start')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="totp-heading">
      <h2 id="totp-heading">
        {t('identity.totp.title')}{' '}
        <span className={enabled ? 'badge badge-ok' : 'badge'}>
          {t(enabled ? 'identity.totp.on' : 'identity.totp.off')}
        </span>
      </h2>
      {done ? (
        <Notice>
          {t(done === 'enabled' ? 'identity.totp.enabled' : 'identity.totp.disabled')}
        </Notice>
      ) : null}
      {body}
    </section>
  );
}
