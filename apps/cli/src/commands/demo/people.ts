import {
  statusOn,
  transliterate,
  type DetentionId,
  type FacilityId,
  type PersonId,
  type RecordData,
} from '@vigil/core';
import { newId, type GenContext } from './context';
import { dayOf, isoOf, onDay, period, skewedDay } from './dates';
import {
  demoRecord,
  PROFILES,
  type DemoFacility,
  type Fate,
  type Profile,
  type Stay,
  type Victim,
} from './model';
import { drawName, type NameOrigin, type Sex } from './names';
import type { Random } from './prng';
import { detentionCircumstances } from './texts';

/** How common each story is among the victims. */
const PROFILE_WEIGHTS: Readonly<Record<Profile, number>> = {
  'ru-political': 28,
  'ru-religious': 6,
  'ru-other': 14,
  'ua-civilian': 26,
  'ua-pow': 18,
  'crimean-tatar': 8,
};

/** The first day a victim of each story may be detained. */
const EARLIEST: Readonly<Record<Profile, string>> = {
  'ru-political': '2014-01-01',
  'ru-religious': '2016-01-01',
  'ru-other': '2014-01-01',
  'ua-civilian': '2014-03-01',
  'ua-pow': '2022-02-24',
  'crimean-tatar': '2014-03-01',
};

const isUkrainian = (p: Profile): boolean => p === 'ua-civilian' || p === 'ua-pow';
/** Russian regions on the border with Ukraine, where many Ukrainians are held first. */
const BORDER_REGIONS = new Set(['RU-ROS', 'RU-KRS', 'RU-BRY', 'RU-BEL', 'RU-VOR']);
type Stage = 'first' | 'serving';
type FacilityType = DemoFacility['type'];
const FIRST_TYPES = new Set<FacilityType>([
  'ivs',
  'special-detention-centre',
  'sizo',
  'fsb-sizo',
  'unofficial-site',
  'filtration-point',
  'military-detention',
  'migrant-detention',
  'other',
]);
const SERVING_TYPES = new Set<FacilityType>([
  'penal-colony-general',
  'penal-colony-strict',
  'penal-colony-special',
  'colony-settlement',
  'prison',
  'educational-colony',
]);

const typeWeight = (type: FacilityType, stage: Stage, profile: Profile): number => {
  if (type === 'psychiatric-hospital') return profile === 'ru-political' ? 0.15 : 0;
  if (type === 'medical-correctional') return stage === 'serving' ? 0.3 : 0;
  if (stage === 'first') return FIRST_TYPES.has(type) ? 1 : 0;
  if (SERVING_TYPES.has(type)) return 1;
  // Prisoners of war and Ukrainian civilians often stay for years in pre-trial centres.
  return isUkrainian(profile) && FIRST_TYPES.has(type) ? 0.4 : 0;
};

const regionWeight = (f: DemoFacility, stage: Stage, profile: Profile): number => {
  const ua = f.region.startsWith('UA-');
  if (isUkrainian(profile)) {
    if (stage === 'first') return ua ? 4 : BORDER_REGIONS.has(f.region) ? 3 : 0.3;
    return BORDER_REGIONS.has(f.region) ? 2 : 1;
  }
  if (f.authority === 'de-facto') return 0;
  if (profile === 'crimean-tatar') {
    if (f.region === 'UA-43') return stage === 'first' ? 10 : 1;
    return ua ? 0 : f.region === 'RU-ROS' ? 3 : 1;
  }
  if (ua) return 0;
  return stage === 'first' && (f.region === 'RU-MOW' || f.region === 'RU-SPE') ? 3 : 1;
};

/** A facility for a stay that starts on `day`: open then, and likely for this story and stage. */
const chooseFacility = (
  ctx: GenContext,
  profile: Profile,
  stage: Stage,
  day: number,
  not?: DemoFacility,
): DemoFacility => {
  const iso = isoOf(day);
  const open = ctx.facilities.filter((f) => {
    const status = statusOn(f.status, iso);
    return status !== 'closed' && status !== 'repurposed' && f !== not;
  });
  const weighted = open
    .map((f) => [f, typeWeight(f.type, stage, profile) * regionWeight(f, stage, profile)] as const)
    .filter(([, w]) => w > 0);
  if (weighted.length > 0) return ctx.random.weighted(weighted);
  return ctx.random.pick(open.length > 0 ? open : ctx.facilities);
};

