import { indicatorsFor } from '@vigil/analytics';
import type { VaultView } from '@vigil/client';
import {
  can,
  EXPERT_CONFIDENCES,
  EXPERT_EVIDENCE_MAX,
  expertValueInputSchema,
  facilityName,
  REGIONS,
  vocabLocaleOf,
  type ExpertConfidence,
  type ExpertValue,
  type RiskIndexLevel,
} from '@vigil/core';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Loading } from '../../ui/Loading';
import { useFacilities } from '../facilities/queries';
import { useIndexLabels } from './labels';
import { indicatorOf, unitName } from './model/format';
import { useDeleteExpertValue, useExpertValues, usePutExpertValue } from './queries';

interface Draft {
  readonly indicator: string;
  readonly unit: string;
  readonly from: string;
  readonly to: string;
  readonly value: string;
  readonly confidence: ExpertConfidence;
  readonly evidence: string;
}

const thisYear = () => new Date().getFullYear();
const emptyDraft = (indicator: string, unit: string, period: { from?: string; to?: string }) => ({
  indicator,
  unit,
  from: period.from ?? `${thisYear() - 1}-01-01`,
  to: period.to ?? `${thisYear() - 1}-12-31`,
  value: '',
  confidence: 'medium' as const,
  evidence: '',
});

/** The units an expert may rate at a level: the two countries, the regions, the register. */
function useUnitChoices(level: RiskIndexLevel): { id: string; name: string }[] {
  const { locale } = useLocale();
  const facilities = useFacilities();
  return useMemo(() => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    if (level === 'country') {
      return ['RU', 'UA'].map((id) => ({ id, name: unitName('country', id, locale) })).sort(byName);
    }
    if (level === 'region') {
      return REGIONS.map((r) => ({
        id: r.code,
        name: `${r.names[vocabLocaleOf(locale)]} (${r.code})`,
      })).sort(byName);
    }
    return (facilities.data ?? [])
      .map((f) => ({ id: f.id, name: facilityName(f.names, vocabLocaleOf(locale)) }))
      .sort(byName);
  }, [level, locale, facilities.data]);
}

/**
 * The expert values of the vault at a level: a list, and for those who document a form to enter
 * one with its evidence and confidence. The evidence is stored in plaintext on the server (it is
 * about laws and public facts), and the form says so.
 */
