import type { ImpBundle } from './ir';
import { parseImp } from './parse';

export const INTERSCRIPT_LICENCE =
  'interscript/maps, MIT License, Copyright (c) Ribose; see data/interscript/LICENSE.md';

/** Parses every map (file name without `.imp` → text) into the bundle the engine runs. */
export const buildBundle = (sources: Record<string, string>): ImpBundle => ({
  licence: INTERSCRIPT_LICENCE,
  maps: Object.fromEntries(
    Object.keys(sources)
      .sort()
      .map((id) => [id, parseImp(id, sources[id] ?? '')]),
  ),
});
