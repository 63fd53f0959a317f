import { describe, expect, it } from 'vitest';
import {
  betaDraw,
  binomialDraw,
  categoricalDraw,
  logBetaDraw,
  logGammaDraw,
  multinomialDraw,
  negativeBinomialDraw,
  poissonDraw,
  rng,
} from './random';

const moments = (n: number, draw: () => number): { mean: number; variance: number } => {
  let s = 0;
  let q = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    q += x * x;
  }
  const mean = s / n;
  return { mean, variance: q / n - mean * mean };
};

describe('binomialDraw', () => {
  it.each([
    [20, 0.1],
    [1000, 0.004],
    [1000, 0.3],
    [5000, 0.93],
  ])('has mean np and variance np(1 − p) for n = %i, p = %f', (n, p) => {
    const r = rng(3);
    const { mean, variance } = moments(40_000, () => binomialDraw(r, n, p));
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(40_000));
    expect(variance / (sd * sd)).toBeGreaterThan(0.95);
    expect(variance / (sd * sd)).toBeLessThan(1.05);
  });

  it('stays within 0 … n and handles p of 0 and 1', () => {
    const r = rng(4);
    for (let i = 0; i < 1000; i++) {
      const x = binomialDraw(r, 50, 0.5);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(50);
    }
    expect(binomialDraw(r, 10, 0)).toBe(0);
    expect(binomialDraw(r, 10, 1)).toBe(10);
  });
});

describe('poissonDraw', () => {
  it.each([0.7, 9.5, 40, 12_000])('has mean and variance equal to %f', (lambda) => {
    const r = rng(5);
    const { mean, variance } = moments(40_000, () => poissonDraw(r, lambda));
    expect(Math.abs(mean - lambda)).toBeLessThan((4 * Math.sqrt(lambda)) / Math.sqrt(40_000));
    expect(variance / lambda).toBeGreaterThan(0.95);
    expect(variance / lambda).toBeLessThan(1.05);
  });
});

describe('negativeBinomialDraw', () => {
  it('counts failures before `size` successes: mean size (1 − p) / p', () => {
    const r = rng(6);
    const { mean } = moments(40_000, () => negativeBinomialDraw(r, 4400, 0.45));
    expect(mean / ((4400 * 0.55) / 0.45)).toBeCloseTo(1, 2);
  });
});

describe('multinomialDraw and categoricalDraw', () => {
  it('split n in proportion to unnormalised weights and always sum to n', () => {
    const r = rng(7);
    const weights = [0.2, 0, 3, 0.8];
    const totals = [0, 0, 0, 0];
    const out = new Int32Array(4);
    for (let i = 0; i < 5000; i++) {
      multinomialDraw(r, 100, weights, 4, out);
      expect(out.reduce((s, x) => s + x, 0)).toBe(100);
      expect(out[1]).toBe(0);
      out.forEach((x, k) => (totals[k] = (totals[k] ?? 0) + x));
    }
    expect((totals[2] ?? 0) / 500_000).toBeCloseTo(0.75, 2);
    const picks = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const k = categoricalDraw(r, weights, 4);
      picks[k] = (picks[k] ?? 0) + 1;
    }
    expect(picks[1]).toBe(0);
    expect((picks[3] ?? 0) / 40_000).toBeCloseTo(0.2, 1);
  });
});

describe('logGammaDraw', () => {
  it('gives the log of Gamma draws, finite even for tiny shapes', () => {
    const r = rng(8);
    const { mean } = moments(40_000, () => Math.exp(logGammaDraw(r, 3)));
    expect(mean).toBeCloseTo(3, 1);
    for (let i = 0; i < 1000; i++) expect(Number.isFinite(logGammaDraw(r, 1e-4))).toBe(true);
  });

  it('repeats exactly with the same seed', () => {
    const a = rng(11);
    const b = rng(11);
    const xs = Array.from({ length: 50 }, () => binomialDraw(a, 800, 0.2) + poissonDraw(a, 60));
    const ys = Array.from({ length: 50 }, () => binomialDraw(b, 800, 0.2) + poissonDraw(b, 60));
    expect(xs).toEqual(ys);
  });
});

describe('betaDraw and logBetaDraw', () => {
  it.each([
    [1, 1],
    [1, 4],
    [3, 1],
    [2.5, 7],
    [0.4, 0.6],
  ])('have mean a / (a + b) for Beta(%f, %f)', (a, b) => {
    const r = rng(12);
    const { mean } = moments(40_000, () => betaDraw(r, a, b));
    expect(mean).toBeCloseTo(a / (a + b), 2);
    const out = new Float64Array(2);
    let worst = 0;
    const { mean: logMean } = moments(40_000, () => {
      logBetaDraw(r, a, b, out);
      worst = Math.max(worst, Math.abs(Math.exp(out[0] ?? 0) + Math.exp(out[1] ?? 0) - 1));
      return Math.exp(out[0] ?? 0);
    });
    expect(worst).toBeLessThan(1e-12);
    expect(logMean).toBeCloseTo(a / (a + b), 2);
  });

  it('keeps log(1 − V) finite when V is within rounding of 1', () => {
    const r = rng(13);
    const out = new Float64Array(2);
    for (let i = 0; i < 1000; i++) {
      logBetaDraw(r, 1, 1e-3, out);
      expect(Number.isFinite(out[0])).toBe(true);
      expect(Number.isFinite(out[1])).toBe(true);
      logBetaDraw(r, 4000, 0.01, out);
      expect(Number.isFinite(out[1])).toBe(true);
    }
  });
});
