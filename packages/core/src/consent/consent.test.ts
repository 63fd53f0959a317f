import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_USES } from '../records/tables/source';
import { consentDecisions, EXPORT_PURPOSES, type ConsentSubject, type ExportPurpose } from '.';

const id = (n: number) => `01900000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const [victim, witness, source, silentSource, incident, detention, intervention] = [
  1, 2, 3, 4, 5, 6, 7,
].map(id) as [string, string, string, string, string, string, string];

/** A small vault: a victim with a detention, an incident reported by a consenting source. */
const vault = (
  consent: string[],
  extra: Partial<ConsentSubject['data']> = {},
): ConsentSubject[] => [
  { id: victim, kind: 'person', data: {} },
  { id: witness, kind: 'person', data: {} },
  { id: source, kind: 'source', data: { person: witness, consent } },
  { id: silentSource, kind: 'source', data: { consent: [] } },
  { id: incident, kind: 'incident', data: { victim, sources: [source, silentSource], ...extra } },
  { id: detention, kind: 'detention', data: { person: victim } },
  { id: intervention, kind: 'intervention', data: { people: [victim], detentions: [detention] } },
];
const allowedIds = (records: ConsentSubject[], purpose: ExportPurpose) =>
  [...consentDecisions(records, purpose)].filter(([, d]) => d.allowed).map(([k]) => k);

describe('consentDecisions', () => {
  it('includes everything a consenting source reaches: its person, its incident, the victim and what names them', () => {
    expect(allowedIds(vault(['courts']), 'courts').sort()).toEqual(
      [victim, witness, source, incident, detention, intervention].sort(),
    );
  });

  it('leaves everything out for a use no source authorised, with a reason for each', () => {
    const decisions = consentDecisions(vault(['courts']), 'publication-named');
    expect([...decisions.values()].every((d) => !d.allowed)).toBe(true);
    expect(decisions.get(source)).toMatchObject({ reason: 'no-consent' });
    expect(decisions.get(incident)).toMatchObject({ reason: 'no-consenting-source' });
    expect(decisions.get(victim)).toMatchObject({ reason: 'no-consenting-source' });
    expect(decisions.get(detention)).toMatchObject({ reason: 'linked-record-excluded' });
  });

  it('keeps a strictly confidential incident for internal use only, a restricted one from publication', () => {
    const all = [...CONSENT_USES];
    const strict = vault(all, { confidentiality: 'strictly-confidential' });
    expect(consentDecisions(strict, 'internal').get(incident)).toEqual({ allowed: true });
    expect(consentDecisions(strict, 'courts').get(incident)).toMatchObject({
      reason: 'confidential',
    });
    const restricted = vault(all, { confidentiality: 'restricted' });
    expect(consentDecisions(restricted, 'courts').get(incident)).toEqual({ allowed: true });
    expect(consentDecisions(restricted, 'publication-anonymised').get(incident)).toMatchObject({
      reason: 'confidential',
    });
  });

  it('includes deleted records in a backup only', () => {
    const records = vault(['internal']).map((r) => (r.id === source ? { ...r, deleted: true } : r));
    expect(consentDecisions(records, 'backup').get(source)).toEqual({ allowed: true });
    expect(consentDecisions(records, 'internal').get(source)).toMatchObject({ reason: 'deleted' });
    // A deleted source consents to nothing any more.
    expect(consentDecisions(records, 'internal').get(incident)).toMatchObject({
      reason: 'no-consenting-source',
    });
  });

  it('leaves out a derived record that names nothing, or names a record not given', () => {
    const records: ConsentSubject[] = [
      { id: id(20), kind: 'reprisal', data: {} },
      { id: id(21), kind: 'detention', data: { person: id(99) } },
    ];
    const decisions = consentDecisions(records, 'internal');
    expect(decisions.get(id(20))).toMatchObject({ reason: 'no-consented-link' });
    expect(decisions.get(id(21))).toMatchObject({ reason: 'linked-record-excluded' });
  });

  // Random vaults: people, sources with random consent and people, incidents with random
  // victims, sources and confidentiality, detentions of random people.
  const vaultArb = fc
    .record({
      people: fc.integer({ min: 1, max: 6 }),
      sources: fc.array(
        fc.record({
          person: fc.option(fc.nat(), { nil: undefined }),
          consent: fc.subarray([...CONSENT_USES]),
          deleted: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
      incidents: fc.array(
        fc.record({
          victim: fc.nat(),
          sources: fc.array(fc.nat(), { maxLength: 3 }),
          confidentiality: fc.constantFrom(
            undefined,
            'normal',
            'restricted',
            'strictly-confidential',
          ),
        }),
        { maxLength: 6 },
      ),
      detentions: fc.array(fc.nat(), { maxLength: 4 }),
    })
    .map(({ people, sources, incidents, detentions }): ConsentSubject[] => {
      const person = (n: number) => id(100 + (n % people));
      const src = (n: number) => id(200 + (n % Math.max(1, sources.length)));
      return [
        ...Array.from({ length: people }, (_, i): ConsentSubject => ({
          id: person(i),
          kind: 'person',
          data: {},
        })),
        ...sources.map((s, i): ConsentSubject => ({
          id: id(200 + i),
          kind: 'source',
          deleted: s.deleted,
          data: {
            consent: s.consent,
            ...(s.person === undefined ? {} : { person: person(s.person) }),
          },
        })),
        ...incidents.map((inc, i): ConsentSubject => ({
          id: id(300 + i),
          kind: 'incident',
          data: {
            victim: person(inc.victim),
            sources: inc.sources.map(src),
            ...(inc.confidentiality === undefined ? {} : { confidentiality: inc.confidentiality }),
          },
        })),
        ...detentions.map((p, i): ConsentSubject => ({
          id: id(400 + i),
          kind: 'detention',
          data: { person: person(p) },
        })),
      ];
    });
  const purposeArb = fc.constantFrom(...EXPORT_PURPOSES);

  it('decides every record, and gives a reason whenever it leaves one out', () => {
    fc.assert(
      fc.property(vaultArb, purposeArb, (records, purpose) => {
        const decisions = consentDecisions(records, purpose);
        expect(decisions.size).toBe(new Set(records.map((r) => r.id)).size);
        for (const d of decisions.values())
          if (!d.allowed) expect(d.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('includes everything in a backup', () => {
    fc.assert(
      fc.property(vaultArb, (records) => {
        expect(allowedIds(records, 'backup')).toHaveLength(records.length);
      }),
    );
  });

  it('never includes an incident unless a live source consents and its confidentiality allows', () => {
    fc.assert(
      fc.property(vaultArb, purposeArb, (records, purpose) => {
        fc.pre(purpose !== 'backup');
        const decisions = consentDecisions(records, purpose);
        const byId = new Map(records.map((r) => [r.id, r]));
        for (const r of records) {
          if (r.kind !== 'incident' || decisions.get(r.id)?.allowed !== true) continue;
          const sources = (r.data['sources'] as string[]).map((s) => byId.get(s));
          expect(
            sources.some(
              (s) => s?.deleted !== true && (s?.data['consent'] as string[]).includes(purpose),
            ),
          ).toBe(true);
          if (r.data['confidentiality'] === 'strictly-confidential')
            expect(purpose).toBe('internal');
        }
      }),
    );
  });

  it('never leaves a record out because a source consented to more', () => {
    fc.assert(
      fc.property(vaultArb, purposeArb, fc.nat(), (records, purpose, pick) => {
        const sources = records.filter((r) => r.kind === 'source');
        fc.pre(sources.length > 0);
        const widened = sources[pick % sources.length]?.id;
        const more = records.map((r) =>
          r.id === widened ? { ...r, data: { ...r.data, consent: [...CONSENT_USES] } } : r,
        );
        const before = new Set(allowedIds(records, purpose));
        const after = new Set(allowedIds(more, purpose));
        for (const allowed of before) expect(after.has(allowed)).toBe(true);
      }),
    );
  });
});
