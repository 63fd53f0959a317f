import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './http';

/** The sources a CSP directive allows, or undefined when the directive is not set. */
const sourcesOf = (directive: string): string[] | undefined =>
  contentSecurityPolicy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1);

describe('the content security policy', () => {
  it('lets decrypted evidence be shown from blob: addresses of this origin only', () => {
    expect(sourcesOf('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(sourcesOf('media-src')).toEqual(["'self'", 'blob:']);
    expect(sourcesOf('frame-src')).toEqual(["'self'", 'blob:']);
  });

  it('allows no other host, no plugins, and no framing of the app', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
    expect(sourcesOf('object-src')).toEqual(["'none'"]);
    expect(sourcesOf('frame-ancestors')).toEqual(["'none'"]);
  });
});
