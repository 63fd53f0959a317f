import type {
  DateValue,
  FacilityId,
  IncidentId,
  PersonId,
  RecordData,
  SourceId,
} from '@vigil/core';
import { DEATH_AFTER_TORTURE, DEATH_IN_DETENTION, drawAct, drawPerpetrator } from './acts';
import { newId, type GenContext } from './context';
import { onDay, vagueDate } from './dates';
import { demoRecord, type IncidentFacts, type Stay, type Victim } from './model';
import type { Random } from './prng';
import { generateSources } from './sources';
import { incidentNarrative, namedPerpetrator } from './texts';

/** How many incidents a victim has (mean about 3). */
const INCIDENTS_PER_VICTIM = [
  [1, 20],
  [2, 25],
  [3, 22],
  [4, 15],
  [5, 10],
  [6, 5],
  [7, 3],
] as const;

const ARREST_PLACES = [
  ['police-station', 4],
  ['transport', 2],
  ['street', 2],
  ['home', 2],
  ['unofficial-site', 1],
] as const;

const EXACT_LOCATIONS = [
  'ШИЗО, камера № 4',
  'кабинет оперативного отдела, 2-й этаж',
  'прогулочный дворик',
  'карантинное отделение',
  'подвал административного здания',
  'автозак по пути в суд',
] as const;

const QUOTES = [
  '«Здесь ты никто, и звать тебя никак».',
  '«Подпишешь — прекратим».',
  '«Никто не узнает, где ты».',
  '«Жалуйся кому хочешь».',
] as const;

/** The stay an incident falls in, longer stays more likely; and its day inside the stay. */
const drawDay = (random: Random, stays: readonly Stay[], until: number): [Stay, number] => {
  const stay = random.weighted(
    stays.map((s) => [s, Math.max(10, (s.to ?? until) - s.from)] as const),
  );
  const last = stay.to ?? until;
  // Many reports concern the first days: the interrogations that seek a confession.
  const day = random.chance(0.4)
    ? Math.min(last, stay.from + random.int(0, 7))
    : random.int(stay.from, last);
  return [stay, day];
};

const dateOf = (random: Random, day: number, last: number): DateValue =>
  random.chance(0.05) && last > day + 3
    ? {
        precision: 'range',
        from: onDay(day),
        to: onDay(Math.min(last, day + random.int(3, 40))),
      }
    : vagueDate(random, day, [0.75, 0.2, 0.05]);

const victimStatus = (random: Random, v: Victim, stay: Stay, physical: boolean): string => {
  if (physical && random.chance(0.2)) return random.pick(['010201000000', '010202000000']);
  if (stay.to === undefined) {
    if (v.profile === 'ua-civilian') return '020204000000'; // held arbitrarily
    if (v.profile === 'ua-pow') return '020200000000';
    return stay === v.stays[0] ? '020201000000' : '020203000000';
  }
  if (v.fate === 'missing') return '010300000000';
  return random.pick(['020100000000', '020103000000', '020105000000']);
};

const PSYCHOLOGICAL = ['trauma-symptoms', 'sleep-disorder', 'anxiety', 'depression'] as const;

/** The coded and sealed fields of one ordinary incident (sources are added later). */
const incidentData = (
  ctx: GenContext,
  v: Victim,
  stay: Stay,
  day: number,
  perpetrators: ReadonlyMap<FacilityId, PersonId[]>,
  atArrest: boolean,
): { data: Omit<RecordData<'incident'>, 'sources'>; physical: boolean; methods: string[] } => {
  const { random } = ctx;
  const f = stay.facility;
  const { act, methods } = drawAct(random);
  const beaten = methods.some((m) => m.startsWith('0301'));
  const physical: RecordData<'incident'>['physicalConsequences'] = act.physical
    ? [
        ...(beaten ? (['injury'] as const) : []),
        ...(beaten && random.chance(0.1) ? (['fracture'] as const) : []),
        ...(methods.some((m) => m.startsWith('0304')) ? (['burns'] as const) : []),
        ...(act.sexual === true && random.chance(0.5) ? (['sexual-injury'] as const) : []),
      ]
    : [];
  const involved = perpetrators.get(f.id) ?? [];
  const place = atArrest ? random.weighted(ARREST_PLACES) : 'facility';
  const data: Omit<RecordData<'incident'>, 'sources'> = {
    victim: v.id,
    detention: stay.id,
    ...(atArrest ? {} : { facility: f.id }),
    ...(!atArrest && involved.length > 0 && random.chance(0.08)
      ? { perpetratorPeople: [random.pick(involved)] }
      : {}),
    date: dateOf(random, day, stay.to ?? ctx.until),
    placeType: place,
    region: f.region,
    actType: act.code,
    methods,
    perpetrators: Array.from({ length: random.chance(0.3) ? 2 : 1 }, () =>
      drawPerpetrator(random, atArrest ? 'arrest' : f, v.profile),
    ).filter((p, i, all) => all.findIndex((q) => q.agency === p.agency) === i),
    ...(random.chance(0.5)
      ? {
          intent: [
            random.weighted([
              ['010000000000', 4], // extraction of information
              ['030000000000', 3], // punishment
              ['020100000000', 2], // intimidation
              ['040000000000', 1], // destruction of personality
            ] as const),
          ],
        }
      : {}),
    ...(act.code === '020111110000' && random.chance(0.4)
      ? {
          statementsSigned: random.weighted([
            ['010000000000', 5], // forced to sign
            ['030000000000', 2], // refused
            ['020000000000', 2],
            ['990000000000', 1],
          ] as const),
        }
      : {}),
    ...(random.chance(0.5)
      ? {
          medicalAttention: [
            random.weighted([
              ['020300000000', 9], // none provided
              ['020400000000', 5], // limited
              ['020200000000', 3], // requested by the victim
              ['010300000000', 1], // medical officer present during torture
              ['990000000000', 2],
            ] as const),
          ],
        }
      : {}),
    physicalConsequences: physical.length > 0 ? physical : ['none-known'],
    ...(random.chance(0.6)
      ? { psychologicalConsequences: random.some(PSYCHOLOGICAL, random.int(1, 2)) }
      : {}),
    victimStatus: victimStatus(random, v, stay, physical.length > 0),
    confidentiality:
      act.sexual === true ? 'strictly-confidential' : random.chance(0.1) ? 'restricted' : 'normal',
    narrative: incidentNarrative(random, {
      given: v.given,
      day,
      place: atArrest ? 'при задержании' : 'в месте содержания',
      act: act.code,
      methods,
    }),
    ...(random.chance(0.15) ? { namedPerpetrators: [namedPerpetrator(random)] } : {}),
    ...(!atArrest && random.chance(0.3)
      ? { exactLocation: `${random.pick(EXACT_LOCATIONS)} (вымышленное)` }
      : {}),
    ...(random.chance(0.2) ? { quotes: [random.pick(QUOTES)] } : {}),
  };
  return { data, physical: act.physical, methods };
};

