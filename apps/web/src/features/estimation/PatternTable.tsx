import type { ListBy, PatternStratum } from '@vigil/core';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { useListLabel, useStratumLabel } from './labels';
import { patternRows, type PatternTables } from './model/patterns';
import { formatCount } from './model/results';

/**
 * The overlap pattern per stratum: a column per list (✓ when on it), the people with exactly
 * that pattern, and the download of the whole as the CSV `vigil estimate` reads.
 */
export function PatternTable({
  tables,
  listBy,
  stratumBy,
  peopleWithoutList,
  command,
  onDownload,
}: {
  readonly tables: PatternTables;
  readonly listBy: ListBy;
  readonly stratumBy: PatternStratum;
  readonly peopleWithoutList: number;
  /** The `vigil estimate` command that reproduces the estimate from the downloaded file. */
  readonly command: string;
  readonly onDownload: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const listLabel = useListLabel();
  const stratumLabel = useStratumLabel();
  return (
    <div className="stack" data-testid="est-patterns">
      <p className="muted small">{t('estimation.patterns.how')}</p>
      {stratumBy === 'year' || stratumBy === 'region' || stratumBy === 'facilityType' ? (
        <p className="muted small">{t('estimation.patterns.manyPeople')}</p>
      ) : null}
      {tables.strata.map((s) => {
        const name = stratumLabel(stratumBy, s.stratum);
        const rows = patternRows(s.table);
        return (
          <div className="est-table-wrap" key={s.stratum ?? '~'}>
            <table className="table est-pattern-table" data-testid="est-pattern-table">
              <caption>{t('estimation.patterns.stratumPeople', { name, count: s.people })}</caption>
              <thead>
                <tr>
                  {tables.lists.map((code) => (
                    <th key={code} scope="col">
                      {listLabel(listBy, code)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('estimation.patterns.people')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.flags.join('')} data-pattern={row.flags.join('')}>
                    {row.flags.map((f, j) => (
                      <td key={tables.lists[j]} className="est-flag">
                        {f === 1 ? (
                          <span aria-label={t('estimation.patterns.on')}>✓</span>
                        ) : (
                          <span className="visually-hidden">{t('estimation.patterns.off')}</span>
                        )}
                      </td>
                    ))}
                    <td className="num" data-testid="est-pattern-count">
                      {formatCount(locale, row.count)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {peopleWithoutList > 0 ? (
        <p className="small muted" data-testid="est-without-list">
          {t('estimation.patterns.withoutList', { count: peopleWithoutList })}
        </p>
      ) : null}
      <div className="stack">
        <div className="actions">
          <Button onClick={onDownload} testId="est-patterns-csv">
            {t('estimation.patterns.download')}
          </Button>
          <span className="small muted">{t('estimation.patterns.downloadHint')}</span>
        </div>
        <p className="small">
          {t('estimation.patterns.cli')} <code data-testid="est-cli">{command}</code>
        </p>
      </div>
    </div>
  );
}
