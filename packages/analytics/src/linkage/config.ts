import { parsePartialDate } from './dates';
import { LinkageError, LinkageErrorCode } from './errors';
import { isMissing } from './normalise';
import type {
  BlockingRule,
  ComparisonSpec,
  LinkageConfig,
  LinkageMode,
  LinkageSource,
} from './types';

/** The settings of a run with every default applied (blocking may still be chosen from data). */
export interface LinkageSettings {
  readonly mode: LinkageMode;
  readonly comparisons: readonly ComparisonSpec[];
  /** Undefined: chosen from the data once it is prepared (`chooseBlockingRules`). */
  readonly blocking: readonly BlockingRule[] | undefined;
  readonly threshold: number;
  readonly cannotLinkBelow: number;
  readonly seed: number;
  readonly uSamplePairs: number;
  readonly maxIterations: number;
  readonly maxBlockSize: number;
  readonly priorMatch: number | undefined;
}

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_CANNOT_LINK_BELOW = 0.01;
export const DEFAULT_SEED = 42;
export const DEFAULT_U_SAMPLE_PAIRS = 1_000_000;
export const DEFAULT_MAX_ITERATIONS = 30;
export const DEFAULT_MAX_BLOCK_SIZE = 5_000;
/** Rules use one bit each of a 32-bit mask. */
export const MAX_BLOCKING_RULES = 30;

const CONFIG_KEYS = new Set([
  'mode',
  'comparisons',
  'blocking',
  'threshold',
  'cannotLinkBelow',
  'seed',
  'uSamplePairs',
  'maxIterations',
  'maxBlockSize',
  'priorMatch',
]);
const SPEC_KEYS: Record<ComparisonSpec['kind'], readonly string[]> = {
  exact: ['kind', 'column', 'termFrequency'],
  text: ['kind', 'column', 'levenshtein', 'jaroWinkler', 'termFrequency'],
  name: ['kind', 'column', 'swapWith', 'jaroWinkler', 'termFrequency'],
  date: ['kind', 'column', 'years'],
};

const invalid = (message: string): LinkageError =>
  new LinkageError(LinkageErrorCode.invalidConfig, message);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const numberIn = (name: string, v: unknown, lo: number, hi: number, integer = false): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
    throw invalid(`${name} must be a number from ${lo} to ${hi}`);
  }
  if (integer && !Number.isInteger(v)) throw invalid(`${name} must be a whole number`);
  return v;
};

const bands = (name: string, v: unknown, lo: number, hi: number, order: 1 | -1): void => {
  if (!Array.isArray(v)) throw invalid(`${name} must be a list of numbers`);
  v.forEach((x, i) => {
    numberIn(`${name}[${i}]`, x, lo, hi);
    const prev = v[i - 1] as number | undefined;
    if (prev !== undefined && (x - prev) * order <= 0) {
      throw invalid(`${name} must be ${order === 1 ? 'ascending' : 'descending'}`);
    }
  });
};

/** Checks one comparison as read from JSON. */
const checkSpec = (raw: unknown, at: string, columns: ReadonlySet<string>): ComparisonSpec => {
  if (!isRecord(raw)) throw invalid(`${at} must be an object`);
  const kind = raw.kind;
  if (kind !== 'exact' && kind !== 'text' && kind !== 'name' && kind !== 'date') {
    throw invalid(`${at}.kind must be exact, text, name or date`);
  }
  for (const key of Object.keys(raw)) {
    if (!SPEC_KEYS[kind].includes(key)) throw invalid(`${at}.${key} is not a ${kind} setting`);
  }
  if (typeof raw.column !== 'string' || raw.column === '') {
    throw invalid(`${at}.column must name a column`);
  }
  if (!columns.has(raw.column)) {
    throw new LinkageError(
      LinkageErrorCode.unknownColumn,
      `${at}: no source has column "${raw.column}"`,
    );
  }
  if (raw.termFrequency !== undefined && typeof raw.termFrequency !== 'boolean') {
    throw invalid(`${at}.termFrequency must be true or false`);
  }
  if (raw.levenshtein !== undefined) bands(`${at}.levenshtein`, raw.levenshtein, 1, 10, 1);
  if (raw.jaroWinkler !== undefined) bands(`${at}.jaroWinkler`, raw.jaroWinkler, 0, 1, -1);
  if (raw.years !== undefined) bands(`${at}.years`, raw.years, 1, 200, 1);
  if (raw.swapWith !== undefined) {
    if (typeof raw.swapWith !== 'string' || !columns.has(raw.swapWith)) {
      throw new LinkageError(
        LinkageErrorCode.unknownColumn,
        `${at}.swapWith: no source has column "${String(raw.swapWith)}"`,
      );
    }
    if (raw.swapWith === raw.column) throw invalid(`${at}.swapWith must be another column`);
  }
  return raw as unknown as ComparisonSpec;
};

