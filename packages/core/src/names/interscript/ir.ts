/**
 * The JSON form of an interscript map that the engine runs (see ../README.md). Generated from
 * the `.imp` sources in ../data/interscript by packages/core/scripts/build-translit.ts; a test
 * fails when the generated file and the sources disagree.
 */

/** A pattern: its JavaScript regular-expression source (Unicode mode) and, where it is a finite
 * set of literal strings, those strings (used for the longest-match table of parallel groups). */
export interface ImpPattern {
  re: string;
  literals?: string[];
  /** Longest text the pattern can match, used to order alternatives like interscript does. */
  maxLength: number;
}

export interface ImpSub {
  from: ImpPattern;
  /** Literal replacement, or `upcase` (replace the match by its upper case). */
  to: string | { upcase: true };
  /** Context that must come before the match (interscript's `before:`): a look-behind. */
  before?: string;
  /** Context that must follow the match (`after:`): a look-ahead. */
  after?: string;
  notBefore?: string;
  notAfter?: string;
}

export type ImpStep =
  | { sub: ImpSub }
  | { parallel: ImpSub[] }
  | { run: { map?: string; stage: string } }
  | { compose: true };

export interface ImpMap {
  id: string;
  name: string;
  url: string[];
  language: string;
  /** Where the text came from, when it is not one of the files in shared/data/translit. */
  provenance?: string;
  /** Local alias → map id. */
  dependencies: Record<string, string>;
  stages: Record<string, ImpStep[]>;
  tests: [string, string][];
}

export interface ImpBundle {
  licence: string;
  maps: Record<string, ImpMap>;
}