/** How long a stay lasts, in days. */
const stayLength = (random: Random, f: DemoFacility, stage: Stage, profile: Profile): number => {
  if (f.type === 'ivs') return random.int(2, 10);
  if (f.type === 'special-detention-centre') return random.int(5, 30);
  if (stage === 'serving') return random.int(200, 2500);
  if (profile === 'ua-pow') return random.int(30, 500);
  return random.int(20, 800);
};

interface DrawnStay {
  readonly facility: DemoFacility;
  readonly stage: Stage;
  readonly from: number;
  readonly to: number | undefined;
}

/** The stays of one victim, first to last, and how the last one ended. */
const drawStays = (ctx: GenContext, profile: Profile): { stays: DrawnStay[]; fate: Fate } => {
  const { random, until } = ctx;
  const stays: DrawnStay[] = [];
  const earliest = Math.min(until, Math.max(ctx.start, dayOf(EARLIEST[profile])));
  let day = skewedDay(random, earliest, until);
  let stage: Stage = 'first';
  for (;;) {
    const facility = chooseFacility(ctx, profile, stage, day, stays.at(-1)?.facility);
    const end = day + stayLength(random, facility, stage, profile);
    if (end >= until) {
      stays.push({ facility, stage, from: day, to: undefined });
      return { stays, fate: 'held' };
    }
    stays.push({ facility, stage, from: day, to: end });
    const roll = random.next();
    if (roll < 0.025) return { stays, fate: 'dead' };
    if (roll < 0.055) return { stays, fate: 'missing' };
    const next = end + random.int(1, 14);
    const moved =
      stays.length < 4 &&
      next <= until &&
      (facility.type === 'ivs' ||
        random.chance(stage === 'first' ? (profile === 'ua-pow' ? 0.5 : 0.6) : 0.35));
    if (!moved) return { stays, fate: 'released' };
    if (facility.type !== 'ivs') stage = 'serving';
    day = next;
  }
};

/** The legal status while held in `f`. */
const legalStatus = (random: Random, f: DemoFacility, profile: Profile, stage: Stage): string => {
  if (f.type === 'special-detention-centre') return 'administrative-arrest';
  if (f.type === 'psychiatric-hospital') return 'psychiatric-committal';
  if (f.type === 'ivs') return random.pick(['suspect', 'administrative-detention']);
  if (profile === 'ua-pow') return random.chance(0.8) ? 'prisoner-of-war' : 'accused-pretrial';
  const lawless = ['unofficial-site', 'filtration-point', 'other'].includes(f.type);
  if (profile === 'ua-civilian' && (lawless || f.authority === 'de-facto')) {
    return 'civilian-without-basis';
  }
  if (stage === 'serving') return random.chance(0.9) ? 'convicted' : 'convicted-not-final';
  return random.chance(0.8) ? 'accused-pretrial' : 'suspect';
};

/** Whereabouts (MT 30) and lawyer access (MT 31): hidden more often for Ukrainians. */
const contactCodes = (
  random: Random,
  f: DemoFacility,
  profile: Profile,
): Pick<RecordData<'detention'>, 'whereabouts' | 'lawyerAccess' | 'familyContact'> => {
  const hidden = isUkrainian(profile)
    ? f.authority === 'de-facto' || ['unofficial-site', 'filtration-point'].includes(f.type)
      ? 0.7
      : 0.35
    : f.type === 'fsb-sizo'
      ? 0.2
      : 0.06;
  const incommunicado = random.chance(hidden);
  const whereabouts = incommunicado
    ? random.weighted([
        ['010200000000', 4], // location not disclosed
        ['020000000000', 2], // capture denied
        ['010102000000', 3], // no outside contact
        ['010102020000', 2], // no contact with counsel
      ] as const)
    : random.weighted([
        ['010101000000', 4], // outside contact permitted
        ['010101010000', 2],
        ['010101020000', 2],
        ['010100000000', 2], // location disclosed
      ] as const);
  const lawyer = incommunicado
    ? random.weighted([
        ['010000000000', 6], // no counsel permitted
        ['120000000000', 2], // no consultation permitted
        ['510000000000', 2], // state-appointed counsel
      ] as const)
    : random.weighted([
        ['530000000000', 5], // chosen by the client
        ['510000000000', 3],
        ['520000000000', 2], // provided by an NGO
        ['110000000000', 1], // consultation with others present
      ] as const);
  return {
    ...(random.chance(0.85) ? { whereabouts } : {}),
    ...(random.chance(0.8) ? { lawyerAccess: [lawyer] } : {}),
    familyContact: incommunicado
      ? random.pick(['denied', 'denied', 'unknown'] as const)
      : random.pick(['allowed', 'restricted', 'restricted', 'unknown'] as const),
  };
};

