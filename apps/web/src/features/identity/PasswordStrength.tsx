import { useT } from '../../app/i18n/LocaleProvider';
import { passwordStrength } from './passwordStrength';

/** A four-segment strength meter with its word, updated as the user types. */
export function PasswordStrengthMeter({ password }: { readonly password: string }) {
  const t = useT();
  if (password === '') return null;
  const score = passwordStrength(password);
  const word = t(`identity.strength.${score}`);
  return (
    <div className={`strength strength-${score}`}>
      <div className="strength-bars" aria-hidden="true">
        {[1, 2, 3, 4].map((n) => (
          <span key={n} className={n <= score ? 'on' : undefined} />
        ))}
      </div>
      <span>
        {t('identity.strength.label')}: <strong>{word}</strong>
      </span>
    </div>
  );
}
