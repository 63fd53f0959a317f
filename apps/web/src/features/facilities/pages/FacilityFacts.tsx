import type { Facility } from '@vigil/core';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useLabeller } from '../../records/shared/useLabeller';
import { authorityLabel, periodText, regionText, typeLabel, unitLabel, type Lang } from '../labels';

const LANGS: readonly Lang[] = ['ru', 'en', 'uk'];

/** Everything the register holds about a facility, as a definition list. */
export function FacilityFacts({
  facility: f,
  today,
}: {
  readonly facility: Facility;
  readonly today: string;
}) {
  const t = useT();
  const l = useLabeller();
  const none = <span className="muted">{t('facilities.page.none')}</span>;
  const names = LANGS.flatMap((lang) => {
    const name = f.names[lang];
    return name === undefined ? [] : [{ lang, name }];
  });
  return (
    <dl className="fac-facts" data-testid="facility-facts">
      <dt>{t('facilities.page.names')}</dt>
      <dd>
        <ul>
          {names.map(({ lang, name }) => (
            <li key={lang} lang={lang}>
              <span className="muted">{t(`facilities.lang.${lang}`)}:</span> {name}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('facilities.page.aliases')}</dt>
      <dd>{f.aliases.length === 0 ? none : f.aliases.join(' · ')}</dd>
      <dt>{t('facilities.page.type')}</dt>
      <dd>{typeLabel(l, f.type)}</dd>
      <dt>{t('facilities.page.authority')}</dt>
      <dd>{authorityLabel(l, f.authority)}</dd>
      <dt>{t('facilities.page.region')}</dt>
      <dd data-testid="facility-region">{regionText(l, f.region, today)}</dd>
      <dt>{t('facilities.page.coordinates')}</dt>
      <dd data-testid="facility-coordinates">
        {f.coordinates === null
          ? t('facilities.page.noCoordinates')
          : t('facilities.page.coordinatesValue', {
              value: `${f.coordinates.lat}, ${f.coordinates.lon}`,
              reason: t(`facilities.precision.${f.coordinates.precision}`),
            })}
      </dd>
      <dt>{t('facilities.page.capacity')}</dt>
      <dd>
        {f.capacity === null
          ? t('facilities.page.unknown')
          : new Intl.NumberFormat(l.locale).format(f.capacity)}
      </dd>
      <dt>{t('facilities.page.status')}</dt>
      <dd>
        {f.status.length === 0 ? (
          none
        ) : (
          <ul>
            {f.status.map((p, i) => (
              <li key={i}>{periodText(l, p)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('facilities.page.units')}</dt>
      <dd>
        {f.units.length === 0 ? (
          none
        ) : (
          <ul>
            {f.units.map((u, i) => (
              <li key={i}>
                {unitLabel(l, u.kind)}
                {u.name === undefined ? null : `: ${u.name}`}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('facilities.page.sources')}</dt>
      <dd>
        {f.sources.length === 0 ? (
          none
        ) : (
          <ul data-testid="facility-sources">
            {f.sources.map((s, i) => (
              <li key={i}>
                {s.url === undefined ? (
                  s.title
                ) : (
                  // Sources are other sites: a new tab, without telling them where the reader came from.
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                )}
                {s.accessed === undefined ? null : (
                  <span className="muted small">
                    {' '}
                    ({t('facilities.page.accessed', { day: s.accessed })})
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