const personGroups = (random: Random, profile: Profile): Partial<RecordData<'person'>> => {
  const extra = {
    ...(random.chance(0.03) ? { groupsDisability: ['person-with-disability'] } : {}),
    ...(profile.startsWith('ru-') && random.chance(0.04) ? { groupsLgbtq: ['lgbtq'] } : {}),
  };
  switch (profile) {
    case 'ru-political':
      return {
        ...extra,
        groups: random
          .weighted([
            [['political-prisoner', 'anti-war-protester'], 35],
            [['political-prisoner', 'activist'], 20],
            [['political-prisoner'], 20],
            [['anti-war-protester'], 12],
            [['journalist'], 8],
            [['human-rights-defender'], 5],
          ] as const)
          .slice(),
      };
    case 'ru-religious':
      return {
        ...extra,
        ...(random.chance(0.5) ? { groups: ['political-prisoner'] } : {}),
        groupsReligion: [
          random.weighted([
            ['jehovahs-witness', 5],
            ['muslim-banned-organisation', 3],
            ['protestant', 2],
          ] as const),
        ],
      };
    case 'ru-other': {
      const group = random.weighted([
        ['conscript', 15],
        ['refusing-serviceman', 20],
        ['conscientious-objector', 5],
        [null, 60],
      ] as const);
      return { ...extra, ...(group === null ? {} : { groups: [group] }) };
    }
    case 'ua-civilian':
      return {
        ...extra,
        groups: random.chance(0.15)
          ? ['ukrainian-civilian', random.pick(['journalist', 'activist'] as const)]
          : ['ukrainian-civilian'],
        ...(random.chance(0.03) ? { groupsReligion: ['ukrainian-church'] } : {}),
      };
    case 'ua-pow':
      return { ...extra, groups: ['ukrainian-pow'] };
    case 'crimean-tatar':
      return {
        ...extra,
        ...(random.chance(0.7) ? { groups: ['political-prisoner'] } : {}),
        groupsEthnicity: ['crimean-tatar'],
        ...(random.chance(0.6) ? { groupsReligion: ['muslim-banned-organisation'] } : {}),
      };
  }
};

const AGE_BANDS = [
  [18, '18-24'],
  [25, '25-34'],
  [35, '35-44'],
  [45, '45-54'],
  [55, '55-64'],
  [65, '65+'],
] as const;

const ORIGINS: Readonly<Record<Profile, readonly (readonly [NameOrigin, number])[]>> = {
  'ru-political': [['ru', 1]],
  'ru-religious': [['ru', 1]],
  'ru-other': [['ru', 1]],
  'ua-civilian': [
    ['uk', 85],
    ['ru', 15],
  ],
  'ua-pow': [
    ['uk', 80],
    ['ru', 20],
  ],
  'crimean-tatar': [['crh', 1]],
};

/** The person's status as of the last day: from the fate of the last detention. */
const STATUS_OF: Readonly<Record<Fate, string>> = {
  held: 'detained',
  released: 'at-liberty',
  dead: 'dead',
  missing: 'missing',
};

