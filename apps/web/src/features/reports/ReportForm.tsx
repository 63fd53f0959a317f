import { REPORT_KINDS, REPORT_LANGS, type VaultView } from '@vigil/client';
import type { FormEvent } from 'react';
import { useId } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { nameOf } from '../facilities/labels';
import { useFacilities } from '../facilities/queries';
import { useLabeller } from '../records/shared/useLabeller';
import { requestProblem, type ReportRequest } from './model/request';
import { PEOPLE_LIMIT, usePeople } from './queries';

/** The choice of report and its parameters: period, person or facility, language. */
export function ReportForm({
  vault,
  request,
  onChange,
  onSubmit,
  pending,
}: {
  readonly vault: VaultView;
  readonly request: ReportRequest;
  readonly onChange: (next: ReportRequest) => void;
  readonly onSubmit: () => void;
  readonly pending: boolean;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const people = usePeople(vault.id, request.kind === 'communication');
  const facilities = useFacilities();
  const problem = requestProblem(request);
  const set = (patch: Partial<ReportRequest>) => onChange({ ...request, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problem === null) onSubmit();
  };
  const usesPeriod = request.kind !== 'communication';

  return (
    <form className="card stack" onSubmit={submit} aria-label={t('reports.form.title')} noValidate>
      <fieldset className="reports-kinds">
        <legend>{t('reports.kind.label')}</legend>
        {REPORT_KINDS.map((kind) => (
          <label key={kind} className="reports-kind">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={request.kind === kind}
              onChange={() => set({ kind })}
              data-testid={`report-kind-${kind}`}
            />
            <span>
              <strong>{t(`reports.kind.${kind}`)}</strong>
              <span className="muted small"> {t(`reports.kind.${kind}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="reports-row">
        {usesPeriod ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('reports.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={request.from}
                onChange={(e) => set({ from: e.target.value })}
                data-testid="report-from"
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('reports.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={request.to}
                onChange={(e) => set({ to: e.target.value })}
                data-testid="report-to"
              />
            </div>
          </>
        ) : null}
        {request.kind === 'annex' ? (
          <div className="field reports-wide">
            <label className="check">
              <input
                type="checkbox"
                checked={request.includeUnrecorded === true}
                onChange={(e) => set({ includeUnrecorded: e.target.checked })}
                aria-describedby={`${id}-unrecorded-hint`}
                data-testid="report-include-unrecorded"
              />{' '}
              {t('reports.unrecorded')}
            </label>
            <p className="field-hint" id={`${id}-unrecorded-hint`}>
              {t('reports.unrecorded.hint')}
            </p>
          </div>
        ) : null}
        {request.kind === 'communication' ? (
          <div className="field reports-wide">
            <label htmlFor={`${id}-person`}>{t('reports.person')}</label>
            {people.isPending ? (
              <Loading />
            ) : (people.data?.people.length ?? 0) === 0 ? (
              <p className="muted">{t('reports.person.none')}</p>
            ) : (
              <select
                id={`${id}-person`}
                value={request.person}
                onChange={(e) => set({ person: e.target.value })}
                data-testid="report-person"
              >
                <option value="">{t('reports.person.choose')}</option>
                {(people.data?.people ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.data.names?.[0] ?? t('reports.person.unnamed', { name: p.id.slice(-6) })}
                  </option>
                ))}
              </select>
            )}
            {people.data?.more === true ? (
              <p className="field-hint">{`≤ ${PEOPLE_LIMIT}`}</p>
            ) : null}
          </div>
        ) : null}
        {request.kind === 'facility' ? (
          <div className="field reports-wide">
            <label htmlFor={`${id}-facility`}>{t('reports.facility')}</label>
            <select
              id={`${id}-facility`}
              value={request.facility}
              onChange={(e) => set({ facility: e.target.value })}
              data-testid="report-facility"
            >
              <option value="">{t('reports.facility.choose')}</option>
              {(facilities.data ?? []).map((f) => (
                <option key={f.id} value={f.id}>
                  {nameOf(l, f)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('reports.lang')}</label>
          <select
            id={`${id}-lang`}
            value={request.lang}
            onChange={(e) => set({ lang: REPORT_LANGS.find((x) => x === e.target.value) ?? 'en' })}
            data-testid="report-lang"
          >
            {REPORT_LANGS.map((lang) => (
              <option key={lang} value={lang}>
                {t(`reports.lang.${lang}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {usesPeriod ? <p className="field-hint">{t('reports.period.hint')}</p> : null}
      {problem === 'reversed' ? (
        <Notice kind="warning">{t('reports.period.reversed')}</Notice>
      ) : null}
      <div>
        <Button
          type="submit"
          variant="primary"
          pending={pending}
          disabled={problem !== null}
          testId="report-make"
        >
          {pending ? t('reports.making') : t('reports.make')}
        </Button>
      </div>
    </form>
  );
}
