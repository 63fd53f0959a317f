import type { BODY_REGIONS, FINDING_TYPES } from '@vigil/core';
import { EXAMINER_QUALIFICATIONS, type MedicalFindingId, type RecordData } from '@vigil/core';
import { newId, type GenContext } from './context';
import { demoRecord, type IncidentFacts } from './model';
import type { Random } from './prng';
import { findingDescription } from './texts';

type FindingType = (typeof FINDING_TYPES)[number];
type BodyRegion = (typeof BODY_REGIONS)[number];

/** Russian names of finding types and body regions, for the sealed description. */
const TYPE_RU: Readonly<Record<FindingType, string>> = {
  bruise: 'кровоподтёк',
  abrasion: 'ссадина',
  laceration: 'рваная рана',
  burn: 'ожог',
  'electrical-injury': 'электрометка',
  fracture: 'перелом',
  'dental-injury': 'травма зубов',
  'joint-or-soft-tissue': 'повреждение суставов и мягких тканей',
  neurological: 'неврологические нарушения',
  'sensory-loss': 'снижение слуха',
  'sexual-violence': 'следы сексуального насилия',
  scar: 'рубец',
  psychological: 'признаки посттравматического стрессового расстройства',
  other: 'иные повреждения',
};

const REGION_RU: Readonly<Record<BodyRegion, string>> = {
  head: 'голова',
  face: 'лицо',
  neck: 'шея',
  chest: 'грудная клетка',
  back: 'спина',
  abdomen: 'живот',
  'genitals-or-anus': 'аногенитальная область',
  'upper-limbs': 'руки',
  hands: 'кисти',
  'lower-limbs': 'ноги',
  feet: 'стопы',
  'whole-body': 'всё тело',
  'not-applicable': 'не применимо',
};

/** Which findings a method leaves, and where. */
const findingsFor = (
  random: Random,
  methods: readonly string[],
): readonly [FindingType, readonly BodyRegion[]] => {
  const has = (prefix: string) => methods.some((m) => m.startsWith(prefix));
  if (has('030104')) return ['joint-or-soft-tissue', ['feet']];
  if (has('0308')) {
    return [
      'electrical-injury',
      random.some(['hands', 'feet', 'genitals-or-anus', 'upper-limbs'], 2),
    ];
  }
  if (has('0304')) return ['burn', random.some(['hands', 'upper-limbs', 'chest', 'back'], 1)];
  if (has('0305') || has('0306')) return ['sexual-violence', ['genitals-or-anus']];
  if (has('0311'))
    return ['joint-or-soft-tissue', random.some(['upper-limbs', 'lower-limbs', 'back'], 2)];
  if (has('0309') || has('0310')) return ['neurological', ['head']];
  if (has('0301')) {
    const type = random.weighted([
      ['bruise', 6],
      ['abrasion', 3],
      ['laceration', 1],
      ['fracture', 1],
      ['dental-injury', 1],
      ['sensory-loss', 1],
      ['scar', 1],
    ] as const);
    if (type === 'dental-injury') return [type, ['face']];
    if (type === 'sensory-loss') return [type, ['head']];
    return [
      type,
      random.some(
        ['head', 'face', 'chest', 'back', 'upper-limbs', 'lower-limbs'],
        random.int(1, 3),
      ),
    ];
  }
  return ['other', ['whole-body']];
};

/**
 * Istanbul Protocol findings for some incidents: physical ones where the body was harmed, a
 * psychological one where the victim reported symptoms; examined after release, or in custody.
 */
export const generateMedicalFindings = (
  ctx: GenContext,
  incidents: readonly IncidentFacts[],
): void => {
  const { random } = ctx;
  for (const incident of incidents) {
    if (incident.victim.fate === 'missing') continue;
    const found: (readonly [FindingType, readonly BodyRegion[]])[] = [];
    if (incident.physical && random.chance(0.15)) {
      const n = random.int(1, 2);
      for (let i = 0; i < n; i++) found.push(findingsFor(random, incident.methods));
    }
    if (incident.psychological && random.chance(0.12))
      found.push(['psychological', ['not-applicable']]);
    for (const [type, regions] of found) {
      const data: RecordData<'medical-finding'> = {
        person: incident.victim.id,
        incident: incident.id,
        findingType: type,
        bodyRegion: [...regions],
        consistency: random.weighted([
          ['consistent', 35],
          ['highly-consistent', 30],
          ['typical-of', 15],
          ['diagnostic-of', 5],
          ['not-consistent', 15],
        ] as const),
        examinerQualification:
          type === 'psychological'
            ? random.pick(['psychiatrist', 'psychologist'] as const)
            : random.weighted(
                EXAMINER_QUALIFICATIONS.map(
                  (q) => [q, q === 'forensic-physician' ? 8 : q === 'physician' ? 7 : 1] as const,
                ),
              ),
        description: findingDescription(random, {
          type: TYPE_RU[type],
          regions: regions.map((r) => REGION_RU[r]),
        }),
        examinerIdentity: `Врач-эксперт, заключение № ${random.int(100, 9999)} (вымышленный)`,
      };
      ctx.emit(demoRecord('medical-finding', newId<MedicalFindingId>(ctx), data));
    }
  }
};