/** One victim: the person record, then each detention; returns what later stages need. */
const victim = (ctx: GenContext): Victim => {
  const { random } = ctx;
  const profile = random.weighted(PROFILES.map((p) => [p, PROFILE_WEIGHTS[p]] as const));
  const origin = random.weighted(ORIGINS[profile]);
  const maleShare = profile === 'ua-pow' ? 0.95 : profile === 'ru-religious' ? 0.6 : 0.8;
  const sex: Sex = random.chance(maleShare) ? 'male' : 'female';
  const name = drawName(random, origin, sex);
  const { stays: drawn, fate } = drawStays(ctx, profile);
  const firstDay = (drawn[0] as { from: number }).from;
  const age = profile === 'ua-pow' ? random.int(19, 55) : random.int(18, 72);
  const birthYear = Number(isoOf(firstDay).slice(0, 4)) - age;
  const id = newId<PersonId>(ctx);
  const knowsYear = random.chance(0.88);
  const ageBand = [...AGE_BANDS].reverse().find(([min]) => age >= min)?.[1] ?? '18-24';
  ctx.emit(
    demoRecord('person', id, {
      sex: random.chance(0.02) ? 'unknown' : sex,
      ...(knowsYear ? { birthYear } : { ageBand }),
      citizenship:
        profile === 'crimean-tatar' && random.chance(0.4)
          ? ['UA', 'RU']
          : [origin === 'crh' || isUkrainian(profile) ? 'UA' : 'RU'],
      ...personGroups(random, profile),
      status: random.chance(0.03) ? 'unknown' : STATUS_OF[fate],
      names: [name.full],
      ...(origin !== 'uk' && random.chance(0.3)
        ? { namesAsWritten: [transliterate(name.full, 'iuliia:icao_doc_9303')] }
        : {}),
      ...(knowsYear && random.chance(0.25)
        ? { birthDate: onDay(dayOf(`${birthYear}-01-01`) + random.int(0, 364)) }
        : {}),
      notes: ctx.note,
    }),
  );
  const stays: Stay[] = [];
  drawn.forEach((s, i) => {
    const next = drawn[i + 1];
    const previous = drawn[i - 1];
    const stayId = newId<DetentionId>(ctx);
    const status = random.chance(0.9)
      ? legalStatus(random, s.facility, profile, s.stage)
      : undefined;
    ctx.emit(
      demoRecord('detention', stayId, {
        person: id,
        facility: s.facility.id,
        ...(previous === undefined ? {} : { transferFrom: previous.facility.id }),
        ...(next === undefined ? {} : { transferTo: next.facility.id }),
        period: period(random, s.from, s.to),
        ...(status === undefined ? {} : { legalStatus: status }),
        ...contactCodes(random, s.facility, profile),
        circumstances: detentionCircumstances(random, {
          given: name.given,
          day: s.from,
          transfer: previous !== undefined,
        }),
      }),
    );
    stays.push({ id: stayId, facility: s.facility, from: s.from, to: s.to });
  });
  return { id, given: name.given, profile, origin, sex, stays, fate };
};

/** `count` victims with their detentions, emitted in order. */
export const generateVictims = (ctx: GenContext, count: number): Victim[] =>
  Array.from({ length: count }, () => victim(ctx));

/**
 * Officers the sources name, as person records (marked synthetic): `total` of them, one per
 * facility in turn, most used facilities first. Returns them by facility.
 */
export const generatePerpetrators = (
  ctx: GenContext,
  facilities: readonly DemoFacility[],
  total: number,
): Map<FacilityId, PersonId[]> => {
  const out = new Map<FacilityId, PersonId[]>();
  for (let i = 0; i < total && facilities.length > 0; i++) {
    const f = facilities[i % facilities.length] as DemoFacility;
    const id = newId<PersonId>(ctx);
    const name = drawName(ctx.random, 'ru', 'male');
    ctx.emit(
      demoRecord('person', id, {
        sex: 'male',
        ageBand: ctx.random.pick(['25-34', '35-44', '45-54'] as const),
        citizenship: ['RU'],
        status: 'at-liberty',
        names: [name.full],
        aliases: [`«${ctx.random.pick(['Доктор', 'Боцман', 'Кузнец', 'Сапёр', 'Шаман'])}»`],
        notes: `${ctx.note} Named by sources as a perpetrator.`,
      }),
    );
    out.set(f.id, [...(out.get(f.id) ?? []), id]);
  }
  return out;
};
