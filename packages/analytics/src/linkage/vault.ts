import { isMissing, normaliseName } from './normalise';
import type { BlockingRule, ComparisonSpec, LinkageConfig, LinkageSource } from './types';

// The vault's person records as a linkage source (decrypted on the client): a person has several
// names (original script, as sources wrote it, aliases), a birth date or only a year, sex and
// citizenship.

/** A vault person as the web app holds it once decrypted. */
export interface VaultPerson {
  readonly id: string;
  /** Names in any script; the first is the primary one. */
  readonly names: readonly string[];
  readonly birthDate?: string | null;
  readonly birthYear?: number | null;
  readonly sex?: string | null;
  readonly citizenship?: string | null;
}

/** Columns of the source {@link personLinkageSource} builds. */
export const PERSON_COLUMNS = ['name', 'alias', 'birth', 'sex', 'citizenship'] as const;

/**
 * The person's second name: the first of the other names that is not the primary one written
 * again (after normalisation); null when there is none.
 */
const aliasOf = (names: readonly string[]): string | null => {
  const [primary, ...others] = names.filter((n) => !isMissing(n));
  if (primary === undefined) return null;
  const key = normaliseName(primary);
  return others.find((n) => normaliseName(n) !== key) ?? null;
};

/**
 * Person records of a vault as a linkage source with default settings.
 *
 * Names: `name` is the primary name and `alias` the first other name; each is compared with the
 * engine's name comparison (every transliteration system through `nameVariants`, words in any
 * order, a missing patronymic) and with the other column crossed (`swapWith`), so one record's
 * alias meeting the other's primary name counts as the "swapped" level: the best of the name
 * pairs the engine can see. Names after the second are not compared. `birth` is the birth date,
 * or the year alone (a partial date agrees with a full one of that year). `sex` and
 * `citizenship` must be equal (citizenship weighed by rarity). Columns no person fills are left
 * out. Blocking: the same name in any spelling, the same alias, the same birth date, or the
 * first three letters of the name's first word (in alphabetical order of the folded words)
 * with the birth year.
 */
export const personLinkageSource = (
  people: readonly VaultPerson[],
): { source: LinkageSource; config: LinkageConfig } => {
  const cell = (v: string | null | undefined): string | null => (isMissing(v) ? null : v.trim());
  const columns: Record<(typeof PERSON_COLUMNS)[number], (string | null)[]> = {
    name: people.map((p) => p.names.find((n) => !isMissing(n))?.trim() ?? null),
    alias: people.map((p) => cell(aliasOf(p.names))),
    birth: people.map((p) =>
      !isMissing(p.birthDate)
        ? p.birthDate.trim()
        : typeof p.birthYear === 'number' && Number.isInteger(p.birthYear)
          ? String(p.birthYear)
          : null,
    ),
    sex: people.map((p) => cell(p.sex)),
    citizenship: people.map((p) => cell(p.citizenship)),
  };
  const filled = (c: (typeof PERSON_COLUMNS)[number]): boolean =>
    columns[c].some((v) => v !== null);
  const hasAlias = filled('alias');
  const hasBirth = filled('birth');
  const comparisons: ComparisonSpec[] = [
    hasAlias
      ? { kind: 'name', column: 'name', swapWith: 'alias' }
      : { kind: 'name', column: 'name' },
    ...(hasAlias ? [{ kind: 'name', column: 'alias', swapWith: 'name' } as const] : []),
    ...(hasBirth ? [{ kind: 'date', column: 'birth' } as const] : []),
    ...(filled('sex') ? [{ kind: 'exact', column: 'sex' } as const] : []),
    ...(filled('citizenship')
      ? [{ kind: 'exact', column: 'citizenship', termFrequency: true } as const]
      : []),
  ];
  const blocking: BlockingRule[] = [
    ['name'],
    ...(hasAlias ? [['alias']] : []),
    ...(hasBirth
      ? [
          ['birth'],
          [
            { column: 'name', transform: 'prefix3' },
            { column: 'birth', transform: 'year' },
          ] as const,
        ]
      : [[{ column: 'name', transform: 'prefix3' } as const]]),
  ];
  const used = new Set(comparisons.map((s) => s.column));
  const source: LinkageSource = {
    ids: people.map((p) => p.id),
    columns: Object.fromEntries(Object.entries(columns).filter(([c]) => used.has(c))),
  };
  return { source, config: { mode: 'dedupe', comparisons, blocking } };
};
