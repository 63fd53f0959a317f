import type { Random } from './prng';
import type { DemoFacility, Profile } from './model';

/**
 * What is done to people in custody, as HURIDOCS codes (act-types MT 4, violence-methods MT 5,
 * perpetrator-types MT 24, involvement-degrees MT 18) and Vigil's perpetrator-agencies: the
 * combinations that documentation of Russian places of detention reports most.
 */

type Weighted = readonly (readonly [string, number])[];

interface Act {
  readonly code: string;
  readonly weight: number;
  /** Methods drawn for it, and how many. */
  readonly methods: Weighted;
  readonly count: readonly [number, number];
  /** Leaves bodily harm (for consequences and medical findings). */
  readonly physical: boolean;
  readonly sexual?: boolean;
}

export const DEATH_IN_DETENTION = '010106010000';
export const DEATH_AFTER_TORTURE = '010190010000';

const BEATING: Weighted = [
  ['030101000000', 5], // slapping, kicking or punching
  ['030102000000', 3], // blows with rifle butts, sticks
  ['030104000000', 1], // falanga
];

export const ACTS: readonly Act[] = [
  {
    code: '020111110000', // torture
    weight: 32,
    physical: true,
    count: [2, 4],
    methods: [
      ...BEATING,
      ['030800000000', 4], // electric shock
      ['030902000000', 1], // plastic bag
      ['031103000000', 2], // forced standing
      ['031105000000', 2], // forced sitting or kneeling
      ['031101000000', 1], // suspension
      ['031502000000', 2], // sleep deprivation
      ['031904000000', 2], // blindfolding
      ['031701000000', 2], // bound
      ['032301000000', 2], // death threats
      ['032202000000', 2], // threats against the family
      ['030602000000', 1], // sexual threats
      ['032102000000', 1], // nakedness
      ['030700000000', 1], // extreme cold
      ['030402000000', 1], // cigarette burns
    ],
  },
  {
    code: '020101000000', // physical assault
    weight: 22,
    physical: true,
    count: [1, 2],
    methods: [...BEATING, ['031701000000', 1], ['032101000000', 1]],
  },
  {
    code: '020103000000', // psychological assault
    weight: 8,
    physical: false,
    count: [1, 3],
    methods: [
      ['032101000000', 3], // verbal abuse
      ['032103000000', 2], // forced to act degradingly
      ['032201000000', 2],
      ['032202000000', 2],
      ['031800000000', 2], // isolation
      ['031901000000', 1], // loud noise
      ['031903000000', 1], // powerful light
    ],
  },
  {
    code: '020103010100', // threats against the victim
    weight: 6,
    physical: false,
    count: [1, 1],
    methods: [['032201000000', 1]],
  },
  {
    code: '020103020100', // death threats against the victim
    weight: 5,
    physical: false,
    count: [1, 2],
    methods: [
      ['032301000000', 3],
      ['032302000000', 1],
    ],
  },
  {
    code: '020111030000', // sexual assault
    weight: 4,
    physical: true,
    sexual: true,
    count: [1, 2],
    methods: [
      ['030604000000', 2], // touching
      ['030602000000', 2],
      ['032102000000', 2],
    ],
  },
  {
    code: '020111010000', // rape
    weight: 1,
    physical: true,
    sexual: true,
    count: [1, 1],
    methods: [['030502000000', 1]],
  },
  {
    code: '360102010000', // denial of treatment with dignity and humanity
    weight: 8,
    physical: false,
    count: [1, 3],
    methods: [
      ['031905000000', 3], // overcrowding
      ['031800000000', 3], // isolation (punishment cell)
      ['031501000000', 1], // food or water
      ['031502000000', 1],
      ['030700000000', 1],
      ['032101000000', 1],
    ],
  },
  {
    code: '360102040000', // denial of adequate medical services
    weight: 7,
    physical: true,
    count: [1, 2],
    methods: [
      ['031503000000', 3], // deprived of medical attention
      ['031504000000', 2], // deprived of medication
    ],
  },
  {
    code: '030102000000', // detention, imprisonment (arbitrary)
    weight: 4,
    physical: false,
    count: [1, 2],
    methods: [
      ['020600000000', 2], // held without legal authorisation
      ['031800000000', 1],
    ],
  },
];

/** Draws an act and its methods (distinct codes). */
export const drawAct = (random: Random): { act: Act; methods: string[] } => {
  const act = random.weighted(ACTS.map((a) => [a, a.weight] as const));
  const want = random.int(act.count[0], act.count[1]);
  const methods = new Set<string>();
  for (let tries = 0; methods.size < want && tries < 20; tries++) {
    methods.add(random.weighted(act.methods));
  }
  return { act, methods: [...methods] };
};

/** Who did it: perpetrator type and agency after the place (or the arrest), and involvement. */
export const drawPerpetrator = (
  random: Random,
  place: DemoFacility | 'arrest',
  profile: Profile,
): { type: string; agency: string; involvement: string } => {
  const involvement = random.weighted([
    ['010100000000', 14], // directly carried out the act
    ['010200000000', 3], // gave orders
    ['010400000000', 2], // present
    ['050300000000', 1], // failed to prevent
  ] as const);
  const ukrainian = profile === 'ua-civilian' || profile === 'ua-pow';
  const [type, agency] =
    place === 'arrest'
      ? ukrainian
        ? random.weighted([
            [['010106000000', 'fsb'], 3], // intelligence agency
            [['010103000000', 'armed-forces'], 3],
            [['030000000000', 'rosgvardia'], 2], // occupying forces
            [['030000000000', 'de-facto-security'], 2],
            [['010103000000', 'military-police'], 1],
          ] as const)
        : random.weighted([
            [['010104000000', 'police'], 4],
            [['010104000000', 'omon'], 3],
            [['010104000000', 'centre-e'], 2],
            [['010106000000', 'fsb'], 2],
          ] as const)
      : perpetratorAt(random, place);
  return { type, agency, involvement };
};

const perpetratorAt = (random: Random, f: DemoFacility): readonly [string, string] => {
  if (f.authority === 'de-facto') {
    return random.weighted([
      [['030000000000', 'de-facto-security'], 5],
      [['010103000000', 'armed-forces'], 2],
      [['020101000000', 'chechen-units'], 1], // paramilitary forces
      [['030000000000', 'occupation-administration'], 1],
    ] as const);
  }
  if (f.type === 'psychiatric-hospital') return ['110500000000', 'psychiatric-staff'];
  if (f.authority === 'mvd' || f.type === 'ivs') {
    return random.weighted([
      [['010104000000', 'police'], 3],
      [['010104000000', 'mvd'], 2],
      [['010104000000', 'centre-e'], 1],
    ] as const);
  }
  if (f.authority === 'mod') return ['010103000000', 'military-police'];
  if (f.type === 'fsb-sizo') {
    return random.weighted([
      [['010106000000', 'fsb'], 1],
      [['010105000000', 'fsin'], 1],
    ] as const);
  }
  return random.weighted([
    [['010105000000', 'fsin'], 11], // prison officials
    [['010105000000', 'fsin-special-forces'], 3],
    [['990000000000', 'fellow-detainees'], 2],
    [['010105000000', 'medical-staff'], 1],
  ] as const);
};
