import type { FormEvent } from 'react';
import { useId } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { localeNames } from '../../../app/i18n/locale';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import {
  MAX_K,
  MAX_TITLE,
  MIN_K,
  SITE_LANGS,
  withLang,
  type PublishSettings,
  type SettingsProblem,
} from '../model/publish';

/**
 * What to publish: k, the period (the page's to start with), the site's language and its title.
 * Problems are said next to their field; while the server computes, the form waits.
 */
export function PublishSettingsForm({
  settings,
  problems,
  pending,
  error,
  onChange,
  onSubmit,
  onClose,
}: {
  readonly settings: PublishSettings;
  readonly problems: readonly SettingsProblem[];
  readonly pending: boolean;
  readonly error: unknown;
  readonly onChange: (next: PublishSettings) => void;
  readonly onSubmit: (event: FormEvent) => void;
  readonly onClose: () => void;
}) {
  const t = useT();
  const id = useId();
  const has = (p: SettingsProblem) => problems.includes(p);
  const dayProblem = t('statistics.period.badDay');
  return (
    <form className="stack" onSubmit={onSubmit} noValidate data-testid="stats-publish-form">
      <div className="stack">
        <Field
          label={t('statistics.publish.k')}
          type="number"
          inputMode="numeric"
          min={MIN_K}
          max={MAX_K}
          step={1}
          value={settings.k}
          onChange={(e) => onChange({ ...settings, k: e.target.value })}
          hint={t('statistics.publish.kHint')}
          error={has('k') ? t('statistics.publish.kProblem') : null}
          // The first field: focus starts here, and comes back here from the preview.
          autoFocus
          testId="stats-publish-k"
        />
        <div className="stats-row">
          <Field
            label={t('statistics.period.from')}
            type="date"
            value={settings.from}
            onChange={(e) => onChange({ ...settings, from: e.target.value })}
            error={has('from') ? dayProblem : null}
            testId="stats-publish-from"
          />
          <Field
            label={t('statistics.period.to')}
            type="date"
            value={settings.to}
            onChange={(e) => onChange({ ...settings, to: e.target.value })}
            error={
              has('to') ? dayProblem : has('reversed') ? t('statistics.period.reversed') : null
            }
            testId="stats-publish-to"
          />
        </div>
        <p className="field-hint">{t('statistics.publish.periodHint')}</p>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('statistics.publish.lang')}</label>
          <select
            id={`${id}-lang`}
            value={settings.lang}
            onChange={(e) => {
              const lang = SITE_LANGS.find((l) => l === e.target.value);
              if (lang !== undefined) onChange(withLang(settings, lang));
            }}
            data-testid="stats-publish-lang"
          >
            {SITE_LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('statistics.publish.siteTitle')}
          value={settings.title}
          maxLength={MAX_TITLE}
          onChange={(e) => onChange({ ...settings, title: e.target.value })}
          error={has('title') ? t('statistics.publish.titleProblem') : null}
          testId="stats-publish-title"
        />
      </div>
      {pending ? (
        <p className="small muted" role="status">
          {t('statistics.publish.loading')}
        </p>
      ) : null}
      <ErrorAlert error={error} />
      <div className="dialog-actions">
        <Button onClick={onClose} testId="stats-publish-close">
          {t('statistics.publish.close')}
        </Button>
        <Button type="submit" variant="primary" pending={pending} testId="stats-publish-prepare">
          {t('statistics.publish.prepare')}
        </Button>
      </div>
    </form>
  );
}
