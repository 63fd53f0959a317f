import type { EstimationWarning } from '@vigil/analytics';
import type { ListBy, PatternStratum } from '@vigil/core';
import { useRef } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import type { MessageId } from '../../app/i18n/en';
import { messageIdOf } from '../records/shared/labels';
import { EmptyState } from '../../ui/EmptyState';
import { EstimateChart } from './EstimateChart';
import { ExportButtons } from './ExportButtons';
import { useListLabel, useStratumLabel } from './labels';
import {
  chartRows,
  formatCount,
  formatInterval,
  modelNameWith,
  resultCsvRows,
  roundFigure,
  type ChartRow,
} from './model/results';
import type { EstimateResult, ModelSummary, StratumResult } from './model/run';

/**
 * The estimate: a sentence with the total and its interval, a table per stratum (documented,
 * estimated with its interval, undocumented, the model, or why it was not estimated), the
 * methods' warnings in full, and the chart with its downloads. No number without its interval.
 */
export function Results({
  result,
  listBy,
  stratumBy,
  fileName,
}: {
  readonly result: EstimateResult;
  readonly listBy: ListBy;
  readonly stratumBy: PatternStratum;
  /** File name of downloads, without the day. */
  readonly fileName: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const listLabel = useListLabel();
  const stratumLabel = useStratumLabel();
  const svgRef = useRef<SVGSVGElement>(null);
  const rows = chartRows(result);
  const rowLabel = (r: ChartRow) => stratumLabel(stratumBy, r.stratum, r.total);
  const methodName =
    result.method === 'loglinear' ? t('estimation.method.short.loglinear') : result.method;

  const skipText = (s: StratumResult): string => {
    if (s.status === 'skipped') {
      const skip = s.skip;
      if (skip.reason === 'tooFewPeople') {
        return t('estimation.results.skipped.tooFewPeople', { count: skip.people, min: skip.min });
      }
      if (skip.reason === 'emptyLists') {
        return t('estimation.results.skipped.emptyLists', {
          name: skip.lists.map((c) => listLabel(listBy, c)).join(', '),
        });
      }
      return t('estimation.results.skipped.noOverlap');
    }
    if (s.status === 'failed')
      return t('estimation.results.failedStratum', { reason: s.error.message });
    return '';
  };

  const modelText = (m: ModelSummary): string => {
    switch (m.method) {
      case 'loglinear':
        return `${t('estimation.model.loglinear', {
          name: modelNameWith(m.name, (code) => listLabel(listBy, code)),
          value: m.criterion.toUpperCase(),
          count: m.closeModels,
        })}${
          m.closeModels > 1
            ? ` (${t('estimation.model.loglinearRange', {
                interval: formatInterval(locale, [
                  Math.round(m.closeRange[0]),
                  Math.round(m.closeRange[1]),
                ]),
              })})`
            : ''
        }`;
      case 'lcmcr':
        return t('estimation.model.lcmcr', {
          max: m.K,
          count: Math.round(m.occupiedClasses * 10) / 10,
          first: m.samples,
        });
      case 'dga':
        return t('estimation.model.dga', {
          count: m.modelsAveraged,
          name: m.top
            .map(
              (g) =>
                `${
                  g.edges.length === 0
                    ? t('estimation.model.independent')
                    : g.edges
                        .map(([a, b]) => `${listLabel(listBy, a)}–${listLabel(listBy, b)}`)
                        .join(', ')
                } (${Math.round(g.probability * 100)} %)`,
            )
            .join('; '),
        });
    }
  };

  const warnings: { where: string | null; warning: EstimationWarning }[] = result.strata.flatMap(
    (s) =>
      s.status === 'estimated'
        ? s.warnings.map((warning) => ({
            where: stratumBy === 'none' ? null : stratumLabel(stratumBy, s.stratum),
            warning,
          }))
        : [],
  );
  const total = result.total === null ? null : roundFigure(result.total);
  const skippedPeople = result.strata.reduce(
    (sum, s) => (s.status === 'estimated' ? sum : sum + s.observed),
    0,
  );
  const unbounded = rows.some((r) => r.figure !== null && !Number.isFinite(r.figure.interval[1]));
  const title = t('estimation.chart.title');
  const note = t('estimation.chart.note');

  return (
    <div className="stack" data-testid="est-results">
      {total === null ? (
        <div data-testid="est-no-estimate">
          <EmptyState title={t('estimation.results.nothing.title')}>
            {t('estimation.results.nothing.body')}
          </EmptyState>
        </div>
      ) : (
        <p className="est-headline" data-testid="est-headline">
          {t('estimation.results.summary', {
            total: formatCount(locale, total.estimate),
            interval: formatInterval(locale, total.interval),
            count: total.documented,
            value: formatCount(locale, total.undocumented),
          })}
        </p>
      )}
      <p className="small muted">
        {t('estimation.results.method', { name: methodName, seed: result.seed })}
      </p>

      {warnings.length > 0 ? (
        <section
          className="est-warnings"
          aria-labelledby="est-warnings-title"
          data-testid="est-warnings"
        >
          <h3 id="est-warnings-title">{t('estimation.warnings.title')}</h3>
          <ul>
            {warnings.map(({ where, warning }, i) => {
              const id = messageIdOf(`estimation.warning.${warning.code}`);
              return (
                <li key={i} data-code={warning.code}>
                  <strong>
                    {where === null ? '' : `${t('estimation.warning.in', { name: where })} `}
                    {id === undefined ? warning.code : t(id satisfies MessageId)}
                  </strong>
                  <br />
                  <span lang="en">{warning.message}</span>
                </li>
              );
            })}
          </ul>
          <p className="small muted">{t('estimation.warnings.english')}</p>
        </section>
      ) : null}

      <div className="est-table-wrap">
        <table className="table" data-testid="est-result-table">
          <thead>
            <tr>
              <th scope="col">{t('estimation.results.stratum')}</th>
              <th scope="col" className="num">
                {t('estimation.results.documented')}
              </th>
              <th scope="col" className="num">
                {t('estimation.results.estimate')}
              </th>
              <th scope="col" className="num">
                {t('estimation.results.interval')}
              </th>
              <th scope="col" className="num">
                {t('estimation.results.undocumented')}
              </th>
              <th scope="col">{t('estimation.results.model')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const s = r.total ? undefined : result.strata[i];
              const f = r.figure;
              return (
                <tr
                  key={r.key}
                  data-testid="est-result-row"
                  className={r.total ? 'est-total' : undefined}
                >
                  <th scope="row">{rowLabel(r)}</th>
                  <td className="num">{formatCount(locale, r.documented)}</td>
                  {f === null ? (
                    <td colSpan={4} className="muted">
                      {s === undefined ? '' : skipText(s)}
                    </td>
                  ) : (
                    <>
                      <td className="num" data-testid="est-estimate">
                        {formatCount(locale, f.estimate)}
                      </td>
                      <td className="num" data-testid="est-interval">
                        {formatInterval(locale, f.interval)}
                      </td>
                      <td className="num">
                        {formatCount(locale, f.undocumented)}{' '}
                        <span className="muted small">
                          ({formatInterval(locale, f.undocumentedInterval)})
                        </span>
                      </td>
                      <td className="small">
                        {s?.status === 'estimated'
                          ? modelText(s.model)
                          : t('estimation.results.totalHow', { count: result.total?.strata ?? 0 })}
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {unbounded ? <p className="small muted">{t('estimation.results.unbounded')}</p> : null}
      {skippedPeople > 0 && total !== null ? (
        <p className="small muted">
          {t('estimation.results.skippedPeople', { count: skippedPeople })}
        </p>
      ) : null}

      <section className="stack" aria-labelledby="est-chart-title">
        <h3 id="est-chart-title">{title}</h3>
        <p className="small muted">{t('estimation.chart.how')}</p>
        <div className="est-chart-wrap">
          <EstimateChart rows={rows} label={rowLabel} svgRef={svgRef} />
        </div>
        <ExportButtons
          svgRef={svgRef}
          title={title}
          note={note}
          name={fileName}
          csvRows={() =>
            resultCsvRows(rows, {
              stratum: t('estimation.results.stratum'),
              documented: t('estimation.results.documented'),
              estimate: t('estimation.results.estimate'),
              lower: t('estimation.results.lower'),
              upper: t('estimation.results.upper'),
              undocumented: t('estimation.results.undocumented'),
              status: t('estimation.results.note'),
              stratumLabel: (stratum, isTotal) => stratumLabel(stratumBy, stratum, isTotal),
              statusLabel: (r) => {
                if (r.total || r.figure !== null) return '';
                const s = result.strata.find((x, k) => `s${k}` === r.key);
                return s === undefined ? '' : skipText(s);
              },
            })
          }
        />
      </section>
    </div>
  );
}