export function ExpertValues({
  vault,
  level,
  period,
  name,
}: {
  readonly vault: VaultView;
  readonly level: RiskIndexLevel;
  readonly period: { from?: string; to?: string };
  readonly name: (unit: string) => string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useIndexLabels();
  const id = useId();
  const mayWrite = can(vault.role, 'records.write');
  const values = useExpertValues(vault.id, level);
  const put = usePutExpertValue(vault.id);
  const remove = useDeleteExpertValue(vault.id);
  const indicators = indicatorsFor(level).filter((d) => d.source === 'expert');
  const units = useUnitChoices(level);
  const [draft, setDraft] = useState<Draft>(() =>
    emptyDraft(indicators[0]?.id ?? '', units[0]?.id ?? '', period),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<ExpertValue | null>(null);
  const [removing, setRemoving] = useState<ExpertValue | null>(null);
  const definition = indicatorOf(draft.indicator);
  const max = definition?.normalisation.kind === 'goalposts' ? definition.normalisation.max : 4;
  const unit = units.some((u) => u.id === draft.unit) ? draft.unit : (units[0]?.id ?? '');
  const indicator = indicators.some((d) => d.id === draft.indicator)
    ? draft.indicator
    : (indicators[0]?.id ?? '');
  const set = (patch: Partial<Draft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      indicator,
      level,
      unit,
      from: draft.from,
      to: draft.to,
      value: Number(draft.value),
      evidence: draft.evidence,
      confidence: draft.confidence,
    };
    const checked = expertValueInputSchema.safeParse(input);
    if (draft.value === '' || !checked.success) {
      const field = draft.value === '' ? 'value' : String(checked.error?.issues[0]?.path[0] ?? '');
      setProblem(
        t('riskIndex.expert.invalid', {
          field: t(`riskIndex.expert.field.${field}` as 'riskIndex.expert.field.value'),
        }),
      );
      return;
    }
    setProblem(null);
    put.mutate(input, {
      onSuccess: (value) => {
        setSaved(value);
        setDraft((d) => ({ ...d, value: '', evidence: '' }));
      },
    });
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="risk-experts">
      <h2 id={`${id}-title`}>{t('riskIndex.expert.title')}</h2>
      <p className="muted">{t('riskIndex.expert.intro')}</p>
      {values.isPending ? <Loading /> : null}
      {values.isError ? <ErrorAlert error={values.error} /> : null}
      {values.data !== undefined && values.data.length === 0 ? (
        <p className="muted" data-testid="risk-experts-empty">
          {t('riskIndex.expert.none')}
        </p>
      ) : null}
      {values.data !== undefined && values.data.length > 0 ? (
        <div className="ri-table-wrap">
          <table className="table" data-testid="risk-experts-list">
            <thead>
              <tr>
                <th scope="col">{t('riskIndex.expert.field.indicator')}</th>
                <th scope="col">{t('riskIndex.expert.field.unit')}</th>
                <th scope="col">{t('riskIndex.expert.period')}</th>
                <th scope="col">{t('riskIndex.expert.field.value')}</th>
                <th scope="col">{t('riskIndex.expert.field.confidence')}</th>
                <th scope="col">{t('riskIndex.expert.field.evidence')}</th>
                {mayWrite ? <th scope="col">{t('riskIndex.expert.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {values.data.map((v) => (
                <tr key={v.id} data-testid="risk-expert-row" data-indicator={v.indicator}>
                  <th scope="row">{labels.indicator(v.indicator)}</th>
                  <td>{name(v.unit)}</td>
                  <td>{`${v.from} – ${v.to}`}</td>
                  <td>{v.value}</td>
                  <td>{t(`riskIndex.confidence.${v.confidence}`)}</td>
                  <td className="ri-evidence-cell">{v.evidence}</td>
                  {mayWrite ? (
                    <td>
                      <Button
                        variant="quiet"
                        onClick={() => setRemoving(v)}
                        testId="risk-expert-delete"
                      >
                        {t('riskIndex.expert.delete')}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {mayWrite ? (
        <form
          className="stack"
          onSubmit={submit}
          aria-labelledby={`${id}-form`}
          data-testid="risk-expert-form"
        >
          <h3 id={`${id}-form`}>{t('riskIndex.expert.formTitle')}</h3>
          <div className="ri-form-row">
            <div className="field">
              <label htmlFor={`${id}-indicator`}>{t('riskIndex.expert.field.indicator')}</label>
              <select
                id={`${id}-indicator`}
                value={indicator}
                onChange={(e) => set({ indicator: e.target.value, value: '' })}
                data-testid="risk-expert-indicator"
              >
                {indicators.map((d) => (
                  <option key={d.id} value={d.id}>
                    {labels.indicator(d.id)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-unit`}>{t('riskIndex.expert.field.unit')}</label>
              <select
                id={`${id}-unit`}
                value={unit}
                onChange={(e) => set({ unit: e.target.value })}
                data-testid="risk-expert-unit"
              >
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {definition === undefined ? null : (
            <p className="small ri-method" data-testid="risk-expert-method">
              {locale === 'ru' ? definition.method.ru : definition.method.en}
            </p>
          )}
          <div className="ri-form-row">
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('riskIndex.expert.field.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={draft.from}
                onChange={(e) => set({ from: e.target.value })}
                required
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('riskIndex.expert.field.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={draft.to}
                onChange={(e) => set({ to: e.target.value })}
                required
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-value`}>{t('riskIndex.expert.field.value')}</label>
              <select
                id={`${id}-value`}
                value={draft.value}
                onChange={(e) => set({ value: e.target.value })}
                required
                data-testid="risk-expert-value"
              >
                <option value="">{t('riskIndex.expert.choose')}</option>
                {Array.from({ length: max + 1 }, (_, n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-confidence`}>{t('riskIndex.expert.field.confidence')}</label>
              <select
                id={`${id}-confidence`}
                value={draft.confidence}
                onChange={(e) => {
                  const c = EXPERT_CONFIDENCES.find((x) => x === e.target.value);
                  if (c !== undefined) set({ confidence: c });
                }}
                data-testid="risk-expert-confidence"
              >
                {EXPERT_CONFIDENCES.map((c) => (
                  <option key={c} value={c}>
                    {t(`riskIndex.confidence.${c}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-evidence`}>{t('riskIndex.expert.field.evidence')}</label>
            <textarea
              id={`${id}-evidence`}
              value={draft.evidence}
              maxLength={EXPERT_EVIDENCE_MAX}
              rows={4}
              required
              aria-describedby={`${id}-plaintext`}
              onChange={(e) => set({ evidence: e.target.value })}
              data-testid="risk-expert-evidence"
            />
            <div className="field-hint ri-plaintext" id={`${id}-plaintext`}>
              {t('riskIndex.expert.plaintext', { max: EXPERT_EVIDENCE_MAX })}
            </div>
          </div>
          {problem === null ? null : (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <ErrorAlert error={put.error} />
          {saved === null ? null : (
            <Notice>
              {t('riskIndex.expert.saved', {
                name: labels.indicator(saved.indicator),
                unit: name(saved.unit),
                version: saved.version,
              })}
            </Notice>
          )}
          <div className="actions">
            <Button
              type="submit"
              variant="primary"
              pending={put.isPending}
              testId="risk-expert-save"
            >
              {t('riskIndex.expert.save')}
            </Button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('riskIndex.expert.deleteTitle')}
        confirmLabel={t('riskIndex.expert.delete')}
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing !== null) remove.mutate(removing.id, { onSettled: () => setRemoving(null) });
        }}
      >
        {removing === null
          ? null
          : t('riskIndex.expert.deleteBody', {
              name: labels.indicator(removing.indicator),
              unit: name(removing.unit),
            })}
      </ConfirmDialog>
      <ErrorAlert error={remove.error} />
    </section>
  );
}
