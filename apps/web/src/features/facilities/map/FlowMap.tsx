import type { Facility } from '@vigil/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { useLabeller } from '../../records/shared/useLabeller';
import { arcPath, flowWidth } from './flow';
import { nameOf } from '../labels';
import { fittedProjection, project, regionPaths } from './geometry';
import { useRegions } from './shapes';
import './map.css';

const WIDTH = 640;
const HEIGHT = 400;
const POINT = 6;

/** A line between two facilities: how many people it carried, and its place in a path. */
export interface FlowLeg {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/**
 * Facilities and the moves between them on an offline map of their regions: a curved line per
 * leg with an arrow towards where people went, as wide as the number of people it carried. Used
 * for the transfers into and out of a facility, and for one person's path (numbered stops).
 * Points are links to the facilities' pages; the page lists the same moves in words.
 */
export function FlowMap({
  facilities,
  legs,
  focus,
  numbers,
  label,
}: {
  readonly facilities: readonly Facility[];
  readonly legs: readonly FlowLeg[];
  /** The facility the map is about, drawn larger. */
  readonly focus?: string;
  /** Numbers written beside each facility (a person's stops in order). */
  readonly numbers?: ReadonlyMap<string, readonly number[]>;
  readonly label: string;
}) {
  const t = useT();
  const l = useLabeller();
  const navigate = useNavigate();
  const regions = useRegions();
  const drawing = useMemo(() => {
    const all = regions.data;
    if (all === undefined) return null;
    const codes = new Set(facilities.map((f) => f.region));
    const own = all.filter((r) => codes.has(r.properties.code));
    const projection = fittedProjection(own.length > 0 ? own : all, WIDTH, HEIGHT, 24).clipExtent([
      [-4, -4],
      [WIDTH + 4, HEIGHT + 4],
    ]);
    const points = new Map<string, readonly [number, number]>();
    for (const f of facilities) {
      const c = f.coordinates;
      const xy = c === null ? null : project(projection, c.lat, c.lon);
      if (xy !== null) points.set(f.id, xy);
    }
    return { paths: regionPaths(all, projection), points };
  }, [regions.data, facilities]);

  if (regions.isPending) return <Loading label={t('facilities.map.loading')} />;
  if (regions.isError) return <ErrorAlert error={regions.error} />;
  if (drawing === null) return null;
  const largest = Math.max(1, ...legs.map((g) => g.count));
  const byId = new Map<string, Facility>(facilities.map((f) => [f.id, f]));

  return (
    <figure className="fmap fmap-flow" data-testid="flow-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={label}>
        <defs>
          <marker
            id="fmap-arrow"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="14"
            markerHeight="14"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M0,0L10,5L0,10z" className="fmap-arrow-head" />
          </marker>
        </defs>
        <rect className="fmap-sea" width={WIDTH} height={HEIGHT} />
        <g aria-hidden="true">
          {drawing.paths.map((p) => (
            <path
              key={p.code}
              d={p.d}
              className={p.outline === null ? 'fmap-region' : 'fmap-region fmap-no-stroke'}
            />
          ))}
          {drawing.paths.map((p) =>
            p.outline === null ? null : (
              <path key={`${p.code}-outline`} d={p.outline} className="fmap-outline" />
            ),
          )}
        </g>
        <g aria-hidden="true">
          {legs.map((g, i) => {
            const a = drawing.points.get(g.from);
            const b = drawing.points.get(g.to);
            if (a === undefined || b === undefined) return null;
            return (
              <path
                key={`${g.from}-${g.to}-${i}`}
                d={arcPath(a, b, POINT + 3)}
                className="fmap-flow-line"
                strokeWidth={flowWidth(g.count, largest)}
                markerEnd="url(#fmap-arrow)"
                data-testid="flow-line"
                data-from={g.from}
                data-to={g.to}
              />
            );
          })}
        </g>
        {[...drawing.points].map(([id, [x, y]]) => {
          const f = byId.get(id);
          if (f === undefined) return null;
          const name = nameOf(l, f);
          const marks = numbers?.get(id);
          return (
            <g
              key={id}
              role="link"
              tabIndex={0}
              aria-label={marks === undefined ? name : `${marks.join(', ')}. ${name}`}
              className="fmap-flow-stop"
              onClick={() => void navigate(`/facilities/${id}`)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void navigate(`/facilities/${id}`);
                }
              }}
              data-testid="flow-stop"
            >
              <title>{name}</title>
              <circle
                cx={x}
                cy={y}
                r={id === focus ? POINT + 2 : POINT}
                className={id === focus ? 'fmap-point fmap-focus' : 'fmap-point fmap-stop'}
              />
              {marks === undefined ? null : (
                <text x={x + POINT + 3} y={y - POINT} className="fmap-stop-number">
                  {marks.join(', ')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
