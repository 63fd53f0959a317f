import type { Facility } from '@vigil/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../../records/shared/useLabeller';
import { controlText, nameOf, regionName, typeLabel } from '../labels';
import type { Colouring } from './colour';
import { fittedProjection, project, regionPaths, type DrawableRegion } from './geometry';
import { Tooltip } from './Tooltip';
import {
  IDENTITY,
  centreOn,
  onScreen,
  panBy,
  toScreen,
  wheelFactor,
  zoomAround,
  type View,
} from './zoom';
import './map.css';

const WIDTH = 960;
const HEIGHT = 560;
const RADIUS = 5;

interface Placed {
  readonly facility: Facility;
  readonly xy: readonly [number, number];
}

/**
 * The register on a map of Russia and Ukraine, drawn as SVG from the shipped shapes. Regions are
 * projected once; zoom and pan transform the drawing, while points are placed in screen space so
 * they keep their size. Every point is a link: Tab reaches it, Enter or a click opens it, hover or
 * focus shows its tooltip.
 */
export function FacilityMap({
  regions,
  facilities,
  colouring,
  today,
}: {
  readonly regions: readonly DrawableRegion[];
  readonly facilities: readonly Facility[];
  readonly colouring: Colouring;
  readonly today: string;
}) {
  const t = useT();
  const l = useLabeller();
  const navigate = useNavigate();
  const svg = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<View>(IDENTITY);
  const [active, setActive] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const [dragging, setDragging] = useState(false);

  const projection = useMemo(() => fittedProjection(regions, WIDTH, HEIGHT, 12), [regions]);
  const paths = useMemo(() => regionPaths(regions, projection), [regions, projection]);
  const occupied = paths.filter((p) => controlText(l, p.code, today) !== null);
  const placed: Placed[] = facilities.flatMap((facility) => {
    const c = facility.coordinates;
    const xy = c === null ? null : project(projection, c.lat, c.lon);
    return xy === null ? [] : [{ facility, xy }];
  });

  // The drawing is WIDTH × HEIGHT whatever its size on screen: pointer positions are scaled.
  const toDrawing = (clientX: number, clientY: number): [number, number] => {
    const box = svg.current?.getBoundingClientRect();
    if (box === undefined || box.width === 0) return [WIDTH / 2, HEIGHT / 2];
    return [
      ((clientX - box.left) * WIDTH) / box.width,
      ((clientY - box.top) * HEIGHT) / box.height,
    ];
  };

  // React's wheel listener is passive, and a passive one cannot stop the page from scrolling.
  useEffect(() => {
    const el = svg.current;
    if (el === null) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = el.getBoundingClientRect();
      const cx = ((event.clientX - box.left) * WIDTH) / box.width;
      const cy = ((event.clientY - box.top) * HEIGHT) / box.height;
      const factor = wheelFactor(event.deltaY, event.deltaMode);
      setView((v) => zoomAround(v, factor, cx, cy, WIDTH, HEIGHT));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const zoomBy = (factor: number) =>
    setView((v) => zoomAround(v, factor, WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT));

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || (event.target as Element).classList.contains('fmap-point')) return;
    const [x, y] = toDrawing(event.clientX, event.clientY);
    drag.current = { x, y, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (start === null) return;
    const [x, y] = toDrawing(event.clientX, event.clientY);
    if (!start.moved && Math.hypot(x - start.x, y - start.y) < 3) return;
    if (!start.moved) setDragging(true);
    drag.current = { x, y, moved: true };
    setView((v) => panBy(v, x - start.x, y - start.y, WIDTH, HEIGHT));
  };
  const endDrag = () => {
    drag.current = null;
    setDragging(false);
  };

  // Keys work wherever focus is in the map: +/- zoom, arrows move, 0 shows everything.
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (event.key === '+' || event.key === '=') zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / 1.5);
    else if (event.key === '0') setView(IDENTITY);
    else if (move !== undefined) setView((v) => panBy(v, move[0], move[1], WIDTH, HEIGHT));
    else return;
    event.preventDefault();
  };

  const open = (id: string) => navigate(`/facilities/${id}`);
  // Type, the value coloured by (unless that is the type) and the region, each said once.
  const facts = (f: Facility) => [
    ...new Set([typeLabel(l, f.type), colouring.valueOf(f), regionName(l, f.region)]),
  ];
  const describe = (f: Facility) =>
    t('facilities.map.point', { name: nameOf(l, f), reason: facts(f).join('; ') });
  const shown = placed.find((p) => p.facility.id === active);

  return (
    <div className="fmap">
      {/* Before the drawing, so Tab reaches the zoom before the many points. */}
      <div className="fmap-tools">
        <Button
          onClick={() => zoomBy(1.5)}
          aria-label={t('facilities.map.zoomIn')}
          title={t('facilities.map.zoomIn')}
          testId="map-zoom-in"
        >
          +
        </Button>
        <Button
          onClick={() => zoomBy(1 / 1.5)}
          aria-label={t('facilities.map.zoomOut')}
          title={t('facilities.map.zoomOut')}
          testId="map-zoom-out"
        >
          −
        </Button>
        <Button
          onClick={() => setView(IDENTITY)}
          aria-label={t('facilities.map.reset')}
          title={t('facilities.map.reset')}
          testId="map-reset"
        >
          ⤢
        </Button>
      </div>
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('facilities.map.label', { count: placed.length })}
        className={dragging ? 'is-dragging' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onKeyDown={onKeyDown}
        data-testid="facility-map"
      >
        <defs>
          <pattern
            id="fmap-hatch"
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            // The hatch sits in the zoomed drawing: scaled back, so its lines keep their spacing.
            patternTransform={`rotate(45) scale(${1 / view.k})`}
          >
            <line x1="0" y1="0" x2="0" y2="6" className="fmap-hatch-line" />
          </pattern>
        </defs>
        <rect className="fmap-sea" width={WIDTH} height={HEIGHT} />
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <g aria-hidden="true">
            {paths.map((p) => (
              <path
                key={p.code}
                d={p.d}
                className={p.outline === null ? 'fmap-region' : 'fmap-region fmap-no-stroke'}
                vectorEffect="non-scaling-stroke"
                data-code={p.code}
                data-testid="map-region"
              >
                <title>{`${p.code} ${regionName(l, p.code)}`}</title>
              </path>
            ))}
            {paths.map((p) =>
              p.outline === null ? null : (
                <path
                  key={`${p.code}-outline`}
                  d={p.outline}
                  className="fmap-outline"
                  vectorEffect="non-scaling-stroke"
                />
              ),
            )}
            {occupied.map((p) => (
              <path
                key={p.code}
                d={p.d}
                className="fmap-occupied"
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </g>
        </g>
        <g>
          {placed.map(({ facility, xy }) => {
            const [cx, cy] = toScreen(view, xy);
            return (
              <circle
                key={facility.id}
                cx={cx}
                cy={cy}
                r={RADIUS}
                fill={colouring.colourOf(facility)}
                className="fmap-point"
                tabIndex={0}
                role="link"
                aria-label={describe(facility)}
                data-testid="facility-point"
                data-id={facility.id}
                onClick={() => {
                  if (drag.current?.moved !== true) open(facility.id);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    open(facility.id);
                  }
                }}
                onFocus={() => {
                  setActive(facility.id);
                  if (!onScreen([cx, cy], WIDTH, HEIGHT)) {
                    setView((v) => centreOn(v, xy, WIDTH, HEIGHT));
                  }
                }}
                onBlur={() => setActive((a) => (a === facility.id ? null : a))}
                onPointerEnter={() => setActive(facility.id)}
                onPointerLeave={() => setActive((a) => (a === facility.id ? null : a))}
              />
            );
          })}
        </g>
        {shown !== undefined ? (
          <Tooltip
            at={toScreen(view, shown.xy)}
            width={WIDTH}
            height={HEIGHT}
            title={nameOf(l, shown.facility)}
            lines={facts(shown.facility)}
          />
        ) : null}
      </svg>
    </div>
  );
}
