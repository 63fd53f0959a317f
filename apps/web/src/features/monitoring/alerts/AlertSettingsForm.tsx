import type { AlertSettings, VaultId } from '@vigil/core';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { parseAlertSettings } from '../model/alerts';
import { useSetAlertSettings } from '../queries';

const FIELDS = ['incommunicadoDays', 'clusterWindowDays', 'clusterThreshold'] as const;

/** When the vault's alerts are raised: owners and admins change it here, for every member. */
export function AlertSettingsForm({
  vaultId,
  settings,
}: {
  readonly vaultId: VaultId;
  readonly settings: AlertSettings;
}) {
  const t = useT();
  const id = useId();
  const save = useSetAlertSettings(vaultId);
  const [text, setText] = useState<Record<keyof AlertSettings, string>>({
    incommunicadoDays: String(settings.incommunicadoDays),
    clusterWindowDays: String(settings.clusterWindowDays),
    clusterThreshold: String(settings.clusterThreshold),
  });
  const [bad, setBad] = useState<readonly (keyof AlertSettings)[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = parseAlertSettings(text);
    if (!parsed.ok) {
      setBad(parsed.fields);
      return;
    }
    setBad([]);
    save.mutate(parsed.settings, { onSuccess: () => setSaved(true) });
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="alert-settings">
      <h2 id={`${id}-title`}>{t('monitoring.settings.title')}</h2>
      <p className="muted small">{t('monitoring.settings.intro')}</p>
      <form className="alert-settings" onSubmit={submit} noValidate>
        {FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`monitoring.settings.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type="number"
              inputMode="numeric"
              min={field === 'clusterThreshold' ? 2 : 1}
              max={field === 'clusterThreshold' ? 10_000 : 365}
              value={text[field]}
              aria-invalid={bad.includes(field) ? true : undefined}
              aria-describedby={`${id}-${field}-hint`}
              onChange={(e) => setText((s) => ({ ...s, [field]: e.target.value }))}
              data-testid={`alert-setting-${field}`}
            />
            <span
              id={`${id}-${field}-hint`}
              className={bad.includes(field) ? 'field-error' : 'field-hint'}
            >
              {t(`monitoring.settings.${field}Hint`)}
            </span>
          </div>
        ))}
        <div className="actions">
          <Button
            type="submit"
            variant="primary"
            pending={save.isPending}
            testId="alert-settings-save"
          >
            {t('monitoring.settings.save')}
          </Button>
        </div>
      </form>
      {bad.length > 0 ? (
        <div className="alert alert-error" role="alert">
          {t('monitoring.settings.invalid')}
        </div>
      ) : null}
      {saved ? <Notice>{t('monitoring.settings.saved')}</Notice> : null}
      <ErrorAlert error={save.error} />
    </section>
  );
}
