import { describe, expect, it } from 'vitest';
import { coreNameVariants } from '../../../../../cli/src/commands/link/variants';
import { browserNameVariants } from './nameVariants';

const words = [
  'Олександр',
  'Александр',
  'Юлия',
  'Щербаков',
  'Гнатюк',
  'Alexander',
  'Oleksandr',
  'Xenia',
  'Ёлкин',
];

describe('name spellings in the browser', () => {
  it('are the CLI’s, word for word', () => {
    const web = browserNameVariants();
    const cli = coreNameVariants();
    for (const w of words) expect(web(w), w).toEqual(cli(w));
  });

  it('let a Cyrillic name and its Latin transliteration meet (words as the engine passes them: lower case)', () => {
    const variants = browserNameVariants();
    const shared = (a: string, b: string) => variants(a).some((v) => variants(b).includes(v));
    expect(shared('гнатюк', 'hnatiuk')).toBe(true);
    expect(shared('щербаков', 'shcherbakov')).toBe(true);
    expect(shared('щербаков', 'petrov')).toBe(false);
  });
});
