import { controlOn, isIncommunicado, regionByCode } from '@vigil/core';

/**
 * How the coded fields of one record answer the questions the records indicators of the index
 * ask (@vigil/analytics INDICATORS[].method). Each choice of codes is written here once, with why;
 * docs/risk-index.md describes the indicators, this file how Vigil's codes meet them.
 */

/** HURIDOCS "Unknown" term of the MT 5, MT 30 and MT 31 lists: known nothing, not "none". */
const UNKNOWN_CODE = '990000000000';

/**
 * Methods (violence-methods, MT 5) the catalogue calls severe: "electric shocks, asphyxiation,
 * sexual violence, suspension or prolonged stress positions, mock execution". By prefix:
 * 0308 electric shock and its kinds, 0309 asphyxiation (submarino…), 0310 strangulation, 0104
 * asphyxiation as a method of killing, 0305 rape and its kinds, 0311 forced postures (suspension,
 * parrot's perch, forced standing or kneeling, stretching).
 */
const SEVERE_PREFIXES = ['0308', '0309', '0310', '0104', '0305', '0311'];
/**
 * Single terms: sexual molestation, with forced sexual acts, and touching (0306 without sexual
 * threats and comments, which are psychological); and death threats against the victim
 * themselves, the vocabulary's nearest term to a mock execution, which it has no term for.
 */
const SEVERE_CODES = new Set([
  '030600000000',
  '030601000000',
  '030604000000',
  '032300000000',
  '032301000000',
]);

/** True when the incident's methods name what is known (anything but "unknown" or none). */
export const methodsKnown = (methods: readonly string[]): boolean =>
  methods.some((m) => m !== UNKNOWN_CODE);

/** True when at least one method is severe (see SEVERE_PREFIXES and SEVERE_CODES). */
export const isSevere = (methods: readonly string[]): boolean => {
  for (const m of methods) {
    if (SEVERE_CODES.has(m) || SEVERE_PREFIXES.includes(m.slice(0, 4))) return true;
  }
  return false;
};

/**
 * True when a method is "Isolation" (MT 5 0318…), as the facility pages count it. Punishment
 * cells and solitary confinement are coded so; the place of a unit (ShIZO, PKT) is not coded on
 * an incident.
 */
export const isIsolation = (methods: readonly string[]): boolean =>
  methods.some((m) => m.startsWith('0318'));

/** Places of an incident that are custody: the person was held there by the authorities. */
const CUSTODY_PLACES = new Set([
  'facility',
  'police-station',
  'filtration-point',
  'unofficial-site',
  'transport',
]);

/** True when the incident happened in custody: at a facility, during a detention or in a place of custody. */
export const inCustody = (i: {
  readonly facility: string | null;
  readonly detention: string | null;
  readonly placeType: string | null;
}): boolean => i.facility !== null || i.detention !== null || CUSTODY_PLACES.has(i.placeType ?? '');

/**
 * True when the incident records a death: an act violating the right to life (MT 4 0101…, as the
 * facility pages count deaths) other than an attempted killing (010109…), or death among the
 * physical consequences.
 */
export const isDeath = (i: {
  readonly actType: string | null;
  readonly physical: readonly string[];
}): boolean =>
  (i.actType !== null && i.actType.startsWith('0101') && !i.actType.startsWith('010109')) ||
  i.physical.includes('death');

/**
 * Whether a detention was incommunicado (core's `isIncommunicado`: whereabouts hidden, or no
 * outside contact, counsel or consultation permitted); null when neither whereabouts nor lawyer
 * access is known, so the detention is no observation.
 */
export const incommunicado = (d: {
  readonly whereabouts: string | null;
  readonly lawyerAccess: readonly string[];
}): boolean | null => {
  const whereabouts = d.whereabouts === UNKNOWN_CODE ? null : d.whereabouts;
  const lawyerAccess = d.lawyerAccess.filter((c) => c !== UNKNOWN_CODE);
  if (whereabouts === null && lawyerAccess.length === 0) return null;
  return isIncommunicado({ whereabouts, lawyerAccess });
};

/**
 * Kinds of intervention that ask for a criminal investigation (intervention-kinds): a complaint
 * to the prosecutor, a crime report to the Investigative Committee, an appeal to a court against
 * a refusal (Code of Criminal Procedure art. 125). Others (ombudsman, UN bodies, media) cannot
 * open a case, so "no investigation" says nothing about them.
 */
export const CRIMINAL_COMPLAINT_KINDS: ReadonlySet<string> = new Set([
  'prosecutor-complaint',
  'investigative-committee-report',
  'court-complaint',
]);

/**
 * Days within which a crime report must be decided (Code of Criminal Procedure art. 144: three
 * days, extendable to thirty); a complaint unanswered for longer had no answer in time.
 */
export const LEGAL_TIME_LIMIT_DAYS = 30;

