import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv';
import { IuliiaEngine, type IuliiaSchema } from './engine';

const dir = new URL('../data/iuliia/', import.meta.url);
const schemas = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as IuliiaSchema);
const engines = new Map(schemas.map((s) => [s.name, new IuliiaEngine(s)]));

const samples = parseCsv(
  readFileSync(new URL('../data/vectors/iuliia_samples.csv', import.meta.url), 'utf8'),
)
  .slice(1)
  .map(([schema = '', cyrillic = '', latin = '']) => ({ schema, cyrillic, latin }));

describe('iuliia schemas', () => {
  it('all 13 schemas of shared/data/translit/iuliia are present', () => {
    expect(schemas).toHaveLength(13);
  });

  it.each(samples)('$schema: the sample file writes $cyrillic as $latin', (s) => {
    expect(engines.get(s.schema)?.transliterate(s.cyrillic)).toBe(s.latin);
  });

  const own = schemas.flatMap((s) =>
    s.samples.map(([cyrillic, latin]) => ({ name: s.name, cyrillic, latin })),
  );
  it.each(own)('$name passes its own sample $cyrillic', ({ name, cyrillic, latin }) => {
    expect(engines.get(name)?.transliterate(cyrillic)).toBe(latin);
  });

  it('ending rules apply only to words longer than two letters', () => {
    const wiki = engines.get('wikipedia');
    expect(wiki?.transliterate('Дмитрий')).toBe('Dmitry');
    expect(wiki?.transliterate('ий')).toBe('iy');
  });

  it('a letter found in no mapping is kept', () => {
    expect(engines.get('wikipedia')?.transliterate('Ґ1')).toBe('Ґ1');
  });
});
