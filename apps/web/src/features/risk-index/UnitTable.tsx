import { RISK_INDEX_PILLARS, type IndexResultView } from '@vigil/core';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { useIndexLabels } from './labels';
import { intervalText, MISSING, percentText, rankIntervalText, scoreText } from './model/format';

type UnitScore = IndexResultView['units'][number];

/** A value cell; missing values are a labelled dash, never a zero. */
function Cell({ text }: { readonly text: string }) {
  const t = useT();
  return text === MISSING ? (
    <td className="ri-missing" data-missing="true">
      <span aria-hidden="true">{MISSING}</span>
      <span className="visually-hidden">{t('riskIndex.missing')}</span>
    </td>
  ) : (
    <td>{text}</td>
  );
}

/**
 * The units as a table: score and interval, rank and rank interval, each pillar's score (blank
 * where the level has no such pillar, a dash where data are missing) and the coverage. Each
 * unit's name opens its pillars.
 */
export function UnitTable({
  units,
  name,
  selected,
  onSelect,
}: {
  readonly units: readonly UnitScore[];
  readonly name: (unit: string) => string;
  readonly selected: string | undefined;
  readonly onSelect: (unit: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const labels = useIndexLabels();
  return (
    <div className="ri-table-wrap">
      <table className="table ri-table" data-testid="risk-table">
        <caption className="visually-hidden">{t('riskIndex.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('riskIndex.table.unit')}</th>
            <th scope="col">{t('riskIndex.table.score')}</th>
            <th scope="col">{t('riskIndex.table.interval')}</th>
            <th scope="col">{t('riskIndex.table.rank')}</th>
            <th scope="col">{t('riskIndex.table.rankInterval')}</th>
            {RISK_INDEX_PILLARS.map((p, i) => (
              <th key={p} scope="col" title={labels.pillar(p)}>
                <abbr title={labels.pillar(p)}>{`P${i + 1}`}</abbr>
              </th>
            ))}
            <th scope="col">{t('riskIndex.table.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr
              key={u.unit}
              data-testid="risk-table-row"
              data-unit={u.unit}
              className={selected === u.unit ? 'ri-selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected === u.unit}
                  onClick={() => onSelect(u.unit)}
                >
                  {name(u.unit)}
                </button>
              </th>
              <Cell text={scoreText(locale, u.score)} />
              <Cell text={intervalText(locale, u.interval)} />
              <Cell text={u.rank === undefined ? MISSING : String(u.rank)} />
              <Cell text={rankIntervalText(u.rankInterval)} />
              {RISK_INDEX_PILLARS.map((p) => {
                const pillar = u.pillars.find((x) => x.pillar === p);
                return pillar === undefined ? (
                  <td key={p} className="muted" title={t('riskIndex.table.noPillar')} />
                ) : (
                  <Cell key={p} text={scoreText(locale, pillar.score)} />
                );
              })}
              <td>{percentText(locale, u.coverage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
