import { useQuery } from '@tanstack/react-query';
import { drawable, type DrawableRegion } from './geometry';

let loading: Promise<readonly DrawableRegion[]> | null = null;

/**
 * The shipped region shapes, ready to draw. They weigh about a megabyte, so they are a chunk of
 * their own, fetched from this server the first time a map is shown and kept for the session.
 */
export const loadRegions = (): Promise<readonly DrawableRegion[]> => {
  loading ??= import('@vigil/core/region-shapes').then(
    (m) => m.regionFeatures().map(drawable),
    (error: unknown) => {
      loading = null; // a failed fetch is tried again next time
      throw error;
    },
  );
  return loading;
};

/** The region shapes as a query, so pages show loading and errors the usual way. */
export function useRegions() {
  return useQuery({
    queryKey: ['region-shapes'],
    queryFn: loadRegions,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
