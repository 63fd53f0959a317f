import { describe, expect, it } from 'vitest';
import { betaDraw, rng, xoshiro128ss } from './rng';

const sample = (n: number, draw: () => number): { mean: number; variance: number } => {
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sq / n - mean * mean };
};

describe('xoshiro128ss', () => {
  it('reproduces the reference outputs of xoshiro128** from the state 1, 2, 3, 4', () => {
    const next = xoshiro128ss(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, next)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });
});

describe('rng', () => {
  it('gives the same stream for the same seed and pins its first values', () => {
    const a = rng(1);
    const b = rng(1);
    const first = [a.next(), a.next(), a.next()];
    expect(first).toEqual([b.next(), b.next(), b.next()]);
    expect(first).toEqual([0.5686059962026775, 0.753928849240765, 0.8893939366098493]);
  });

  it('pins the 2,000th uniform, normal and gamma of a mixed stream, so a rewrite keeps every draw', () => {
    const r = rng(123456789);
    let last: number[] = [];
    for (let i = 0; i < 2000; i++) last = [r.next(), r.normal(), r.gamma(0.3 + (i % 7))];
    expect(last).toEqual([0.2771810283884406, 1.0562742643627183, 4.55466683704478]);
  });

  it('gives different streams for different seeds, and takes the seed modulo 2^32', () => {
    expect(rng(1).next()).not.toBe(rng(2).next());
    expect(rng(2 ** 32 + 1).next()).toBe(rng(1).next());
  });

  it('draws uniforms in [0, 1) with mean one half', () => {
    const r = rng(7);
    let lo = 1;
    let hi = 0;
    const { mean, variance } = sample(50_000, () => {
      const x = r.next();
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      return x;
    });
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
  });

  it('draws standard normals', () => {
    const r = rng(11);
    const { mean, variance } = sample(50_000, () => r.normal());
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(variance).toBeCloseTo(1, 1);
  });

  it.each([0.3, 1, 2.5, 40])(
    'draws gammas of shape %s with mean and variance equal to the shape',
    (shape) => {
      const r = rng(13);
      const { mean, variance } = sample(40_000, () => r.gamma(shape));
      expect(mean / shape).toBeCloseTo(1, 1);
      expect(variance / shape).toBeCloseTo(1, 1);
    },
  );

  it.each([
    [0.5, 8],
    [2.5, 7.5],
    [7.5, 2.5],
    [1.5, 40],
    [100.5, 200.5],
  ])('draws Beta(%s, %s) with its mean and variance', (a, b) => {
    const r = rng(17);
    const { mean, variance } = sample(40_000, () => betaDraw(r, a, b));
    expect(mean / (a / (a + b))).toBeCloseTo(1, 1);
    expect(variance / ((a * b) / ((a + b) ** 2 * (a + b + 1)))).toBeCloseTo(1, 1);
  });

  it('refuses a gamma shape that is not positive', () => {
    expect(() => rng(1).gamma(0)).toThrow(RangeError);
    expect(() => rng(1).gamma(Number.NaN)).toThrow(RangeError);
  });
});
