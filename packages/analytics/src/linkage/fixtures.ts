// Test data for linkage (not exported by the package): sources from rows, and small synthetic
// people with the errors lists have, in Latin script only (transliteration is the CLI's tables).
import { rng } from '../risk-index/rng';
import type { LinkageSource } from './types';

/** A source from rows of cells keyed by column; `id` is the id column. */
export const sourceFrom = (rows: readonly Record<string, string>[]): LinkageSource => {
  const columns: Record<string, string[]> = {};
  for (const row of rows) for (const k of Object.keys(row)) if (k !== 'id') columns[k] ??= [];
  for (const [k, cells] of Object.entries(columns))
    for (const row of rows) cells.push(row[k] ?? '');
  return { ids: rows.map((r, i) => r.id ?? String(i + 1)), columns };
};

const GIVEN = (
  'ivan olga petr anna maria sergei elena oleg irina yuri nikolai tatiana pavel svetlana ' +
  'andrei natalia dmitri galina mikhail lyudmila viktor nina boris vera roman zoya artem ' +
  'polina egor larisa'
).split(' ');
const SURNAME = (
  'ivanov petrova sidorov smirnova kuznetsov popova sokolov lebedeva kozlov novikova ' +
  'morozov volkova zaitsev pavlova semenov golubeva vinogradov bogdanova vorobyov fedorova ' +
  'mikhailov belyaeva tarasov belova komarov orlova kiselev makarova andreev kovaleva ' +
  'ilyin gusev titova kuzmin kudryavtseva baranov kulikova alekseev stepanova yakovlev'
).split(' ');

/** People written 1–3 times with typos, swapped names, partial dates; truth = person per record. */
export const syntheticPeople = (
  people: number,
  seed: number,
): { source: LinkageSource; truth: string[] } => {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r.next() * list.length)] as T;
  const rows: Record<string, string>[] = [];
  const truth: string[] = [];
  const typo = (w: string): string => {
    const at = 1 + Math.floor(r.next() * (w.length - 2));
    return w.slice(0, at) + w.charAt(at + 1) + w.charAt(at) + w.slice(at + 2);
  };
  for (let p = 0; p < people; p += 1) {
    const given = pick(GIVEN);
    const surname = pick(SURNAME);
    const y = 1950 + Math.floor(r.next() * 50);
    const m = String(1 + Math.floor(r.next() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(r.next() * 28)).padStart(2, '0');
    const copies = 1 + Math.floor(r.next() * 3);
    for (let c = 0; c < copies; c += 1) {
      let g = r.next() < 0.1 ? typo(given) : given;
      let s = r.next() < 0.1 ? typo(surname) : surname;
      if (r.next() < 0.05) [g, s] = [s, g];
      const x = r.next();
      const birth = x < 0.1 ? String(y) : x < 0.15 ? '' : `${y}-${m}-${d}`;
      rows.push({ id: `r${rows.length + 1}`, given_name: g, surname: s, birth_date: birth });
      truth.push(`p${p}`);
    }
  }
  return { source: sourceFrom(rows), truth };
};
