import { lazy, Suspense } from 'react';
import type { ComponentProps } from 'react';
import { Loading } from '../../../ui/Loading';

// The maps and d3-geo are loaded only when a map is shown, so the app's first load stays small
// (the region shapes are a further chunk, fetched by the maps themselves).
const MapPageChunk = lazy(() => import('./MapPage').then((m) => ({ default: m.MapPage })));
const MiniMapChunk = lazy(() =>
  import('./RegionMiniMap').then((m) => ({ default: m.RegionMiniMap })),
);
const FlowMapChunk = lazy(() => import('./FlowMap').then((m) => ({ default: m.FlowMap })));

/** The map page, loaded on first use. */
export function LazyMapPage() {
  return (
    <Suspense fallback={<Loading />}>
      <MapPageChunk />
    </Suspense>
  );
}

/** The small map of a facility's region, loaded on first use. */
export function LazyRegionMiniMap(props: ComponentProps<typeof MiniMapChunk>) {
  return (
    <Suspense fallback={<Loading />}>
      <MiniMapChunk {...props} />
    </Suspense>
  );
}

/** Facilities and the moves between them (transfers, a person's path), loaded on first use. */
export function LazyFlowMap(props: ComponentProps<typeof FlowMapChunk>) {
  return (
    <Suspense fallback={<Loading />}>
      <FlowMapChunk {...props} />
    </Suspense>
  );
}