const INVESTIGATED = ['case-opened', 'prosecution', 'conviction'];
const NOT_INVESTIGATED = ['refusal-to-open-case', 'no-response', 'formal-reply'];

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * What became of a complaint asking for an investigation, on `referenceDay`: `investigated` (a
 * case was opened, or more), `not-investigated` (refused, even after an appeal; answered without
 * action or not at all; closed without a case; or undecided after the legal time limit), or null
 * while it may still be decided in time, or was never sent (planned).
 */
export const complaintResponse = (
  c: {
    readonly status: string | null;
    readonly outcomes: readonly string[];
    readonly submitted: string | null;
  },
  referenceDay: string,
): 'investigated' | 'not-investigated' | null => {
  if (c.outcomes.some((o) => INVESTIGATED.includes(o))) return 'investigated';
  if (c.outcomes.some((o) => NOT_INVESTIGATED.includes(o))) return 'not-investigated';
  if (c.status === 'planned') return null;
  if (c.status === 'closed') return 'not-investigated';
  if (
    c.submitted !== null &&
    dayNumber(referenceDay) - dayNumber(c.submitted) > LEGAL_TIME_LIMIT_DAYS
  ) {
    return 'not-investigated';
  }
  return null;
};

/** True when a complaint led to charges against officials: prosecution or conviction. */
export const ledToCharges = (outcomes: readonly string[]): boolean =>
  outcomes.includes('prosecution') || outcomes.includes('conviction');

/**
 * True when an outcome is redress: compensation paid, or a finding of a violation by a court or
 * an international body. Rehabilitation has no code of its own and cannot be counted.
 */
export const obtainedRedress = (outcomes: readonly string[]): boolean =>
  outcomes.includes('compensation') || outcomes.includes('violation-found');

/** True when an intervention is a complaint about ill-treatment: any kind but a media publication, about an incident. */
export const isComplaint = (iv: { readonly kind: string; readonly incidents: readonly string[] }) =>
  iv.kind !== 'media' && iv.incidents.length > 0;

/**
 * Groups-at-risk terms (person fields `groups`, `groupsEthnicity`, …) that make a victim one of
 * the catalogue's groups at risk: every term of the list, "other" included (a documenter chose
 * it because the person is at risk). The catalogue also names women in custody, read from sex.
 */
export const isAtRisk = (v: {
  readonly groups: readonly string[];
  readonly sex: string | null;
  readonly heldWhenHurt: boolean;
}): boolean => v.groups.length > 0 || (v.sex === 'female' && v.heldWhenHurt);

/** Reprisal targets who act for detainees: the catalogue's "defenders, lawyers, monitors and relatives". */
const DEFENDER_TARGETS = new Set(['lawyer', 'monitor', 'relative']);
/** Groups at risk of a targeted person that make them a defender whatever the target says. */
const DEFENDER_GROUPS = ['human-rights-defender', 'lawyer'];

/** True when a reprisal was against a defender, a lawyer, a monitor or a relative acting for a detainee. */
export const isDefenderReprisal = (r: {
  readonly target: string | null;
  readonly personGroups: readonly string[];
}): boolean =>
  DEFENDER_TARGETS.has(r.target ?? '') || r.personGroups.some((g) => DEFENDER_GROUPS.includes(g));

/**
 * Facility authorities that are the occupying state's or its de facto authorities: a facility
 * they run in a partly occupied region is in the occupied part. Health facilities and unknown
 * authorities are left with the region's state.
 */
const OCCUPIER_AUTHORITIES = new Set(['mvd', 'fsin', 'fsb', 'mod', 'rosgvardia', 'de-facto']);

/**
 * The country unit of a record: the state whose authorities held the place on the day. The index
 * scores the safeguards of whoever holds people, so a detention in occupied Crimea counts for the
 * occupying state (RU), while its region stays the de jure code UA-43 (core's REGIONS). In a partly
 * occupied region the facility's authority decides; without one, the region's own state.
 */
export const countryOf = (region: string, day: string, authority: string | null): string => {
  const known = regionByCode(region);
  if (known === undefined) return region.slice(0, 2);
  const control = controlOn(region, day);
  if (control?.status === 'occupied') return control.by;
  if (control?.status === 'partly-occupied' && OCCUPIER_AUTHORITIES.has(authority ?? '')) {
    return control.by;
  }
  return known.country;
};

/**
 * True when a reprisal pressed a complainant after their complaint: it answered that very
 * intervention (whoever it targeted: pressure on relatives counts), or it targeted the complainant
 * on or after the day the complaint was sent (or either day is unknown).
 */
export const pressuredAfter = (
  r: {
    readonly person: string | null;
    readonly intervention: string | null;
    readonly day: string | null;
    readonly lastDay: string | null;
  },
  complaint: { readonly id: string; readonly submitted: string | null },
  complainant: string,
): boolean =>
  r.intervention === complaint.id ||
  (r.person === complainant &&
    (complaint.submitted === null ||
      (r.lastDay ?? r.day) === null ||
      (r.lastDay ?? r.day ?? '') >= complaint.submitted));
