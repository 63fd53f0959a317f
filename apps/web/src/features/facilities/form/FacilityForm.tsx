import { COORDINATE_PRECISIONS, FACILITY_AUTHORITIES, FACILITY_TYPES } from '@vigil/core';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../../records/shared/useLabeller';
import { authorityLabel, regionName, typeLabel } from '../labels';
import { regionsByCountry, sortByName } from '../model/register';
import { controlId, Labelled, Problems, useProblemText } from './FormBits';
import { problemsAt, type FormProblem, type FormValues } from './formModel';
import { SourceRows, StatusRows, UnitRows } from './RowEditors';

/**
 * Every field of a facility. The state lives with the page (it survives a failed save); problems
 * come from the page too, found here before sending or named by the server, each shown next to
 * its field and counted in a summary that takes focus after a failed save.
 */
export function FacilityForm({
  values,
  onChange,
  problems,
  pending,
  onSubmit,
  onCancel,
  notice,
}: {
  readonly values: FormValues;
  readonly onChange: (values: FormValues) => void;
  readonly problems: readonly FormProblem[];
  readonly pending: boolean;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  /** Shown above the buttons: a possible duplicate, a conflict, a server error. */
  readonly notice?: ReactNode;
}) {
  const t = useT();
  const l = useLabeller();
  const text = useProblemText();
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    onChange({ ...values, [key]: value });
  const at = (path: string) => problemsAt(problems, path);
  const coordinatesGroup = { errorId: 'fac-coordinates-error', problems: at('coordinates') };

  // After a failed save, the summary takes focus so the problems are heard and seen first.
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="fac-form stack-lg" onSubmit={submit} noValidate data-testid="facility-form">
      {problems.length > 0 ? (
        <div
          ref={summary}
          tabIndex={-1}
          className="alert alert-error"
          role="alert"
          data-testid="facility-form-problems"
        >
          <p>{t('facilities.form.problems', { count: problems.length })}</p>
          <ul className="fac-problems">
            {problems.map((p, i) => (
              <li key={i}>
                <a
                  href={`#${controlId(p.path === '' ? 'names.ru' : p.path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusPath(p.path);
                  }}
                >
                  {text(p)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset className="stack" aria-describedby="fac-names-hint">
        <legend>{t('facilities.field.names')}</legend>
        <div className="field-hint" id="fac-names-hint">
          {t('facilities.field.namesHint')}
        </div>
        <Problems id="fac-names-error" problems={at('names')} testId="problems-names" />
        <div className="fac-grid">
          {(['ru', 'en', 'uk'] as const).map((lang) => (
            <Labelled
              key={lang}
              path={`names.${lang}`}
              label={
                lang === 'ru'
                  ? 'facilities.field.nameRu'
                  : lang === 'en'
                    ? 'facilities.field.nameEn'
                    : 'facilities.field.nameUk'
              }
              problems={at(`names.${lang}`)}
            >
              {(c) => (
                <input
                  {...c}
                  lang={lang}
                  value={values.names[lang]}
                  maxLength={300}
                  onChange={(e) => set('names', { ...values.names, [lang]: e.target.value })}
                  data-testid={`facility-name-${lang}`}
                />
              )}
            </Labelled>
          ))}
        </div>
        <Labelled
          path="aliases"
          label="facilities.field.aliases"
          hint="facilities.field.aliasesHint"
          problems={problemsAt(problems, 'aliases', true)}
        >
          {(c) => (
            <textarea
              {...c}
              rows={3}
              value={values.aliases.join('\n')}
              onChange={(e) => set('aliases', e.target.value.split('\n'))}
            />
          )}
        </Labelled>
      </fieldset>

      <div className="fac-grid">
        <Labelled path="type" label="facilities.field.type" problems={at('type')}>
          {(c) => (
            <select
              {...c}
              value={values.type}
              onChange={(e) => set('type', FACILITY_TYPES.find((x) => x === e.target.value) ?? '')}
              data-testid="facility-type"
            >
              <option value="">{t('facilities.field.choose')}</option>
              {sortByName(FACILITY_TYPES, (x) => typeLabel(l, x), l.locale).map((x) => (
                <option key={x} value={x}>
                  {typeLabel(l, x)}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled path="authority" label="facilities.field.authority" problems={at('authority')}>
          {(c) => (
            <select
              {...c}
              value={values.authority}
              onChange={(e) =>
                set('authority', FACILITY_AUTHORITIES.find((x) => x === e.target.value) ?? '')
              }
              data-testid="facility-authority"
            >
              <option value="">{t('facilities.field.choose')}</option>
              {FACILITY_AUTHORITIES.map((x) => (
                <option key={x} value={x}>
                  {authorityLabel(l, x)}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled path="region" label="facilities.field.region" problems={at('region')}>
          {(c) => (
            <select
              {...c}
              value={values.region}
              onChange={(e) => set('region', e.target.value)}
              data-testid="facility-region-select"
            >
              <option value="">{t('facilities.field.choose')}</option>
              {regionsByCountry((code) => regionName(l, code), l.locale).map((group) => (
                <optgroup key={group.country} label={t(`facilities.country.${group.country}`)}>
                  {group.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name} ({r.code})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Labelled>
      </div>

      <fieldset
        className="stack"
        aria-describedby="fac-coordinates-hint"
        data-testid="facility-coordinates-field"
      >
        <legend>{t('facilities.field.coordinates')}</legend>
        <div className="field-hint" id="fac-coordinates-hint">
          {t('facilities.field.coordinatesHint')}
        </div>
        <div className="fac-grid">
          <Labelled
            path="coordinates.lat"
            label="facilities.field.lat"
            problems={at('coordinates.lat')}
            group={coordinatesGroup}
          >
            {(c) => (
              <input
                {...c}
                inputMode="decimal"
                autoComplete="off"
                value={values.lat}
                onChange={(e) => set('lat', e.target.value)}
                data-testid="facility-lat"
              />
            )}
          </Labelled>
          <Labelled
            path="coordinates.lon"
            label="facilities.field.lon"
            problems={at('coordinates.lon')}
            group={coordinatesGroup}
          >
            {(c) => (
              <input
                {...c}
                inputMode="decimal"
                autoComplete="off"
                value={values.lon}
                onChange={(e) => set('lon', e.target.value)}
                data-testid="facility-lon"
              />
            )}
          </Labelled>
          <Labelled
            path="coordinates.precision"
            label="facilities.field.precision"
            problems={at('coordinates.precision')}
          >
            {(c) => (
              <select
                {...c}
                value={values.precision}
                onChange={(e) =>
                  set(
                    'precision',
                    COORDINATE_PRECISIONS.find((x) => x === e.target.value) ?? 'settlement',
                  )
                }
              >
                {COORDINATE_PRECISIONS.map((x) => (
                  <option key={x} value={x}>
                    {t(`facilities.precision.${x}`)}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
        </div>
        {/* The server's check of the point against the region lands here ("812 km outside…"). */}
        <Problems
          id="fac-coordinates-error"
          problems={at('coordinates')}
          testId="problems-coordinates"
        />
      </fieldset>

      <div className="fac-grid">
        <Labelled
          path="capacity"
          label="facilities.field.capacity"
          hint="facilities.field.capacityHint"
          problems={at('capacity')}
        >
          {(c) => (
            <input
              {...c}
              inputMode="numeric"
              autoComplete="off"
              value={values.capacity}
              onChange={(e) => set('capacity', e.target.value)}
            />
          )}
        </Labelled>
      </div>

      <StatusRows
        rows={values.status}
        problems={problems}
        onChange={(rows) => set('status', rows)}
      />
      <UnitRows rows={values.units} problems={problems} onChange={(rows) => set('units', rows)} />
      <SourceRows
        rows={values.sources}
        problems={problems}
        onChange={(rows) => set('sources', rows)}
      />

      {notice}
      <div className="actions">
        <Button type="submit" variant="primary" pending={pending} testId="facility-save">
          {pending ? t('facilities.form.saving') : t('facilities.form.save')}
        </Button>
        <Button onClick={onCancel} disabled={pending}>
          {t('facilities.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Moves focus to the control of a problem's path, or to the nearest one that exists. */
const focusPath = (path: string): void => {
  const parts = path === '' ? ['names', 'ru'] : path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(controlId(parts.slice(0, n).join('.')));
    if (el !== null) {
      el.focus();
      return;
    }
  }
  // Group-level paths (`names`, `coordinates`, `status.1`) have no control: their first one.
  const prefix = controlId(parts.join('.'));
  const first = document.querySelector<HTMLElement>(
    ['input', 'select', 'textarea'].map((tag) => `${tag}[id^="${prefix}-"]`).join(', '),
  );
  first?.focus();
};
