import { describe, expect, it } from 'vitest';
import { formatOf, parseLang, parsePeriod, parsePurpose, parseThreshold } from './args';

describe('report arguments', () => {
  it('takes the format from --format, else from the extension of --out', () => {
    expect(formatOf(undefined, 'annex.PDF')).toBe('pdf');
    expect(formatOf(undefined, 'annex.html')).toBe('html');
    expect(formatOf('pdf', 'annex.html')).toBe('pdf');
    expect(() => formatOf('docx', 'x')).toThrow(/--format must be one of html, pdf/);
  });

  it('refuses a period whose end is before its start, or a day that does not exist', () => {
    expect(parsePeriod({ from: '2024-01-01' })).toEqual({ from: '2024-01-01' });
    expect(() => parsePeriod({ from: '2024-02-01', to: '2024-01-01' })).toThrow(/--to/);
    expect(() => parsePeriod({ to: '2023-02-29' })).toThrow(/--to must be a day/);
  });

  it('knows the report languages, the consent uses and a sensible threshold', () => {
    expect(parseLang('RU')).toBe('ru');
    expect(() => parseLang('de')).toThrow(/en, ru, uk/);
    expect(parsePurpose('courts')).toBe('courts');
    expect(() => parsePurpose('backup')).toThrow(/--purpose/);
    expect(parseThreshold('10')).toBe(10);
    expect(() => parseThreshold('1')).toThrow(/--k/);
  });
});
