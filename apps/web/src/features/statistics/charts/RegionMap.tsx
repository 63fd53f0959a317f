import { useMemo, useState, type SyntheticEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { fittedProjection, regionPaths } from '../../facilities/map/geometry';
import { useRegions } from '../../facilities/map/shapes';
import {
  choroplethOf,
  OFF_MAP,
  REGION_NO_DATA,
  REGION_ZERO,
  REGION_ZERO_LINE,
  type RegionFill,
} from '../model/regionMap';
import { fitLabel } from '../model/layout';
import { figureKey } from '../model/table';
import { useDescribe } from './describe';
import { Mark } from './Mark';
import { legendHeight, SvgLegend } from './SvgLegend';
import { INK, MUTED, type ChartProps } from './types';

const WIDTH = 720;
const MAP_HEIGHT = 400;
const LINE = '#a7afb9';
/** One fixed id: the page has one map, and the downloaded drawing keeps the pattern it names. */
const ZERO_PATTERN = 'stats-map-zero';
const OFF_MAP_LINE = 24;

const fillColour = (fill: RegionFill): string =>
  fill.kind === 'count'
    ? fill.colour
    : fill.kind === 'zero'
      ? `url(#${ZERO_PATTERN})`
      : REGION_NO_DATA;

/** The region a pointer or focus event is about (the `data-row` of its mark). */
const rowOf = (event: SyntheticEvent): string | null => {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  return target.closest('[data-row]')?.getAttribute('data-row') ?? null;
};

/**
 * Regions of Russia and Ukraine coloured by the count of each (the heat map's classes), drawn
 * with d3-geo from the shipped shapes: nothing is fetched from anywhere else. A region with a
 * count is a mark like a bar (Tab, Enter, a click open its records), visited largest first; the
 * one focused, hovered or open is outlined on top of its neighbours. Nothing documented (no
 * data) is grey, a measured zero hatched, and what has no place on the map (unknown region) is
 * listed under the legend, each still opening its records.
 */
export function RegionMap({ table, label, title, selected, onSelect, svgRef }: ChartProps) {
  const t = useT();
  const describe = useDescribe(table.measure);
  const regions = useRegions();
  const [pointed, setPointed] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const paths = useMemo(() => {
    const all = regions.data;
    if (all === undefined) return null;
    return regionPaths(all, fittedProjection(all, WIDTH, MAP_HEIGHT, 8));
  }, [regions.data]);
  const map = useMemo(
    () => (paths === null ? null : choroplethOf(table, new Set(paths.map((p) => p.code)))),
    [paths, table],
  );

  if (regions.isPending) return <Loading label={t('facilities.map.loading')} />;
  if (regions.isError) return <ErrorAlert error={regions.error} />;
  if (paths === null || map === null) return null;

  const byCode = new Map(paths.map((p) => [p.code, p]));
  const counted = new Set(map.counted);
  const classText = (lower: number, upper: number) =>
    lower === upper
      ? String(lower)
      : t('statistics.legend.between', { value: lower, count: upper });
  const entries = [
    { key: 'no-data', colour: REGION_NO_DATA, label: t('statistics.map.noData') },
    ...(map.hasZero
      ? [{ key: 'zero', colour: `url(#${ZERO_PATTERN})`, label: t('statistics.map.zero') }]
      : []),
    ...map.scale.classes.map((c) => ({
      key: String(c.lower),
      colour: c.colour,
      label: classText(c.lower, c.upper),
    })),
  ];
  const legendTop = MAP_HEIGHT + 8;
  const offMapTop = legendTop + legendHeight(entries.length) + 4;
  const height = offMapTop + map.offMap.length * OFF_MAP_LINE + 4;
  const highlighted = [
    ...new Set(
      [
        pointed,
        focused,
        ...map.counted.filter((code) => figureKey({ row: code }) === selected),
      ].filter((code): code is string => code !== null),
    ),
  ];

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={title}
      className="stats-svg"
      data-testid="stats-chart"
      data-chart="map"
    >
      <defs>
        <pattern
          id={ZERO_PATTERN}
          patternUnits="userSpaceOnUse"
          width={5}
          height={5}
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} fill={REGION_ZERO} />
          <line x1={0} y1={0} x2={0} y2={5} stroke={REGION_ZERO_LINE} strokeWidth={1.2} />
        </pattern>
      </defs>
      {/* Regions without a count first: they are background and open nothing. */}
      <g aria-hidden="true">
        {paths
          .filter((p) => !counted.has(p.code))
          .map((p) => {
            const fill = map.fillOf(p.code);
            return (
              <path
                key={p.code}
                d={p.d}
                fill={fillColour(fill)}
                stroke={p.outline === null ? LINE : 'none'}
                strokeWidth={0.5}
                strokeLinejoin="round"
                data-region={p.code}
                data-fill={fill.kind}
              >
                <title>
                  {`${label(table.rowDimension, p.code)}: ${
                    fill.kind === 'zero' ? t('statistics.map.zero') : t('statistics.map.noData')
                  }`}
                </title>
              </path>
            );
          })}
      </g>
      <g
        onFocus={(event) => setFocused(rowOf(event))}
        onBlur={() => setFocused(null)}
        onPointerOver={(event) => setPointed(rowOf(event))}
        onPointerLeave={() => setPointed(null)}
      >
        {map.counted.map((code) => {
          const p = byCode.get(code);
          const fill = map.fillOf(code);
          if (p === undefined || fill.kind !== 'count') return null;
          const name = label(table.rowDimension, code);
          return (
            <Mark
              key={code}
              figure={{ row: code }}
              label={name}
              description={describe(name, fill.value)}
              selected={selected}
              onSelect={onSelect}
            >
              <path
                d={p.d}
                fill={fill.colour}
                stroke={p.outline === null ? LINE : 'none'}
                strokeWidth={0.5}
                strokeLinejoin="round"
                data-region={code}
                data-fill="count"
              />
            </Mark>
          );
        })}
      </g>
      {/* Chukotka's outline without the data's cut at 180°. */}
      <g aria-hidden="true" pointerEvents="none">
        {paths.map((p) =>
          p.outline === null ? null : (
            <path key={p.code} d={p.outline} fill="none" stroke={LINE} strokeWidth={0.5} />
          ),
        )}
      </g>
      {/* The outline of the region in focus, under the pointer or open: page only. */}
      <g aria-hidden="true" pointerEvents="none" data-page-only="true">
        {highlighted.map((code) => {
          const p = byCode.get(code);
          return p === undefined ? null : (
            <path key={code} d={p.outline ?? p.d} fill="none" className="stats-map-highlight" />
          );
        })}
      </g>
      <SvgLegend
        x={4}
        y={legendTop}
        width={600}
        title={t('statistics.map.legend', { name: t(`statistics.measure.${table.measure}`) })}
        entries={entries}
      />
      {map.offMap.map((off, i) => {
        const name =
          off.value === null
            ? t('statistics.map.unknown')
            : t('statistics.map.notOnMap', { name: label(table.rowDimension, off.value) });
        const y = offMapTop + i * OFF_MAP_LINE;
        const body = (
          <>
            <rect x={4} y={y + 4} width={14} height={14} fill={OFF_MAP} className="stats-shape" />
            <text x={24} y={y + 16} fontSize={12} fill={INK}>
              {fitLabel(name, 70)}
            </text>
            <text
              x={24 + Math.min(name.length, 70) * 6.8 + 8}
              y={y + 16}
              fontSize={12}
              fill={MUTED}
            >
              {off.count}
            </text>
          </>
        );
        return off.count === 0 ? (
          <g key={JSON.stringify(off.value)}>{body}</g>
        ) : (
          <Mark
            key={JSON.stringify(off.value)}
            figure={{ row: off.value }}
            label={label(table.rowDimension, off.value)}
            description={describe(name, off.count)}
            selected={selected}
            onSelect={onSelect}
          >
            {body}
          </Mark>
        );
      })}
    </svg>
  );
}
