import type { IndexResultView, RiskIndexInput, VaultId } from '@vigil/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { SummaryLink } from '../records/pages/RecordLink';
import { useRecord } from '../records/shared/queries';
import { BAR, svgId } from './colours';
import { HatchPattern } from './Hatch';
import { useIndexLabels } from './labels';
import { intervalText, MISSING, percentText, rawValue, scoreText } from './model/format';

type UnitScore = IndexResultView['units'][number];
type Pillar = UnitScore['pillars'][number];
type Indicator = Pillar['indicators'][number];

/** A 0..1 risk as a small bar; missing is hatched and says so. */
function RiskBar({ risk }: { readonly risk: number | null }) {
  const t = useT();
  const hatch = svgId(useId(), 'hatch');
  return (
    <svg
      viewBox="0 0 100 10"
      className="ri-mini"
      role="img"
      aria-label={risk === null ? t('riskIndex.missing') : String(risk)}
    >
      {risk === null ? (
        <>
          <HatchPattern id={hatch} />
          <rect width={100} height={10} fill={`url(#${hatch})`} />
        </>
      ) : (
        <rect width={Math.max(1, risk * 100)} height={10} fill={BAR} />
      )}
    </svg>
  );
}

/** The records behind a value, opened on this device when asked for. */
function RecordsBehind({
  vaultId,
  ids,
  more,
}: {
  readonly vaultId: VaultId;
  readonly ids: readonly string[];
  readonly more: number;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (ids.length === 0) return null;
  return (
    <div className="ri-behind">
      <Button
        variant="quiet"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        testId="risk-records-toggle"
      >
        {t(open ? 'riskIndex.detail.hideRecords' : 'riskIndex.detail.showRecords', {
          count: ids.length + more,
        })}
      </Button>
      {open ? (
        <ul data-testid="risk-records">
          {ids.map((id) => (
            <li key={id}>
              <BehindLink vaultId={vaultId} id={id} />
            </li>
          ))}
          {more > 0 ? (
            <li className="muted">{t('riskIndex.detail.more', { count: more })}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

function BehindLink({ vaultId, id }: { readonly vaultId: VaultId; readonly id: string }) {
  const t = useT();
  const record = useRecord(vaultId, id);
  if (record.isError) return <span className="muted">{t('riskIndex.detail.cannotOpen')}</span>;
  if (record.data === undefined) return <span className="muted">{t('app.loading')}</span>;
  return <SummaryLink vaultId={vaultId} record={record.data} withKind />;
}

/** Where one indicator value came from: the counts behind it, or the expert's evidence. */
function Source({
  vaultId,
  cell,
  input,
}: {
  readonly vaultId: VaultId;
  readonly cell: Indicator;
  readonly input: RiskIndexInput | undefined;
}) {
  const t = useT();
  if (cell.raw === null) return <span className="muted">{t('riskIndex.detail.noData')}</span>;
  if (input?.source === 'expert' || cell.evidence !== undefined) {
    return (
      <div className="ri-stack-sm">
        <p className="small">
          {t('riskIndex.detail.expert', {
            confidence: t(`riskIndex.confidence.${cell.confidence ?? 'low'}`),
            from: input?.expert?.from ?? '',
            to: input?.expert?.to ?? '',
          })}
        </p>
        <blockquote className="ri-evidence">{cell.evidence}</blockquote>
      </div>
    );
  }
  return (
    <div>
      <p className="small">
        {input?.denominator === null || input === undefined
          ? t('riskIndex.detail.count', { count: input?.numerator ?? 0 })
          : t('riskIndex.detail.share', {
              part: input.numerator ?? 0,
              count: input.denominator ?? 0,
            })}
      </p>
      <RecordsBehind vaultId={vaultId} ids={cell.records ?? []} more={input?.more ?? 0} />
    </div>
  );
}

/**
 * One unit's pillars: each pillar's score, interval and coverage, and under it every indicator
 * with its raw value, its 0..1 risk and where it came from. Missing values are hatched and
 * labelled, never shown as zero.
 */
export function UnitDetail({
  vaultId,
  unit,
  name,
  inputs,
  onClose,
}: {
  readonly vaultId: VaultId;
  readonly unit: UnitScore;
  readonly name: string;
  readonly inputs: readonly RiskIndexInput[];
  readonly onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useIndexLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [unit.unit]);
  const inputOf = (indicator: string) =>
    inputs.find((i) => i.unit === unit.unit && i.indicator === indicator);
  const rawText = (cell: Indicator) => {
    const r = rawValue(locale, cell.indicator, cell.raw);
    return r.kind === 'missing'
      ? MISSING
      : t(`riskIndex.raw.${r.kind}`, { value: r.value, max: r.max });
  };
  return (
    <section
      className="card stack ri-detail"
      aria-labelledby="ri-detail-title"
      data-testid="risk-detail"
    >
      <h2 id="ri-detail-title" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      <p>
        {unit.score === null
          ? t('riskIndex.detail.noScore', { coverage: percentText(locale, unit.coverage) })
          : t('riskIndex.detail.score', {
              score: scoreText(locale, unit.score),
              interval: intervalText(locale, unit.interval),
              coverage: percentText(locale, unit.coverage),
            })}
      </p>
      {unit.pillars.map((p) => (
        <section key={p.pillar} className="ri-pillar" data-pillar={p.pillar}>
          <h3>
            {labels.pillar(p.pillar)}{' '}
            <span className="muted small">
              {p.score === null
                ? t('riskIndex.detail.pillarMissing', { coverage: percentText(locale, p.coverage) })
                : t('riskIndex.detail.pillar', {
                    score: scoreText(locale, p.score),
                    interval: intervalText(locale, p.interval),
                    coverage: percentText(locale, p.coverage),
                  })}
            </span>
          </h3>
          <table className="table ri-indicators">
            <thead>
              <tr>
                <th scope="col">{t('riskIndex.detail.indicator')}</th>
                <th scope="col">{t('riskIndex.detail.value')}</th>
                <th scope="col">{t('riskIndex.detail.risk')}</th>
                <th scope="col">{t('riskIndex.detail.source')}</th>
              </tr>
            </thead>
            <tbody>
              {p.indicators.map((cell) => (
                <tr
                  key={cell.indicator}
                  data-testid="risk-indicator"
                  data-indicator={cell.indicator}
                  data-missing={cell.raw === null ? 'true' : undefined}
                >
                  <th scope="row">{labels.indicator(cell.indicator)}</th>
                  <td className={cell.raw === null ? 'ri-missing' : undefined}>
                    {cell.raw === null ? t('riskIndex.missing') : rawText(cell)}
                  </td>
                  <td>
                    <RiskBar risk={cell.normalised} />{' '}
                    <span className="small">{scoreText(locale, cell.normalised)}</span>
                  </td>
                  <td>
                    <Source vaultId={vaultId} cell={cell} input={inputOf(cell.indicator)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="actions">
        <Button variant="quiet" onClick={onClose}>
          {t('riskIndex.detail.close')}
        </Button>
      </div>
    </section>
  );
}