const checkBlocking = (
  raw: unknown,
  compared: ReadonlyMap<string, ComparisonSpec['kind']>,
): BlockingRule[] => {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw invalid('blocking must be a non-empty list of rules (lists of columns)');
  }
  if (raw.length > MAX_BLOCKING_RULES) {
    throw invalid(`blocking takes at most ${MAX_BLOCKING_RULES} rules`);
  }
  return raw.map((rule, r) => {
    if (!Array.isArray(rule) || rule.length === 0) {
      throw invalid(`blocking[${r}] must be a non-empty list of columns`);
    }
    return rule.map((part: unknown, p) => {
      const at = `blocking[${r}][${p}]`;
      const column = typeof part === 'string' ? part : isRecord(part) ? part.column : undefined;
      if (typeof column !== 'string')
        throw invalid(`${at} must be a column or { column, transform }`);
      const kind = compared.get(column);
      if (kind === undefined) throw invalid(`${at}: "${column}" is not a compared column`);
      if (isRecord(part)) {
        const t = part.transform;
        if (t !== 'year' && t !== 'initial' && t !== 'prefix3') {
          throw invalid(`${at}.transform must be year, initial or prefix3`);
        }
        if ((t === 'year') !== (kind === 'date')) {
          throw invalid(`${at}: ${t} does not apply to a ${kind} column`);
        }
        return { column, transform: t };
      }
      return column;
    });
  });
};

const NAME_HEADER = /name|surname|forename|patronym|фамил|имя|отчеств|прізвищ|ім.я|батьков/iu;
const GIVEN_HEADER = /given|first|fore|^name$|^имя$|^ім.я$/iu;
const FAMILY_HEADER = /surname|last|family|фамил|прізвищ/iu;
const DATE_HEADER = /date|dob|birth|born|дата|рожд|народж/iu;

/** Up to `limit` present cells of a column across sources. */
const sampleCells = (
  sources: readonly LinkageSource[],
  column: string,
  limit: number,
): string[] => {
  const out: string[] = [];
  for (const s of sources) {
    const cells = s.columns[column] ?? [];
    const step = Math.max(1, Math.floor(cells.length / limit));
    for (let i = 0; i < cells.length && out.length < limit; i += step) {
      const c = cells[i];
      if (!isMissing(c)) out.push(c);
    }
  }
  return out;
};

const looksLikeDates = (cells: readonly string[], byHeader: boolean): boolean => {
  if (cells.length === 0) return false;
  const parsed = cells.map(parsePartialDate);
  const ok = parsed.filter((d) => d !== undefined);
  const withMonth = ok.filter((d) => d.month !== 0).length;
  return byHeader
    ? ok.length >= 0.5 * cells.length
    : ok.length >= 0.9 * cells.length && withMonth >= 0.5 * cells.length;
};

/**
 * The comparisons a run uses when none are given: every column but the id, as a name (header
 * says name), a date (header says date and most cells parse, or nearly all cells are dates with
 * a month) or text. One given-name and one family-name column are compared swapped too.
 */
