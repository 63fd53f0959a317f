import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordStrength } from './passwordStrength';

describe('passwordStrength', () => {
  it('rates a password shorter than the minimum as very weak, however varied', () => {
    expect(passwordStrength('Aa1!Bb2@Cc'.slice(0, MIN_PASSWORD_LENGTH - 1))).toBe(0);
  });

  it('rates a long passphrase of unrelated words as strong', () => {
    expect(passwordStrength('correct horse battery staple 1')).toBe(4);
  });

  it('rates a run of one repeated character lower than varied characters of the same length', () => {
    const repeated = passwordStrength('a'.repeat(20));
    const varied = passwordStrength('tq7mzp2kxw9hbn4rvc8y');
    expect(repeated).toBeLessThan(varied);
  });

  it('rates a password built on a well-known one lower than the same length of random letters', () => {
    expect(passwordStrength('password1234')).toBeLessThan(passwordStrength('kzqvhjwmbtyr'));
  });

  it('gives credit to Cyrillic passphrases', () => {
    expect(passwordStrength('тихая река утром шумит')).toBeGreaterThanOrEqual(3);
  });
});
