import { describe, expect, it } from 'vitest';
import { sensitiveFields, withField } from './security';

describe('vault settings in the web app', () => {
  it('exposes and seals one field at a time, keeping the canonical order', () => {
    const [first, second] = sensitiveFields;
    if (first === undefined || second === undefined) throw new Error('no sensitive fields');
    const one = withField({ codedSensitiveFields: [] }, second, true);
    const both = withField(one, first, true);
    expect(both.codedSensitiveFields).toEqual([first, second]);
    expect(withField(both, second, false).codedSensitiveFields).toEqual([first]);
  });
});

describe('the labels of sensitive fields', () => {
  it('has one in the catalog for every sensitive field', async () => {
    const { en } = await import('../../app/i18n/en');
    const missing = sensitiveFields.filter((f) => !(`vault.security.field.${f}` in en));
    expect(missing).toEqual([]);
  });
});
