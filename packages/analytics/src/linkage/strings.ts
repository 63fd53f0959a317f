// String similarity for comparison levels: Jaro–Winkler and a bounded Damerau–Levenshtein
// (optimal string alignment). They work on UTF-16
// code units, which is exact for the normalised Latin and Cyrillic text they are given, and reuse
// scratch buffers: they run millions of times per linkage.

let marksA = new Int32Array(64);
let marksB = new Int32Array(64);
let stamp = 0;

/** Positions of each character in the current `b` (bit j set: b[j] is that character). */
const positions = new Int32Array(65536);

const lowestBit = (x: number): number => 31 - Math.clz32(x & -x);

/**
 * Jaro by bit vectors (strings of at most 31 code units): for each character of a, the first
 * unmatched equal character of b inside the window is the lowest set bit of one mask, instead
 * of a scan of the window. Same matches and transpositions as the scan.
 */
const jaroBits = (a: string, b: string, la: number, lb: number): number => {
  for (let j = 0; j < lb; j += 1) {
    const c = b.charCodeAt(j);
    positions[c] = (positions[c] as number) | (1 << j);
  }
  const window = Math.max(0, (la > lb ? la : lb) >> 1) - 1;
  const all = lb === 32 ? -1 : (1 << lb) - 1;
  let matchedA = 0;
  let matchedB = 0;
  let matches = 0;
  for (let i = 0; i < la; i += 1) {
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1;
    const inWindow = (hi >= 31 ? all : ((1 << hi) - 1) & all) & ~((1 << lo) - 1);
    const free = (positions[a.charCodeAt(i)] as number) & inWindow & ~matchedB;
    if (free !== 0) {
      matchedB |= free & -free;
      matchedA |= 1 << i;
      matches += 1;
    }
  }
  for (let j = 0; j < lb; j += 1) positions[b.charCodeAt(j)] = 0;
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let restB = matchedB;
  let restA = matchedA;
  while (restA !== 0) {
    const i = lowestBit(restA);
    const j = lowestBit(restB);
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions += 1;
    restA &= restA - 1;
    restB &= restB - 1;
  }
  return (matches / la + matches / lb + (matches - halfTranspositions / 2) / matches) / 3;
};

/** Jaro similarity in [0, 1]: 1 for equal strings, 0 when no character matches. */
export const jaro = (a: string, b: string): number => {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la <= 31 && lb <= 31) return jaroBits(a, b, la, lb);
  if (marksA.length < la || marksB.length < lb) {
    marksA = new Int32Array(Math.max(la, lb) * 2);
    marksB = new Int32Array(Math.max(la, lb) * 2);
    stamp = 0;
  }
  // Marks carry the call's stamp instead of being cleared on every call.
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    marksA.fill(0);
    marksB.fill(0);
    stamp = 1;
  }
  const st = stamp;
  const ma = marksA;
  const mb = marksB;
  const window = Math.max(0, (la > lb ? la : lb) >> 1) - 1;
  let matches = 0;
  for (let i = 0; i < la; i += 1) {
    const c = a.charCodeAt(i);
    const from = i > window ? i - window : 0;
    const to = i + window < lb - 1 ? i + window : lb - 1;
    for (let j = from; j <= to; j += 1) {
      if (mb[j] !== st && b.charCodeAt(j) === c) {
        ma[i] = st;
        mb[j] = st;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < la; i += 1) {
    if (ma[i] !== st) continue;
    while (mb[k] !== st) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) halfTranspositions += 1;
    k += 1;
  }
  return (matches / la + matches / lb + (matches - halfTranspositions / 2) / matches) / 3;
};

/**
 * Jaro–Winkler similarity in [0, 1] (prefix scale 0.1 over at most 4 characters, applied above
 * a Jaro of 0.7, as in Winkler 1990 and DuckDB's `jaro_winkler` that Splink uses).
 */
export const jaroWinkler = (a: string, b: string): number => {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  const limit = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return j + prefix * 0.1 * (1 - j);
};

/** Whether a single insertion, deletion, substitution or swap of neighbours turns a into b. */
export const withinOneEdit = (a: string, b: string): boolean => {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  const shorter = la < lb ? la : lb;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i === shorter) return true;
  if (la === lb) {
    // Substitution at i, or transposition of i and i + 1.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
};

let rowPrev2 = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

/**
 * The Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and transpositions of neighbours) when it is at most `max`, else `max + 1`.
 */
export const damerauLevenshteinWithin = (a: string, b: string, max: number): number => {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (max === 1) return withinOneEdit(a, b) ? 1 : 2;
  if (la === 0 || lb === 0) return Math.min(Math.max(la, lb), max + 1);
  if (rowCur.length <= lb) {
    rowPrev2 = new Int32Array(lb * 2 + 2);
    rowPrev = new Int32Array(lb * 2 + 2);
    rowCur = new Int32Array(lb * 2 + 2);
  }
  for (let j = 0; j <= lb; j += 1) rowPrev[j] = j;
  for (let i = 1; i <= la; i += 1) {
    rowCur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j += 1) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(
        (rowPrev[j] as number) + 1,
        (rowCur[j - 1] as number) + 1,
        (rowPrev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (rowPrev2[j - 2] as number) + 1);
      }
      rowCur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCur;
    rowCur = t;
  }
  return Math.min(rowPrev[lb] as number, max + 1);
};
