import type { PersonId, RecordData, SourceId } from '@vigil/core';
import { newId, type GenContext } from './context';
import { onDay } from './dates';
import { demoRecord, type Victim } from './model';
import { drawName } from './names';
import { testimonyText } from './texts';

/** A relative of a victim, as the person record of a source. */
const relativeOf = (ctx: GenContext, v: Victim, sex: 'male' | 'female'): PersonId => {
  const id = newId<PersonId>(ctx);
  const name = drawName(ctx.random, v.origin, sex);
  ctx.emit(
    demoRecord('person', id, {
      sex,
      citizenship: [v.profile.startsWith('ru-') ? 'RU' : 'UA'],
      status: 'at-liberty',
      names: [name.full],
      notes: `${ctx.note} Relative of a victim; gave information as a source.`,
    }),
  );
  return id;
};

/** Who gave the information: connection (MT 19), material (MT 16), and how they are described. */
const KINDS = {
  self: {
    connection: '010100000000',
    material: ['220903200901', '091420051801'],
    who: 'Сам(а) пострадавший(ая)',
  },
  relative: {
    connection: '020101000000',
    material: ['200512051601', '120520200501', '091420051801'],
    who: 'Родственник пострадавшего (вымышленный источник)',
  },
  lawyer: {
    connection: '040100000000',
    material: ['031521182001', '190907140501', '120520200501'],
    who: 'Адвокат по соглашению (вымышленный)',
  },
  ngo: {
    connection: '040401000000',
    material: ['161805191902'],
    who: 'Правозащитная организация (вымышленная)',
  },
  witness: {
    connection: '010200000000',
    material: ['230920140501'],
    who: 'Бывший сокамерник (вымышленный)',
  },
} as const;
type SourceKind = keyof typeof KINDS;

/**
 * Which (fictional) organisation documented a source of each kind, with its share in sixteenths:
 * the lists of multiple systems estimation (`organisation`), overlapping as real ones do.
 */
const ORGANISATIONS: Record<SourceKind, readonly (readonly [string, number])[]> = {
  self: [
    ['demo-hotline', 10],
    ['demo-monitors', 6],
  ],
  relative: [
    ['demo-hotline', 8],
    ['demo-lawyers', 5],
    ['demo-media', 3],
  ],
  lawyer: [
    ['demo-lawyers', 13],
    ['demo-monitors', 3],
  ],
  ngo: [
    ['demo-monitors', 11],
    ['demo-media', 5],
  ],
  witness: [
    ['demo-hotline', 8],
    ['demo-monitors', 8],
  ],
};

/**
 * The organisation of a source, from the random last hex digit of its id: no draw from the
 * generator's sequence, so adding it left every other generated value as it was.
 */
const organisationOf = (kind: SourceKind, id: string): string => {
  let left = Number.parseInt(id.slice(-1), 16);
  for (const [code, share] of ORGANISATIONS[kind]) {
    if (left < share) return code;
    left -= share;
  }
  return ORGANISATIONS[kind][0]?.[0] ?? 'demo-hotline';
};

/** Who can speak depends on how the detention ended: the dead and the held speak through others. */
const kindWeights = (v: Victim): (readonly [SourceKind, number])[] =>
  v.fate === 'released'
    ? [
        ['self', 6],
        ['relative', 2],
        ['lawyer', 2],
        ['witness', 1],
      ]
    : v.fate === 'held'
      ? [
          ['lawyer', 4],
          ['relative', 4],
          ['ngo', 1],
          ['witness', 1],
        ]
      : [
          ['relative', 5],
          ['lawyer', 2],
          ['ngo', 2],
          ['witness', 1],
        ];

const CONSENTS: readonly (readonly [
  NonNullable<RecordData<'source'>['consent']> | null,
  number,
])[] = [
  [['internal', 'un-bodies', 'courts', 'publication-anonymised'], 35],
  [['internal', 'un-bodies'], 25],
  [['internal'], 20],
  [['internal', 'un-bodies', 'courts', 'publication-anonymised', 'publication-named'], 5],
  [null, 15],
];

/**
 * One to three sources about a victim, dated on or after `after` (the victim's latest incident)
 * and no later than the last day. Emits relatives' person records where a relative speaks.
 */
export const generateSources = (
  ctx: GenContext,
  v: Victim,
  victims: readonly Victim[],
  after: number,
): SourceId[] => {
  const { random } = ctx;
  const count = random.weighted([
    [1, 5],
    [2, 3],
    [3, 1],
  ] as const);
  const ids: SourceId[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(kindWeights(v));
    const spec = KINDS[kind];
    let person: PersonId | undefined;
    if (kind === 'self') person = v.id;
    if (kind === 'relative' && random.chance(0.5)) {
      person = relativeOf(ctx, v, random.chance(0.7) ? 'female' : 'male');
    }
    if (kind === 'witness' && victims.length > 1 && random.chance(0.6)) {
      let other = random.pick(victims);
      while (other === v) other = random.pick(victims);
      person = other.id;
    }
    const consent = random.weighted(CONSENTS);
    const id = newId<SourceId>(ctx);
    ctx.emit(
      demoRecord('source', id, {
        ...(person === undefined ? {} : { person }),
        connection: spec.connection,
        materialType: random.pick(spec.material),
        organisation: organisationOf(kind, id),
        reliability: random.weighted([
          ['010000000000', 35],
          ['020000000000', 45],
          ['030000000000', 15],
          ['990000000000', 5],
        ] as const),
        date: onDay(Math.min(ctx.until, after + random.int(0, 120))),
        language:
          v.origin === 'uk'
            ? random.pick(['uk', 'ru'])
            : v.origin === 'crh' && random.chance(0.3)
              ? 'crh'
              : 'ru',
        ...(consent === null ? {} : { consent: [...consent] }),
        who: spec.who,
        testimony: testimonyText(random, { given: v.given, who: spec.who }),
      }),
    );
    ids.push(id);
  }
  return ids;
};
