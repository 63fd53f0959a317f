import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache';

const bytes = (n: number, fill = 'x') => Buffer.from(fill.repeat(n));

describe('the result cache', () => {
  it('gives back what was stored under the same key and fingerprint', () => {
    const cache = new ResultCache(1000);
    cache.set('a', '1', bytes(10, 'a'));
    expect(cache.get('a', '1')?.toString()).toBe('a'.repeat(10));
  });

  it('misses and forgets an entry when the sources changed (another fingerprint)', () => {
    const cache = new ResultCache(1000);
    cache.set('a', '1', bytes(10));
    expect(cache.get('a', '2')).toBeUndefined();
    expect(cache.get('a', '1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used entries to stay within its bound', () => {
    const cache = new ResultCache(100);
    cache.set('a', '1', bytes(20));
    cache.set('b', '1', bytes(20));
    cache.set('c', '1', bytes(20));
    cache.get('a', '1'); // a is now the most recently used
    cache.set('d', '1', bytes(25));
    cache.set('e', '1', bytes(25));
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBeDefined();
    expect(cache.size).toBeLessThanOrEqual(100);
  });

  it('does not keep an answer larger than a quarter of its bound', () => {
    const cache = new ResultCache(100);
    cache.set('a', '1', bytes(26));
    expect(cache.get('a', '1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('replaces an entry stored again under the same key', () => {
    const cache = new ResultCache(100);
    cache.set('a', '1', bytes(20, 'a'));
    cache.set('a', '2', bytes(10, 'b'));
    expect(cache.size).toBe(10);
    expect(cache.get('a', '2')?.toString()).toBe('b'.repeat(10));
  });
});
