import { describe, expect, it } from 'vitest';
import type { LinkagePerson } from '../model/people';
import { explainIds, runLinkage } from './engine';

const person = (
  id: string,
  names: string[],
  birthDate: string | null,
  sex: string | null = null,
  citizenship: string | null = null,
): LinkagePerson => ({
  id,
  names,
  birthDate,
  birthYear: birthDate === null ? null : Number(birthDate.slice(0, 4)),
  sex,
  citizenship,
});

const people = [
  person('r01', ['Олександр Гнатюк'], '1984-03-12', 'male', 'UA'),
  person('r02', ['Oleksandr Hnatiuk'], '1984-03-12', 'male', 'UA'),
  person('r03', ['Ольга Сидоренко'], '1975-07-30', 'female', 'UA'),
  person('r04', ['Olga Sidorenko'], '1975', 'female', 'UA'),
  person('r05', ['Мария Иванова'], '1990-01-05', 'female', 'RU'),
  person('r06', ['Пётр Смирнов'], '1962-11-20', 'male', 'RU'),
  person('r07', ['Анна Коваленко'], '1988-06-14', 'female', 'UA'),
  person('r08', ['Дмитрий Орлов'], '1979-02-02', 'male', 'RU'),
  person('r09', ['Ирина Павленко'], '1993-09-09', 'female', 'UA'),
  person('r10', ['Сергей Волков'], '1970-12-01', 'male', 'RU'),
];

describe('the linkage the worker runs', () => {
  it('puts transliteration variants of one person in one cluster and different people apart', () => {
    const { output } = runLinkage(people, [], []);
    const c = (id: string) => output.clusterOf[output.ids.indexOf(id)];
    expect(output.ids).toEqual(people.map((p) => p.id));
    expect(c('r01')).toBe(c('r02'));
    expect(c('r01')).not.toBe(c('r05'));
    expect(c('r05')).not.toBe(c('r06'));
    const alone = output.ids.indexOf('r10');
    expect(Number.isNaN(output.confidence[alone])).toBe(true);
    expect(output.confidence[output.ids.indexOf('r01')]).toBeGreaterThan(0.5);
  });

  it('keeps a pair labelled non-match apart and leaves decided pairs out of the queue', () => {
    const { output } = runLinkage(
      people,
      [{ a: 'r01', b: 'r02', decision: 'non-match' }],
      [['r03', 'r04']],
    );
    const c = (id: string) => output.clusterOf[output.ids.indexOf(id)];
    expect(c('r01')).not.toBe(c('r02'));
    const keys = output.queue.map((p) => [p.left, p.right].sort().join());
    expect(keys).not.toContain('r01,r02');
    expect(keys).not.toContain('r03,r04');
  });

  it('ignores decisions about records that are not linked any more (deleted since)', () => {
    const { output } = runLinkage(
      people,
      [{ a: 'r01', b: 'gone', decision: 'match' }],
      [['gone', 'r02']],
    );
    expect(output.ids).toHaveLength(people.length);
  });

  it('explains any two records, even ones it did not compare, and nothing for an unknown id', () => {
    const { result } = runLinkage(people, [], []);
    const e = explainIds(result, 'r01', 'r02');
    expect(e?.matchProbability).toBeGreaterThan(0.5);
    expect(e?.comparisons.map((c) => c.column)).toContain('name');
    expect(explainIds(result, 'r01', 'r10')?.matchProbability).toBeLessThan(0.5);
    expect(explainIds(result, 'r01', 'nobody')).toBeNull();
  });
});
