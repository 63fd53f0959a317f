import type { ReactNode } from 'react';
import type { MessageId } from '../app/i18n/en';
import { errorMessageId } from '../app/i18n/errors';
import { useT } from '../app/i18n/LocaleProvider';

/** A translated error message for any error, keyed on its stable code. */
export function ErrorAlert({
  error,
  overrides,
}: {
  readonly error: unknown;
  readonly overrides?: Partial<Record<string, MessageId>>;
}) {
  const t = useT();
  if (error === null || error === undefined) return null;
  return (
    <div className="alert alert-error" role="alert">
      {t(errorMessageId(error, overrides))}
    </div>
  );
}

/** A short confirmation or information line, announced politely. */
export function Notice({
  children,
  kind = 'success',
}: {
  readonly children: ReactNode;
  readonly kind?: 'success' | 'info' | 'warning';
}) {
  return (
    <div className={`alert alert-${kind}`} role="status">
      {children}
    </div>
  );
}
