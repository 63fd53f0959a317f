import type { StatDimension } from '@vigil/core';
import { useCallback, useMemo } from 'react';
import { nameOf } from '../facilities/labels';
import { useFacilities } from '../facilities/queries';
import { useLabeller } from '../records/shared/useLabeller';
import { valueLabel } from './model/labels';

/** A value of a dimension in the reader's words, facilities named from the register. */
export type ValueLabel = (dimension: StatDimension, value: string | null) => string;

/** The labeller of values for the current locale (facility names once the register is read). */
export function useValueLabel(): ValueLabel {
  const l = useLabeller();
  const facilities = useFacilities();
  const names = useMemo(
    () => new Map((facilities.data ?? []).map((f) => [f.id, nameOf(l, f)])),
    [facilities.data, l],
  );
  return useCallback((d, v) => valueLabel(l, d, v, names), [l, names]);
}
