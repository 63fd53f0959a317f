import type { Coordinates } from '@vigil/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useLabeller } from '../../records/shared/useLabeller';
import { controlText, regionName, todayIso } from '../labels';
import { fittedProjection, project, regionPaths } from './geometry';
import { useRegions } from './shapes';
import './map.css';

const WIDTH = 360;
const HEIGHT = 260;

/**
 * A small map of one region with its neighbours around it and the facility's point: where the
 * place is, at a glance, without any map service. The same drawing says it in words beside it.
 */
export function RegionMiniMap({
  region,
  coordinates,
}: {
  readonly region: string;
  readonly coordinates: Coordinates | null;
}) {
  const t = useT();
  const l = useLabeller();
  const regions = useRegions();
  const drawing = useMemo(() => {
    const all = regions.data;
    const own = all?.find((r) => r.properties.code === region);
    if (all === undefined || own === undefined) return null;
    // Neighbours are clipped to the frame, so their far sides are not drawn at all.
    const projection = fittedProjection([own], WIDTH, HEIGHT, 16).clipExtent([
      [-4, -4],
      [WIDTH + 4, HEIGHT + 4],
    ]);
    const point =
      coordinates === null ? null : project(projection, coordinates.lat, coordinates.lon);
    return { paths: regionPaths(all, projection), point };
  }, [regions.data, region, coordinates]);

  if (regions.isPending) return <Loading label={t('facilities.map.loading')} />;
  if (regions.isError) return <ErrorAlert error={regions.error} />;
  if (drawing === null) return null;
  const occupied = controlText(l, region, todayIso()) !== null;
  return (
    <figure className="fmap fmap-mini" data-testid="facility-minimap">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${region} ${regionName(l, region)}`}
      >
        <defs>
          <pattern
            id="fmap-hatch"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" className="fmap-hatch-line" />
          </pattern>
        </defs>
        <rect className="fmap-sea" width={WIDTH} height={HEIGHT} />
        {drawing.paths.map((p) => (
          <path
            key={p.code}
            d={p.d}
            className={[
              'fmap-region',
              p.code === region ? 'is-current' : '',
              p.outline === null ? '' : 'fmap-no-stroke',
            ].join(' ')}
          />
        ))}
        {drawing.paths.map((p) =>
          p.outline === null ? null : (
            <path
              key={`${p.code}-outline`}
              d={p.outline}
              className={p.code === region ? 'fmap-outline is-current' : 'fmap-outline'}
            />
          ),
        )}
        {occupied
          ? drawing.paths
              .filter((p) => p.code === region)
              .map((p) => <path key="occupied" d={p.d} className="fmap-occupied" />)
          : null}
        {drawing.point === null ? null : (
          <circle cx={drawing.point[0]} cy={drawing.point[1]} r={6} className="fmap-pin" />
        )}
      </svg>
      {coordinates === null ? (
        <figcaption className="muted small">{t('facilities.page.noPoint')}</figcaption>
      ) : null}
    </figure>
  );
}
