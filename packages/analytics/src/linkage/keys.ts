import type { NameDictionary, PreparedData } from './prepare';
import { NumberInterner } from './intern';
import type { BlockingPart, BlockingRule } from './types';

// Blocking keys. Every record gets, per rule, a short sorted list of key ids: a name has one key
// per spelling (so "Григорий" and "Hryhorii" meet), other values one key. Two records are
// candidates under a rule when their lists intersect.

/** Keys of one rule: CSR over records (`keys[keyStart[r] .. keyStart[r+1])`, ascending). */
export interface RuleKeys {
  readonly keyStart: Int32Array;
  readonly keys: Int32Array;
  /** Key ids are below this. */
  readonly keyCount: number;
}

/** Keys of one part of a rule: per dictionary value (CSR, primary key first), and each record's value. */
export interface PartKeys {
  readonly values: Int32Array;
  readonly valueKeyStart: Int32Array;
  readonly valueKeys: Int32Array;
  readonly space: number;
}

/** Spellings of a multi-word name per word choice are capped: keys must stay few. */
const MAX_NAME_KEYS = 8;
/** Combined keys of one record under one rule are capped likewise. */
const MAX_RULE_KEYS = 16;

class KeyInterner<K> {
  private readonly ids = new Map<K, number>();
  id(k: K): number {
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(k, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

const csrOf = (lists: readonly (readonly number[])[]): { start: Int32Array; flat: Int32Array } => {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = (start[i] as number) + l.length));
  const flat = new Int32Array(start[lists.length] as number);
  lists.forEach((l, i) => flat.set(l, start[i] as number));
  return { start, flat };
};

/** The spelling keys of each name value: primary spellings, then one word's alternatives. */
const nameValueKeys = (names: NameDictionary, multiWordKey: (k: string) => number): number[][] =>
  names.values.map((_, v) => {
    const start = names.valueWordStart[v] as number;
    const end = names.valueWordStart[v + 1] as number;
    const words = Array.from(names.valueWords.subarray(start, end));
    const primary = words.map((w) => names.wordPrimaryId[w] as number);
    const keyOf = (ids: readonly number[]): number =>
      words.length === 1
        ? (ids[0] as number)
        : multiWordKey([...ids].sort((a, b) => a - b).join(' '));
    const keys = new Set<number>([keyOf(primary)]);
    words.forEach((w, i) => {
      const from = names.wordSpellingStart[w] as number;
      const to = names.wordSpellingStart[w + 1] as number;
      for (let s = from; s < to && keys.size < MAX_NAME_KEYS; s += 1) {
        const alt = [...primary];
        alt[i] = names.wordSpellings[s] as number;
        keys.add(keyOf(alt));
      }
    });
    return [...keys];
  });

const partColumn = (part: BlockingPart): string => (typeof part === 'string' ? part : part.column);

/** One key per dictionary value: the value itself. */
const identity = (values: Int32Array, size: number): PartKeys => {
  const valueKeyStart = new Int32Array(size + 1);
  for (let v = 0; v <= size; v += 1) valueKeyStart[v] = v;
  return { values, valueKeyStart, valueKeys: valueKeyStart.subarray(0, size), space: size };
};

/** One key per dictionary value, computed from it (e.g. its first letter). */
const derived = <K>(values: Int32Array, keyOf: readonly K[]): PartKeys => {
  const interner = new KeyInterner<K>();
  const valueKeys = Int32Array.from(keyOf, (k) => interner.id(k));
  const valueKeyStart = new Int32Array(keyOf.length + 1);
  for (let v = 0; v <= keyOf.length; v += 1) valueKeyStart[v] = v;
  return { values, valueKeyStart, valueKeys, space: interner.size };
};

/** The keys of one part of a rule. */
export const partKeys = (data: PreparedData, part: BlockingPart): PartKeys => {
  const column = partColumn(part);
  const c = data.comparisons.findIndex((s) => s.column === column);
  const col = data.columns[c];
  if (col === undefined) throw new Error(`blocking column ${column} is not compared`);
  const transform = typeof part === 'string' ? undefined : part.transform;
  const { values } = col;
  if (col.kind === 'name') {
    const names = data.names;
    if (transform !== undefined) {
      return derived(
        values,
        names.fold.map((f) => (transform === 'initial' ? f.slice(0, 1) : f.slice(0, 3))),
      );
    }
    // Single-word keys are spelling ids; multi-word keys are interned above them.
    const interner = new KeyInterner<string>();
    const offset = names.wordSpellings.reduce((m, s) => Math.max(m, s + 1), 0);
    const { start, flat } = csrOf(nameValueKeys(names, (k) => offset + interner.id(k)));
    return { values, valueKeyStart: start, valueKeys: flat, space: offset + interner.size };
  }
  if (col.kind === 'date') {
    return transform === 'year'
      ? derived(values, Array.from(col.year))
      : identity(values, col.digits.length);
  }
  if (transform === undefined) return identity(values, col.dict.length);
  return derived(
    values,
    col.dict.map((s) => (transform === 'initial' ? s.slice(0, 1) : s.slice(0, 3))),
  );
};

/**
 * Calls `each(record, keys, count)` for records from, from + step, … below `to`, with the
 * record's keys under the parts' product in `keys[0 .. count)` (a reused buffer). Keys of several
 * parts are combined pairwise (`a * space + b`) and interned, so they stay dense ids. Returns
 * the key space. With `primaryOnly`, each part contributes only its value's first key.
 */
const combine = (
  parts: readonly PartKeys[],
  from: number,
  to: number,
  step: number,
  primaryOnly: boolean,
  each: (r: number, keys: Int32Array, count: number) => void,
): number => {
  const interners = parts.slice(1).map(() => new NumberInterner(Math.ceil((to - from) / step)));
  let current = new Int32Array(MAX_RULE_KEYS);
  let next = new Int32Array(MAX_RULE_KEYS);
  const first = parts[0] as PartKeys;
  for (let r = from; r < to; r += step) {
    let count = 0;
    const v0 = first.values[r] as number;
    if (v0 >= 0) {
      const s = first.valueKeyStart[v0] as number;
      const e = primaryOnly
        ? Math.min(s + 1, first.valueKeyStart[v0 + 1] as number)
        : (first.valueKeyStart[v0 + 1] as number);
      for (let k = s; k < e && count < MAX_RULE_KEYS; k += 1)
        current[count++] = first.valueKeys[k] as number;
    }
    for (let p = 1; p < parts.length && count > 0; p += 1) {
      const part = parts[p] as PartKeys;
      const interner = interners[p - 1] as NumberInterner;
      const v = part.values[r] as number;
      let n = 0;
      if (v >= 0) {
        const s = part.valueKeyStart[v] as number;
        const e = primaryOnly
          ? Math.min(s + 1, part.valueKeyStart[v + 1] as number)
          : (part.valueKeyStart[v + 1] as number);
        for (let x = 0; x < count; x += 1) {
          const a = current[x] as number;
          for (let k = s; k < e && n < MAX_RULE_KEYS; k += 1) {
            next[n++] = interner.id(a * part.space + (part.valueKeys[k] as number));
          }
        }
      }
      const t = current;
      current = next;
      next = t;
      count = n;
    }
    each(r, current, count);
  }
  return interners.length > 0 ? (interners.at(-1)?.size ?? 0) : first.space;
};

/** The keys of every record under one rule. */
export const ruleKeys = (data: PreparedData, rule: BlockingRule): RuleKeys => {
  const parts = rule.map((p) => partKeys(data, p));
  const keyStart = new Int32Array(data.size + 1);
  let keys = new Int32Array(Math.max(16, data.size));
  let n = 0;
  const keyCount = combine(parts, 0, data.size, 1, false, (r, list, count) => {
    if (count > 1) list.subarray(0, count).sort();
    if (n + count > keys.length) {
      const bigger = new Int32Array(Math.max(keys.length * 2, n + count));
      bigger.set(keys);
      keys = bigger;
    }
    let prev = -1;
    for (let x = 0; x < count; x += 1) {
      const k = list[x] as number;
      if (k !== prev) keys[n++] = k;
      prev = k;
    }
    keyStart[r + 1] = n;
  });
  return { keyStart, keys: keys.slice(0, n), keyCount };
};

/** The columns a rule reads. */
export const ruleColumns = (rule: BlockingRule): string[] => rule.map(partColumn);

/** A rule as text, e.g. `surname + year(birth_date)`. */
export const ruleLabel = (rule: BlockingRule): string =>
  rule.map((p) => (typeof p === 'string' ? p : `${p.transform}(${p.column})`)).join(' + ');

/**
 * Pairs a rule of these parts would yield, estimated on every `step`-th record and scaled by
 * step². Names count by their primary spelling only: two spellings of one name share several
 * keys, and counting each would count their pairs several times.
 */
export const estimatePairs = (parts: readonly PartKeys[], size: number, step: number): number => {
  let counts = new Int32Array(1024);
  combine(parts, 0, size, step, true, (_, list, count) => {
    if (count === 0) return;
    const k = list[0] as number;
    if (k >= counts.length) {
      const bigger = new Int32Array(Math.max(counts.length * 2, k + 1));
      bigger.set(counts);
      counts = bigger;
    }
    counts[k] = (counts[k] as number) + 1;
  });
  let pairs = 0;
  for (const n of counts) pairs += (n * (n - 1)) / 2;
  return pairs * step * step;
};
