import { useId, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';

/** Shows the recovery codes exactly once; leaving needs an explicit "I have stored them". */
export function RecoveryCodes({
  codes,
  onDone,
}: {
  readonly codes: readonly string[];
  readonly onDone: () => void;
}) {
  const t = useT();
  const [stored, setStored] = useState(false);
  const checkId = useId();
  return (
    <div className="recovery">
      <h3>{t('identity.totp.recoveryTitle')}</h3>
      <p>{t('identity.totp.recoveryIntro')}</p>
      <ol className="recovery-codes" data-testid="totp-recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="check">
        <input
          id={checkId}
          type="checkbox"
          autoFocus
          checked={stored}
          onChange={(e) => setStored(e.target.checked)}
          data-testid="totp-recovery-stored"
        />
        <label htmlFor={checkId}>{t('identity.totp.recoveryStored')}</label>
      </div>
      <div className="actions">
        <Button variant="primary" disabled={!stored} onClick={onDone} testId="totp-recovery-done">
          {t('identity.totp.recoveryDone')}
        </Button>
      </div>
    </div>
  );
}
