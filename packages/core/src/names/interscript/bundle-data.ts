import data from '../data/interscript.json';
import type { ImpBundle } from './ir';

/** The generated JSON of every interscript map (see scripts/build-translit.ts). */
export const interscriptBundle: ImpBundle = data as unknown as ImpBundle;