/** The incident that ends a life in custody, on the last day of the last stay. */
const deathData = (ctx: GenContext, v: Victim, stay: Stay, day: number) => {
  const { random } = ctx;
  const code = random.chance(0.6) ? DEATH_IN_DETENTION : DEATH_AFTER_TORTURE;
  const methods =
    code === DEATH_AFTER_TORTURE ? ['030101000000', '031503000000'] : ['031503000000'];
  const data: Omit<RecordData<'incident'>, 'sources'> = {
    victim: v.id,
    detention: stay.id,
    facility: stay.facility.id,
    date: onDay(day),
    placeType: 'facility',
    region: stay.facility.region,
    actType: code,
    methods,
    perpetrators: [drawPerpetrator(random, stay.facility, v.profile)],
    physicalConsequences: ['death'],
    victimStatus: '010100000000',
    confidentiality: 'normal',
    narrative: incidentNarrative(random, {
      given: v.given,
      day,
      place: 'в месте содержания',
      act: code,
      methods,
    }),
  };
  return { data, physical: true, methods };
};

/**
 * Each victim's incidents, with the sources that report them: one victim at a time, so that
 * sources can be dated after the incidents they report. `recent` victims (held at the facility
 * chosen for a cluster) get one incident in the last three weeks, which raises a cluster alert.
 */
export const generateIncidents = (
  ctx: GenContext,
  victims: readonly Victim[],
  perpetrators: ReadonlyMap<FacilityId, PersonId[]>,
  recent: ReadonlySet<Victim>,
): IncidentFacts[] => {
  const { random } = ctx;
  const out: IncidentFacts[] = [];
  for (const v of victims) {
    const count = random.weighted(INCIDENTS_PER_VICTIM);
    const drafts = Array.from({ length: count }, (_, i) => {
      let [stay, day] = drawDay(random, v.stays, ctx.until);
      const atArrest = i === 0 && stay === v.stays[0] && random.chance(0.15);
      if (atArrest) day = stay.from;
      if (i === 0 && recent.has(v)) {
        stay = v.stays[v.stays.length - 1] as Stay;
        day = Math.max(stay.from, ctx.until - random.int(0, 20));
      }
      return {
        stay,
        day,
        ...incidentData(ctx, v, stay, day, perpetrators, atArrest && !recent.has(v)),
      };
    });
    const last = v.stays[v.stays.length - 1] as Stay;
    if (v.fate === 'dead' && last.to !== undefined) {
      drafts.push({ stay: last, day: last.to, ...deathData(ctx, v, last, last.to) });
    }
    const latest = Math.max(...drafts.map((d) => d.day));
    const sources = generateSources(ctx, v, victims, latest);
    for (const d of drafts) {
      const id = newId<IncidentId>(ctx);
      const cited: SourceId[] = random.some(sources, random.int(1, Math.min(2, sources.length)));
      ctx.emit(demoRecord('incident', id, { ...d.data, sources: cited }));
      out.push({
        id,
        victim: v,
        stay: d.stay,
        day: d.day,
        physical: d.physical,
        psychological: d.data.psychologicalConsequences !== undefined,
        methods: d.methods,
        sources: cited,
      });
    }
  }
  return out;
};
