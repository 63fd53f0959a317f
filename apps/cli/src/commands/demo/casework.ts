import type { InterventionId, RecordData, ReprisalId } from '@vigil/core';
import { newId, type GenContext } from './context';
import { isoOf, onDay } from './dates';
import { demoRecord, type IncidentFacts, type Victim } from './model';
import type { Random } from './prng';
import { interventionText, labelRu, reprisalDetails } from './texts';

/** Russia left the Council of Europe: the ECtHR takes no complaint about later events. */
const ECHR_LAST_DAY = '2022-09-16';

type Kind = string;

/** Where complaints go, by story. */
const kindsFor = (v: Victim, firstDay: string): (readonly [Kind, number])[] => {
  if (v.profile === 'ua-civilian' || v.profile === 'ua-pow') {
    return [
      ['icrc', 4],
      ...(v.profile === 'ua-pow' ? ([['ukraine-pow-coordination', 4]] as const) : []),
      ['un-sr-urgent-appeal', 3],
      ['un-wgeid', 3],
      ['un-wgad', 2],
      ['ombudsman', 2],
      ['media', 1],
    ];
  }
  return [
    ['prosecutor-complaint', 5],
    ['investigative-committee-report', 4],
    ['court-complaint', 2],
    ['ombudsman', 2],
    ['public-monitoring-commission', 2],
    ['penitentiary-complaint', 2],
    ['un-sr-urgent-appeal', 1],
    ['un-wgad', 1],
    ...(firstDay <= ECHR_LAST_DAY
      ? ([
          ['ecthr-application', 1],
          ['ecthr-rule-39', 1],
        ] as const)
      : []),
  ];
};

/** Outcomes of a closed intervention, by kind. */
const closedOutcome = (random: Random, kind: Kind): string[] => {
  switch (kind) {
    case 'prosecutor-complaint':
    case 'investigative-committee-report':
      return random
        .weighted([
          [['refusal-to-open-case'], 12],
          [['inspection', 'formal-reply'], 5],
          [['case-opened'], 2],
          [['case-opened', 'prosecution'], 1],
        ] as const)
        .slice();
    case 'un-sr-urgent-appeal':
    case 'un-wgad':
    case 'un-wgeid':
      return random
        .weighted([
          [['communication-sent', 'state-replied'], 5],
          [['communication-sent'], 4],
          [['communication-sent', 'violation-found'], 1],
        ] as const)
        .slice();
    case 'ecthr-rule-39':
      return [random.pick(['interim-measures-granted', 'interim-measures-refused'])];
    case 'ukraine-pow-coordination':
    case 'icrc':
      return [random.pick(['released', 'no-response', 'formal-reply'])];
    case 'public-monitoring-commission':
    case 'ombudsman':
      return [
        random.pick(['inspection', 'conditions-improved', 'formal-reply', 'medical-care-provided']),
      ];
    default:
      return [random.pick(['formal-reply', 'no-response', 'inspection'])];
  }
};

/**
 * Complaints and appeals for some victims (more for those still held), with their status and
 * outcomes so far; and the occasional reprisal against whoever complained.
 */
export const generateCasework = (ctx: GenContext, incidents: readonly IncidentFacts[]): void => {
  const { random, until } = ctx;
  const byVictim = new Map<Victim, IncidentFacts[]>();
  for (const i of incidents) {
    const list = byVictim.get(i.victim);
    if (list === undefined) byVictim.set(i.victim, [i]);
    else list.push(i);
  }
  for (const [v, own] of byVictim) {
    if (!random.chance(v.fate === 'held' ? 0.5 : 0.3)) continue;
    const first = Math.min(...own.map((i) => i.day));
    const kinds = kindsFor(v, isoOf(first));
    const n = random.chance(0.3) ? 2 : 1;
    for (let k = 0; k < n; k++) {
      const kind = random.weighted(kinds);
      const submitted = Math.min(until, first + random.int(3, 200));
      const about = own.filter((i) => i.day <= submitted);
      const age = until - submitted;
      const status = random.weighted(
        age < 30
          ? ([
              ['submitted', 3],
              ['planned', 1],
            ] as const)
          : ([
              ['closed', 9],
              ['in-progress', 7],
              ['submitted', 4],
            ] as const),
      );
      const outcome: string[] =
        status === 'closed'
          ? closedOutcome(random, kind)
          : status === 'in-progress'
            ? [random.pick(['pending', 'communication-sent', 'inspection'])]
            : status === 'submitted'
              ? [random.pick(['pending', 'no-response'])]
              : [];
      const answered = outcome.some((o) => o !== 'pending' && o !== 'no-response');
      const outcomeDay = Math.min(until, submitted + random.int(10, 200));
      const id = newId<InterventionId>(ctx);
      const data: RecordData<'intervention'> = {
        people: [v.id],
        incidents: random.some(
          about.map((i) => i.id),
          random.int(1, 3),
        ),
        detentions: [...new Set(about.map((i) => i.stay.id))],
        kind,
        ...(status === 'planned' ? {} : { submittedDate: onDay(submitted) }),
        ...(answered ? { outcomeDate: onDay(outcomeDay) } : {}),
        status,
        ...(outcome.length > 0 ? { outcome } : {}),
        text: interventionText({ given: v.given, kindLabel: labelRu('intervention-kinds', kind) }),
        correspondents: [`${labelRu('intervention-kinds', kind)} (адресат)`],
      };
      ctx.emit(demoRecord('intervention', id, data));
      if (status !== 'planned' && random.chance(0.08)) {
        const incident = random.pick(about.length > 0 ? about : own);
        const target = random.weighted([
          ['survivor', 6],
          ['relative', 2],
          ['lawyer', 2],
        ] as const);
        ctx.emit(
          demoRecord('reprisal', newId<ReprisalId>(ctx), {
            ...(target === 'survivor' ? { person: v.id } : {}),
            incident: incident.id,
            intervention: id,
            target,
            kind: random.some(
              [
                'punishment-cell',
                'threat',
                'transfer',
                'violence',
                'pressure-on-relatives',
              ] as const,
              random.int(1, 2),
            ),
            date: onDay(Math.min(until, submitted + random.int(5, 120))),
            details: reprisalDetails(random, { given: v.given }),
          }),
        );
      }
    }
  }
};
