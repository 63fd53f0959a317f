/** One input list: record ids and columns of text cells (null, undefined or blank = missing). */
export interface LinkageSource {
  /** One id per record, unique within the source. */
  readonly ids: readonly string[];
  /** Cells by column name, each as long as `ids`. Sources may have different columns. */
  readonly columns: Readonly<Record<string, readonly (string | null | undefined)[]>>;
}

/**
 * Which pairs are compared: within one source (`dedupe`), only across sources (`link`, for
 * sources known to be free of duplicates), or both (`link-and-dedupe`).
 */
export type LinkageMode = 'dedupe' | 'link' | 'link-and-dedupe';

/** Agreement on the value only: levels exact and else. */
export interface ExactComparisonSpec {
  readonly kind: 'exact';
  readonly column: string;
  /** Weigh an exact match by how rare the value is (default false). */
  readonly termFrequency?: boolean;
}

/** Free text or codes: exact, Damerau–Levenshtein bands, then Jaro–Winkler bands. */
export interface TextComparisonSpec {
  readonly kind: 'text';
  readonly column: string;
  /** Edit distances, ascending (default [1]). */
  readonly levenshtein?: readonly number[];
  /** Similarities, descending (default [0.9, 0.8]). */
  readonly jaroWinkler?: readonly number[];
  /** Weigh an exact match by how rare the value is (default false). */
  readonly termFrequency?: boolean;
}

/**
 * A person's name (one or several words): exact, same words in another order, the same name in
 * another transliteration, swapped with another name column, missing words, then Jaro–Winkler
 * bands on the folded spelling.
 */
export interface NameComparisonSpec {
  readonly kind: 'name';
  readonly column: string;
  /** A name column whose value may have been written here (given name and surname swapped). */
  readonly swapWith?: string;
  /** Similarities on the folded spelling, descending (default [0.92, 0.8]). */
  readonly jaroWinkler?: readonly number[];
  /** Weigh exact and transliteration matches by how common the name is (default true). */
  readonly termFrequency?: boolean;
}

/** A date, complete or partial: exact, day and month transposed, one typo, partial, years. */
export interface DateComparisonSpec {
  readonly kind: 'date';
  readonly column: string;
  /** Bands of years apart beyond the same year, ascending (default []). */
  readonly years?: readonly number[];
}

/** How one column is compared; its levels are listed by {@link levelLabels}. */
export type ComparisonSpec =
  ExactComparisonSpec | TextComparisonSpec | NameComparisonSpec | DateComparisonSpec;

/**
 * One part of a blocking key: a compared column's value (a name by each of its transliteration
 * folds, so spellings meet), or a coarser key of it: the `year` of a date, the `initial` or the
 * first three letters (`prefix3`) of a name or text.
 */
export type BlockingPart =
  string | { readonly column: string; readonly transform: 'year' | 'initial' | 'prefix3' };

/** Records are compared when they agree on every part of at least one rule. */
export type BlockingRule = readonly BlockingPart[];

/** Settings of a linkage; every field has a default (see `resolveSettings`). */
export interface LinkageConfig {
  /** Default `dedupe` for one source, `link-and-dedupe` for several. */
  readonly mode?: LinkageMode;
  /** Default: inferred from the columns (names by header, dates by header or content, text). */
  readonly comparisons?: readonly ComparisonSpec[];
  /** Default: chosen from the data so that each rule yields a bounded number of pairs. */
  readonly blocking?: readonly BlockingRule[];
  /** Match probability at or above which two records are put in one cluster (default 0.5). */
  readonly threshold?: number;
  /**
   * Match probability below which a compared pair keeps its records in different clusters even
   * when other links would chain them together (default 0.01; 0 gives plain connected components).
   */
  readonly cannotLinkBelow?: number;
  /** Seed of the random pairs that estimate u (default 42). */
  readonly seed?: number;
  /** Random pairs drawn to estimate u (default 1,000,000, or every pair when fewer). */
  readonly uSamplePairs?: number;
  /** Iterations of expectation maximisation per training round (default 30). */
  readonly maxIterations?: number;
  /** Blocks with more records are skipped, with a warning (default 5,000). */
  readonly maxBlockSize?: number;
  /** The prior probability that two random records match; estimated when absent. */
  readonly priorMatch?: number;
}

/** Reports progress of long stages: `done` of `total` units of the named stage. */
export type LinkageProgress = (stage: LinkageStage, done: number, total: number) => void;

/** The stages of a linkage run, in order. */
export type LinkageStage = 'prepare' | 'sample' | 'block' | 'train' | 'score' | 'cluster';
