import type { LinkPatternsResponse } from '@vigil/core';

/**
 * Answers of `POST …/linkage/patterns` for the tests. Madigan and York's spina bifida lists
 * (@vigil/analytics estimation fixtures) as three organisations, once whole and once split in
 * two strata, plus a small stratum that cannot be estimated.
 */
export const SPINA_BIFIDA: readonly { pattern: string; count: number }[] = [
  { pattern: '100', count: 60 },
  { pattern: '010', count: 49 },
  { pattern: '110', count: 4 },
  { pattern: '001', count: 247 },
  { pattern: '101', count: 112 },
  { pattern: '011', count: 142 },
  { pattern: '111', count: 12 },
];

const lists = [
  { code: 'memorial', people: 188 },
  { code: 'ovd-info', people: 207 },
  { code: 'zona-prava', people: 513 },
];

export const wholeAnswer: LinkPatternsResponse = {
  listBy: 'organisation',
  lists,
  strata: [{ stratum: null, people: 626, patterns: [...SPINA_BIFIDA] }],
  run: 4,
  peopleWithoutList: 3,
  warnings: [],
};

/** Two strata of about half each, and a year with four people. */
export const yearAnswer: LinkPatternsResponse = {
  listBy: 'organisation',
  lists,
  strata: [
    {
      stratum: '2023',
      people: 312,
      patterns: SPINA_BIFIDA.map((p) => ({ pattern: p.pattern, count: Math.floor(p.count / 2) })),
    },
    {
      stratum: '2024',
      people: 314,
      patterns: SPINA_BIFIDA.map((p) => ({ pattern: p.pattern, count: Math.ceil(p.count / 2) })),
    },
    {
      stratum: null,
      people: 4,
      patterns: [
        { pattern: '100', count: 2 },
        { pattern: '110', count: 2 },
      ],
    },
  ],
  run: null,
  peopleWithoutList: 0,
  warnings: [],
};
