import { normaliseLabel, type Facility } from '@vigil/core';
import type { PickerOption } from '../../records/form/vocabSearch';
import type { Labeller } from '../../records/shared/labels';
import { nameOf, regionName, typeLabel } from '../labels';
import { matchesQuery, searchKey, searchWords } from './search';

/** Every name and alias of a facility, in all languages: what the picker finds it by. */
const namesOf = (f: Facility): string[] => [
  ...Object.values(f.names).filter((n): n is string => typeof n === 'string'),
  ...f.aliases,
];

/**
 * The register as picker options: the name in the reader's language, type and region beside it
 * (two colonies may share a name), alphabetical. Merged facilities are not in the list; one
 * still named by a record is offered as retired (shown, not offered again).
 */
export const facilityOptions = (facilities: readonly Facility[], l: Labeller): PickerOption[] =>
  facilities
    .map((f) => {
      const label = nameOf(l, f);
      return {
        value: f.id,
        label,
        level: 0,
        context: `${typeLabel(l, f.type)} · ${regionName(l, f.region)}`,
        retired: f.mergedInto !== null,
        search: { own: normaliseLabel(label), others: namesOf(f).map(normaliseLabel), code: f.id },
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, l.locale));

/**
 * The picker's search over facilities: the register's own (names and aliases in any script, so
 * "IK6" finds "ИК-6" and "Melekhovo" finds "Мелехово"), every typed word starting a word of
 * some name; those whose name starts with what is typed first; the exact id too.
 */
export const facilityRanker = (
  facilities: readonly Facility[],
): ((options: readonly PickerOption[], query: string) => PickerOption[]) => {
  const keys = new Map(facilities.map((f) => [f.id as string, searchKey(namesOf(f))]));
  const firsts = new Map(
    facilities.map((f) => [f.id as string, namesOf(f).map((n) => searchWords(n)[0] ?? '')]),
  );
  return (options, query) => {
    const active = options.filter((o) => !o.retired);
    const words = searchWords(query);
    if (words.length === 0) return active;
    const exact = active.filter((o) => o.value === query.trim().toLowerCase());
    if (exact.length > 0) return exact;
    const found = active.filter((o) => matchesQuery(keys.get(o.value) ?? [], query));
    const first = words[0] ?? '';
    const startsWith = (o: PickerOption) =>
      (firsts.get(o.value) ?? []).some((w) => w.startsWith(first)) ? 0 : 1;
    return found
      .map((o, i) => ({ o, i, s: startsWith(o) }))
      .sort((a, b) => a.s - b.s || a.i - b.i)
      .map((x) => x.o);
  };
};
