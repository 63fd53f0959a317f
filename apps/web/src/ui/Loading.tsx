import { useT } from '../app/i18n/LocaleProvider';

/** A loading line for whole sections; announced once by screen readers. */
export function Loading({ label }: { readonly label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </div>
  );
}

/** An indeterminate progress bar for work of unknown length (key derivation). */
export function Progress({ label }: { readonly label: string }) {
  return (
    <div className="progress" role="status">
      <div className="progress-track" aria-hidden="true">
        <div className="progress-bar" />
      </div>
      <span>{label}</span>
    </div>
  );
}
