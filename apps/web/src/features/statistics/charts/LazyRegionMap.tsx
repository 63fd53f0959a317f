import { lazy, Suspense } from 'react';
import { Loading } from '../../../ui/Loading';
import type { ChartProps } from './types';

// d3-geo and the map are loaded only when a map is asked for (the region shapes are a further
// chunk the map fetches from this server), so the statistics page stays light without it.
const RegionMapChunk = lazy(() => import('./RegionMap').then((m) => ({ default: m.RegionMap })));

/** The map of regions, loaded on first use. */
export function LazyRegionMap(props: ChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <RegionMapChunk {...props} />
    </Suspense>
  );
}
