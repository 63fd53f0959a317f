/** A seeded pseudo-random source. Not for secrets: only for reproducible Monte Carlo draws. */
export interface Rng {
  /** Uniform on [0, 1), in steps of 2^-32. */
  next(): number;
  /** Standard normal (Marsaglia's polar method). */
  normal(): number;
  /** Gamma with the given shape and scale 1 (Marsaglia and Tsang); shape must be > 0. */
  gamma(shape: number): number;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** The xoshiro128** generator (Blackman and Vigna) from a 128-bit state: 32-bit unsigned outputs. */
export const xoshiro128ss = (s0: number, s1: number, s2: number, s3: number): (() => number) => {
  let a = s0 | 0;
  let b = s1 | 0;
  let c = s2 | 0;
  let d = s3 | 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result >>> 0;
  };
};

/**
 * A seeded PRNG: xoshiro128** (Blackman and Vigna) with its state filled by splitmix32 from the
 * seed, taken modulo 2^32. The integer stream is bit-identical on every JavaScript engine; normal
 * and gamma draws also use Math.log and Math.pow, which the language lets engines round
 * differently in the last bit, so across engines results agree to far more digits than are shown
 * but are only guaranteed bit-identical on the same engine.
 */
export const rng = (seed: number): Rng => {
  let sm = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  const splitmix32 = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  const a = splitmix32();
  const b = splitmix32();
  const c = splitmix32();
  const d = splitmix32();
  // The all-zero state is the one xoshiro cannot leave.
  const nextUint = xoshiro128ss((a | b | c | d) === 0 ? 1 : a, b, c, d);

  const next = (): number => nextUint() / 4294967296;

  // A flag and a number rather than `number | undefined`, so the spare stays an unboxed double.
  let hasSpare = false;
  let spare = 0;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (;;) {
      const u = 2 * next() - 1;
      const v = 2 * next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
      }
    }
  };

  const gamma = (shape: number): number => {
    if (!(shape > 0) || !Number.isFinite(shape)) {
      throw new RangeError(`gamma shape must be a positive finite number, got ${shape}`);
    }
    // Shapes below 1 via the boost Gamma(a) = Gamma(a + 1) · U^(1/a).
    if (shape < 1) return gamma(shape + 1) * Math.pow(next(), 1 / shape);
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return dd * v;
      if (Math.log(u) < 0.5 * x2 + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };

  return { next, normal, gamma };
};

const LN4 = Math.log(4);
const ONE_PLUS_LN5 = 1 + Math.log(5);

/**
 * A Beta(a, b) draw. When both shapes exceed 1, Cheng's algorithm BB (1978), which needs about
 * two uniforms per draw; otherwise the ratio of two gamma draws.
 */
export const betaDraw = (r: Rng, a: number, b: number): number => {
  const lo = Math.min(a, b);
  if (!(lo > 1)) {
    const x = r.gamma(a);
    const y = r.gamma(b);
    return x / (x + y);
  }
  const hi = Math.max(a, b);
  const alpha = lo + hi;
  const beta = Math.sqrt((alpha - 2) / (2 * lo * hi - alpha));
  const gamma = lo + 1 / beta;
  let w: number;
  for (;;) {
    const u1 = r.next();
    const u2 = r.next();
    if (u1 === 0) continue;
    const v = beta * Math.log(u1 / (1 - u1));
    w = Math.min(lo * Math.exp(v), Number.MAX_VALUE);
    const z = u1 * u1 * u2;
    const rr = gamma * v - LN4;
    const s = lo + rr - w;
    if (s + ONE_PLUS_LN5 >= 5 * z) break;
    const t = Math.log(z);
    if (s > t) break;
    if (rr + alpha * Math.log(alpha / (hi + w)) >= t) break;
  }
  return a === lo ? w / (hi + w) : hi / (hi + w);
};
