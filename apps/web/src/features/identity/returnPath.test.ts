import { describe, expect, it } from 'vitest';
import { returnPath } from './returnPath';

describe('returnPath', () => {
  it('returns to the page inside the app that required signing in', () => {
    expect(returnPath({ from: '/vaults/abc/audit' })).toBe('/vaults/abc/audit');
  });

  it('refuses protocol-relative and absolute addresses, going to the vault list instead', () => {
    expect(returnPath({ from: '//evil.example/x' })).toBe('/vaults');
    expect(returnPath({ from: 'https://evil.example/' })).toBe('/vaults');
  });

  it('goes to the vault list when no page is remembered', () => {
    expect(returnPath(null)).toBe('/vaults');
    expect(returnPath({ from: 42 })).toBe('/vaults');
  });
});
