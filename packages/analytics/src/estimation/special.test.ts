import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHI2_1_95, chiSquareSurvival, logAddExp, logGamma } from './special';

describe('logGamma', () => {
  it('matches known values of log Γ to about 1e-14', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.125)).toBeCloseTo(2.01941835755379, 13);
    expect(logGamma(1e6)).toBeCloseTo(12815504.5691476, 6);
  });

  it('satisfies log Γ(x + 1) = log Γ(x) + log x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        const rhs = logGamma(x) + Math.log(x);
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-9 * Math.max(1, Math.abs(lhs)));
      }),
    );
  });

  it('is NaN for arguments that are not positive', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });
});

describe('chiSquareSurvival', () => {
  it('gives 5% at the 95% quantiles of chi-squared', () => {
    expect(chiSquareSurvival(CHI2_1_95, 1)).toBeCloseTo(0.05, 10);
    expect(chiSquareSurvival(5.991464547107979, 2)).toBeCloseTo(0.05, 10);
    expect(chiSquareSurvival(18.307038053275146, 10)).toBeCloseTo(0.05, 10);
  });

  it('is 1 at zero and falls towards 0 far out', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(200, 3)).toBeLessThan(1e-40);
  });
});

describe('logAddExp', () => {
  it('adds in the log domain without overflow', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 10);
    expect(logAddExp(-Infinity, 3)).toBe(3);
  });
});
