import { useT } from '../../app/i18n/LocaleProvider';
import { errorCodeOf } from '../../app/i18n/errors';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/**
 * "Save clusters": stores the clusters on screen as a new run of pseudonymous ids. A save refused
 * because someone saved a newer run (`stale_link_run`) says so and offers to reload.
 */
export function SaveClusters({
  pending,
  disabled,
  error,
  onSave,
  onReload,
}: {
  readonly pending: boolean;
  readonly disabled: boolean;
  readonly error: unknown;
  readonly onSave: () => void;
  readonly onReload: () => void;
}) {
  const t = useT();
  const stale = errorCodeOf(error) === 'stale_link_run';
  return (
    <section className="card stack" aria-labelledby="lk-save-title" data-testid="linkage-save">
      <h2 id="lk-save-title">{t('linkage.save.title')}</h2>
      <p className="muted small">{t('linkage.save.hint')}</p>
      <div className="actions">
        <Button
          variant="primary"
          pending={pending}
          disabled={disabled}
          onClick={onSave}
          testId="linkage-save-button"
        >
          {t('linkage.save.button')}
        </Button>
      </div>
      {stale ? (
        <div className="alert alert-error stack" role="alert" data-testid="linkage-save-stale">
          <p>{t('linkage.save.stale')}</p>
          <Button onClick={onReload} testId="linkage-save-reload">
            {t('linkage.save.reload')}
          </Button>
        </div>
      ) : (
        <ErrorAlert error={error} />
      )}
    </section>
  );
}
