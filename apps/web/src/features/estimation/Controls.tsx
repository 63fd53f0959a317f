import { ESTIMATION_METHODS, type EstimationMethod } from '@vigil/analytics';
import { LIST_BY, PATTERN_STRATA, type ListBy, type PatternStratum } from '@vigil/core';
import { useId, type FormEvent } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { useListLabel } from './labels';
import { methodProblemOf } from './model/patterns';
import type { EstimationView } from './model/view';

/**
 * The choices of an estimate: what a list is, which lists (with their people), the strata, the
 * method (a method the lists do not allow is disabled, and says why) and the seed. A form:
 * Enter in the seed runs the estimate, every control is reached with Tab.
 */
export function Controls({
  view,
  candidates,
  seedText,
  seedError,
  running,
  canRun,
  onChange,
  onSeedText,
  onRun,
  onCancel,
}: {
  readonly view: EstimationView;
  /** The lists that may be chosen, most people first; undefined while they load. */
  readonly candidates: readonly { readonly code: string; readonly people: number }[] | undefined;
  readonly seedText: string;
  readonly seedError: boolean;
  readonly running: boolean;
  readonly canRun: boolean;
  readonly onChange: (view: EstimationView) => void;
  readonly onSeedText: (text: string) => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const listLabel = useListLabel();
  const chosen = view.lists ?? [];

  const toggle = (code: string, on: boolean) => {
    // Columns keep the order of the candidates (most people first), whatever the clicks' order.
    const next = (candidates ?? [])
      .map((c) => c.code)
      .filter((c) => (c === code ? on : chosen.includes(c)));
    onChange({ ...view, lists: next });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canRun && !running) onRun();
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('estimation.controls.title')}</h2>
      <div className="est-controls">
        <div className="field">
          <label htmlFor={`${id}-by`}>{t('estimation.controls.listBy')}</label>
          <select
            id={`${id}-by`}
            value={view.listBy}
            onChange={(e) =>
              onChange({ ...view, listBy: e.target.value as ListBy, lists: undefined })
            }
            data-testid="est-list-by"
          >
            {LIST_BY.map((by) => (
              <option key={by} value={by}>
                {t(`estimation.listBy.${by}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-stratum`}>{t('estimation.controls.stratum')}</label>
          <select
            id={`${id}-stratum`}
            value={view.stratumBy}
            onChange={(e) => onChange({ ...view, stratumBy: e.target.value as PatternStratum })}
            data-testid="est-stratum"
          >
            {PATTERN_STRATA.map((s) => (
              <option key={s} value={s}>
                {t(`estimation.stratum.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {candidates === undefined || candidates.length === 0 ? null : (
        <fieldset className="est-fieldset" aria-describedby={`${id}-lists-hint`}>
          <legend>{t('estimation.controls.lists')}</legend>
          <p className="small muted" id={`${id}-lists-hint`}>
            {t('estimation.controls.listsHint')}
          </p>
          <div className="est-checks">
            {candidates.map((c) => (
              <label className="check" key={c.code}>
                <input
                  type="checkbox"
                  checked={chosen.includes(c.code)}
                  onChange={(e) => toggle(c.code, e.target.checked)}
                  data-testid="est-list"
                  data-code={c.code}
                />{' '}
                {listLabel(view.listBy, c.code)}{' '}
                <span className="muted small">
                  ({t('estimation.controls.listPeople', { count: c.people })})
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset className="est-fieldset">
        <legend>{t('estimation.controls.method')}</legend>
        {ESTIMATION_METHODS.map((m: EstimationMethod) => {
          const problem = methodProblemOf(m, chosen.length);
          const why = `${id}-why-${m}`;
          return (
            <div key={m} className="est-method">
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-method`}
                  value={m}
                  checked={view.method === m}
                  disabled={problem !== null}
                  aria-describedby={problem === null ? undefined : why}
                  onChange={() => onChange({ ...view, method: m })}
                  data-testid={`est-method-${m}`}
                />{' '}
                {t(`estimation.method.${m}`)}
              </label>
              {problem === null ? null : (
                <span className="small muted" id={why} data-testid={`est-method-why-${m}`}>
                  {problem.reason === 'tooFewLists'
                    ? t('estimation.method.tooFewLists', {
                        min: problem.min,
                        count: chosen.length,
                      })
                    : t('estimation.method.tooManyLists', {
                        max: problem.max,
                        count: chosen.length,
                      })}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      <div className="est-controls">
        <div className="field est-seed">
          <label htmlFor={`${id}-seed`}>{t('estimation.controls.seed')}</label>
          <input
            id={`${id}-seed`}
            inputMode="numeric"
            value={seedText}
            onChange={(e) => onSeedText(e.target.value)}
            aria-invalid={seedError || undefined}
            aria-describedby={`${id}-seed-hint`}
            data-testid="est-seed"
          />
          <div className="field-hint" id={`${id}-seed-hint`}>
            {seedError ? (
              <span className="field-error">{t('estimation.controls.badSeed')}</span>
            ) : (
              t('estimation.controls.seedHint')
            )}
          </div>
        </div>
      </div>
      <div className="actions">
        <Button
          type="submit"
          variant="primary"
          pending={running}
          disabled={!canRun}
          testId="est-run"
        >
          {t('estimation.controls.run')}
        </Button>
        {running ? (
          <Button onClick={onCancel} testId="est-cancel">
            {t('estimation.controls.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
