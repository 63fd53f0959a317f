import type { RecordKind } from '../records/kinds';
import { CONSENT_USES } from '../records/tables/source';

/** A use a source's person may authorise (the source's `consent` field). */
export type ConsentUse = (typeof CONSENT_USES)[number];

/** Why an export is made: a complete `backup` of the vault, or one of the consent uses. */
export const EXPORT_PURPOSES = ['backup', ...CONSENT_USES] as const;
export type ExportPurpose = (typeof EXPORT_PURPOSES)[number];

/** Why a record was left out of an export (stable codes; `message` says it in words). */
export const EXCLUSION_REASONS = [
  'deleted',
  'no-consent',
  'no-consenting-source',
  'confidential',
  'no-consented-link',
  'linked-record-excluded',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** What the rule needs of a record: its kind, id, deletion and (coded) data. */
export interface ConsentSubject {
  readonly id: string;
  readonly kind: RecordKind;
  readonly deleted?: boolean;
  readonly data: Readonly<Record<string, unknown>>;
}

export type ConsentDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: ExclusionReason; readonly message: string };

const ALLOWED: ConsentDecision = { allowed: true };
const no = (reason: ExclusionReason, message: string): ConsentDecision => ({
  allowed: false,
  reason,
  message,
});

const idsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/** Purposes a `restricted` incident may serve: not publication of any kind. */
const RESTRICTED_OK = new Set<ExportPurpose>(['internal', 'un-bodies', 'courts']);

/** The relation fields through which each derived kind is judged by the records it names. */
const DERIVED: Partial<Record<RecordKind, readonly string[]>> = {
  detention: ['person'],
  'medical-finding': ['person', 'incident'],
  intervention: ['people', 'incidents', 'detentions'],
  reprisal: ['person', 'incident', 'intervention'],
  'monitoring-report': ['sources'],
  'monitoring-finding': ['report'],
};
/** Judged in this order, so that the records a kind depends on are decided first. */
const ORDER: readonly RecordKind[] = [
  'source',
  'incident',
  'person',
  'detention',
  'medical-finding',
  'intervention',
  'reprisal',
  'monitoring-report',
  'monitoring-finding',
];

/**
 * Decides, for every record of a vault, whether an export for `purpose` may include it, and why
 * not. The rule (SECURITY.md and issue 3 point 5):
 * - `backup` includes everything, deleted records too; any other purpose leaves deleted records out;
 * - a source, by its own consent: included when its `consent` lists the purpose;
 * - an incident, when at least one of its sources (not deleted) consents, and its confidentiality
 *   allows: `strictly-confidential` only for `internal`, `restricted` not for publication;
 * - a person, when a consenting source is theirs (the source's `person`) or reports an incident
 *   whose victim they are (the incident itself included);
 * - a detention, medical finding, intervention or reprisal, by the records it names (people,
 *   incidents, detentions, interventions): all of them included, and at least one named;
 * - a monitoring report by its sources, and a monitoring finding by its report, the same way.
 * Records are judged only with what is given: a link to a record not in `records` counts as
 * excluded. Pure; the same input always gives the same decisions.
 */
export const consentDecisions = (
  records: readonly ConsentSubject[],
  purpose: ExportPurpose,
): Map<string, ConsentDecision> => {
  const decisions = new Map<string, ConsentDecision>();
  if (purpose === 'backup') {
    for (const r of records) decisions.set(r.id, ALLOWED);
    return decisions;
  }
  const byKind = new Map<RecordKind, ConsentSubject[]>();
  for (const r of records) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  const allowed = (id: string) => decisions.get(id)?.allowed === true;
  /** People with a consenting source of their own or about an incident against them. */
  const consentedPeople = new Set<string>();

  for (const kind of ORDER) {
    for (const r of byKind.get(kind) ?? []) {
      if (r.deleted === true) {
        decisions.set(r.id, no('deleted', 'Deleted records are only in backups.'));
        continue;
      }
      decisions.set(r.id, decide(r));
    }
    if (kind === 'source') {
      for (const s of byKind.get('source') ?? []) {
        if (allowed(s.id)) for (const p of idsIn(s.data['person'])) consentedPeople.add(p);
      }
    }
    if (kind === 'incident') {
      for (const i of byKind.get('incident') ?? []) {
        const consenting = idsIn(i.data['sources']).some(allowed);
        if (consenting) for (const p of idsIn(i.data['victim'])) consentedPeople.add(p);
      }
    }
  }
  return decisions;

  function decide(r: ConsentSubject): ConsentDecision {
    switch (r.kind) {
      case 'source':
        return idsIn(r.data['consent']).includes(purpose)
          ? ALLOWED
          : no('no-consent', `The source's person did not authorise use for ${purpose}.`);
      case 'incident': {
        const level = r.data['confidentiality'];
        if (level === 'strictly-confidential' && purpose !== 'internal') {
          return no('confidential', 'The incident is strictly confidential: internal use only.');
        }
        if (level === 'restricted' && !RESTRICTED_OK.has(purpose)) {
          return no('confidential', 'The incident is restricted: not for publication.');
        }
        return idsIn(r.data['sources']).some(allowed)
          ? ALLOWED
          : no('no-consenting-source', `None of the incident's sources authorised ${purpose}.`);
      }
      case 'person':
        return consentedPeople.has(r.id)
          ? ALLOWED
          : no(
              'no-consenting-source',
              `No source of this person, or about an incident against them, authorised ${purpose}.`,
            );
      default: {
        const links = (DERIVED[r.kind] ?? []).flatMap((f) => idsIn(r.data[f]));
        if (links.length === 0) {
          return no('no-consented-link', 'It names no person or incident whose consent covers it.');
        }
        return links.every(allowed)
          ? ALLOWED
          : no('linked-record-excluded', 'A person or incident it names is left out.');
      }
    }
  }
};