export const inferComparisons = (
  sources: readonly LinkageSource[],
  columns: readonly string[],
): ComparisonSpec[] => {
  const specs: ComparisonSpec[] = [];
  for (const column of columns) {
    const cells = sampleCells(sources, column, 2000);
    if (cells.length === 0) continue;
    if (NAME_HEADER.test(column) && !DATE_HEADER.test(column)) {
      specs.push({ kind: 'name', column });
    } else if (looksLikeDates(cells, DATE_HEADER.test(column))) {
      specs.push({ kind: 'date', column });
    } else {
      specs.push({ kind: 'text', column });
    }
  }
  const names = specs.filter((s) => s.kind === 'name').map((s) => s.column);
  const given = names.filter((c) => GIVEN_HEADER.test(c) && !FAMILY_HEADER.test(c));
  const family = names.filter((c) => FAMILY_HEADER.test(c));
  const [g] = given;
  const [f] = family;
  if (given.length === 1 && family.length === 1 && g !== undefined && f !== undefined) {
    return specs.map((s) =>
      s.kind !== 'name'
        ? s
        : s.column === g
          ? { ...s, swapWith: f }
          : s.column === f
            ? { ...s, swapWith: g }
            : s,
    );
  }
  return specs;
};

/** The columns present in any source, in order of first appearance. */
export const columnsOf = (sources: readonly LinkageSource[]): string[] => {
  const seen = new Set<string>();
  for (const s of sources) for (const c of Object.keys(s.columns)) seen.add(c);
  return [...seen];
};

/**
 * Checks the settings (as read from a JSON file: unknown keys are refused) and applies the
 * defaults. Comparisons are inferred from the sources' columns when not given.
 */
export const resolveSettings = (
  sources: readonly LinkageSource[],
  config: LinkageConfig | Record<string, unknown> = {},
): LinkageSettings => {
  if (!isRecord(config)) throw invalid('the settings must be a JSON object');
  for (const key of Object.keys(config)) {
    if (!CONFIG_KEYS.has(key)) throw invalid(`"${key}" is not a setting`);
  }
  const c = config as Record<string, unknown>;
  const columns = columnsOf(sources);
  const columnSet = new Set(columns);
  const mode = c.mode ?? (sources.length > 1 ? 'link-and-dedupe' : 'dedupe');
  if (mode !== 'dedupe' && mode !== 'link' && mode !== 'link-and-dedupe') {
    throw invalid('mode must be dedupe, link or link-and-dedupe');
  }
  if (mode === 'link' && sources.length < 2) throw invalid('mode link needs two or more sources');
  let comparisons: ComparisonSpec[];
  if (c.comparisons === undefined) {
    comparisons = inferComparisons(sources, columns);
  } else {
    if (!Array.isArray(c.comparisons)) throw invalid('comparisons must be a list');
    comparisons = c.comparisons.map((s, i) => checkSpec(s, `comparisons[${i}]`, columnSet));
  }
  if (comparisons.length === 0) {
    throw new LinkageError(
      LinkageErrorCode.nothingToCompare,
      'nothing to compare: no column besides the id holds a value',
    );
  }
  const seen = new Set<string>();
  for (const s of comparisons) {
    if (seen.has(s.column)) throw invalid(`column "${s.column}" is compared twice`);
    seen.add(s.column);
  }
  const compared = new Map(comparisons.map((s) => [s.column, s.kind] as const));
  return {
    mode,
    comparisons,
    blocking: c.blocking === undefined ? undefined : checkBlocking(c.blocking, compared),
    threshold:
      c.threshold === undefined
        ? DEFAULT_THRESHOLD
        : numberIn('threshold', c.threshold, 0.000001, 0.999999),
    cannotLinkBelow:
      c.cannotLinkBelow === undefined
        ? DEFAULT_CANNOT_LINK_BELOW
        : numberIn('cannotLinkBelow', c.cannotLinkBelow, 0, 0.5),
    seed: c.seed === undefined ? DEFAULT_SEED : numberIn('seed', c.seed, 0, 2 ** 32 - 1, true),
    uSamplePairs:
      c.uSamplePairs === undefined
        ? DEFAULT_U_SAMPLE_PAIRS
        : numberIn('uSamplePairs', c.uSamplePairs, 1000, 1e8, true),
    maxIterations:
      c.maxIterations === undefined
        ? DEFAULT_MAX_ITERATIONS
        : numberIn('maxIterations', c.maxIterations, 1, 1000, true),
    maxBlockSize:
      c.maxBlockSize === undefined
        ? DEFAULT_MAX_BLOCK_SIZE
        : numberIn('maxBlockSize', c.maxBlockSize, 2, 1e7, true),
    priorMatch:
      c.priorMatch === undefined ? undefined : numberIn('priorMatch', c.priorMatch, 1e-12, 0.5),
  };
};
