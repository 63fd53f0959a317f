import { useT } from '../../../app/i18n/LocaleProvider';
import type { LegendEntry } from './colour';

/** A swatch drawn as SVG: a colour given as an attribute, which the CSP allows (styles it does not). */
function Swatch({ colour }: { readonly colour: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <circle cx="7" cy="7" r="5.5" fill={colour} stroke="#1c2430" strokeWidth="1" />
    </svg>
  );
}

/** What the colours of the points mean (with counts), and the mark of occupied regions. */
export function MapLegend({
  title,
  entries,
  showOccupied,
}: {
  readonly title: string;
  readonly entries: readonly LegendEntry[];
  readonly showOccupied: boolean;
}) {
  const t = useT();
  return (
    <section
      className="card fmap-legend"
      aria-labelledby="fmap-legend-title"
      data-testid="map-legend"
    >
      <h2 id="fmap-legend-title">
        {t('facilities.map.legend')}: {title}
      </h2>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            <Swatch colour={e.colour} />
            {t('facilities.map.legendCount', { name: e.label, count: e.count })}
          </li>
        ))}
        {showOccupied ? (
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <rect x="0.5" y="0.5" width="13" height="13" className="fmap-occupied" />
            </svg>
            {t('facilities.map.occupied')}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
