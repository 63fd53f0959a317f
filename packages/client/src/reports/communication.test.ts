import { describe, expect, it } from 'vitest';
import type { RecordView } from '../records';
import {
  COMMUNICATION_SECTIONS,
  buildCommunication,
  communicationDocument,
  withEdits,
  type CommunicationInput,
  type CommunicationModel,
} from './communication';
import { day, facility, rid, view } from './fixtures.test-helpers';

const [victim, consenting, silent, beating, shocks, held, finding, complaint, ownSource] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9,
].map(rid) as [string, string, string, string, string, string, string, string, string];
const colony = rid(100);

/**
 * A victim held in a colony, beaten (reported by a source consenting to UN bodies) and later
 * given electric shocks (reported by a source who consented to nothing). A medical finding and
 * a complaint concern the second incident; the victim's own source consents to courts only.
 */
const input = (
  overrides: { consent?: string[]; ownConsent?: string[] } = {},
): CommunicationInput => {
  const person = view('person', victim, {
    names: ['Иван Петров'],
    aliases: ['Ваня'],
    sex: 'male',
    birthYear: 1985,
    citizenship: ['RU'],
    groups: ['political-prisoner'],
    status: 'detained',
    identityDocuments: ['паспорт 4500 123456'],
  });
  const records: RecordView[] = [
    person,
    view('source', consenting, {
      connection: '010200000000',
      date: day('2024-04-02'),
      consent: overrides.consent ?? ['internal', 'un-bodies'],
      testimony: 'what the witness said',
    }),
    view('source', silent, { connection: '010200000000', consent: [] }),
    view('source', ownSource, { person: victim, consent: overrides.ownConsent ?? ['courts'] }),
    view('detention', held, {
      person: victim,
      facility: colony,
      period: { precision: 'range', from: day('2023-11-20') },
      legalStatus: 'accused-pretrial',
      circumstances: 'Arrested at home at 6 a.m. by FSB officers.',
    }),
    view('incident', beating, {
      victim,
      facility: colony,
      date: day('2024-03-10'),
      actType: '020111110000',
      methods: ['030101000000'],
      perpetrators: [{ agency: 'fsin' }],
      namedPerpetrators: ['Officer <script>alert(1)</script> Sidorov'],
      narrative: 'Beaten on arrival in the quarantine unit.',
      sources: [consenting],
    }),
    view('incident', shocks, {
      victim,
      facility: colony,
      date: day('2024-05-02'),
      actType: '020111110000',
      narrative: 'Electric shocks during interrogation.',
      sources: [silent],
    }),
    view('medical-finding', finding, {
      person: victim,
      incident: shocks,
      findingType: 'electrical-injury',
      description: 'Burn marks on both wrists.',
    }),
    view('intervention', complaint, {
      people: [victim],
      incidents: [shocks],
      kind: 'prosecutor-complaint',
      submittedDate: day('2024-06-01'),
      outcome: ['no-response'],
    }),
  ];
  return {
    person,
    records,
    facilities: new Map([[colony, facility(colony, 'ИК-6 Мелехово', 'IK-6 Melekhovo')]]),
  };
};

const texts = (model: CommunicationModel): string =>
  model.sections.flatMap((s) => s.fields.map((f) => `${f.label}\n${f.text}`)).join('\n');

describe('buildCommunication', () => {
  it('follows the model questionnaire and fills its parts from the records consent allows', () => {
    const model = buildCommunication(input(), 'en');
    expect(model.sections.map((s) => s.id)).toEqual([...COMMUNICATION_SECTIONS]);
    const field = (id: string) =>
      model.sections.flatMap((s) => s.fields).find((f) => f.id === id)?.text;
    expect(field('identity.names')).toBe('Иван Петров');
    expect(field('identity.otherNames')).toBe('Ваня');
    expect(field('identity.birth')).toBe('born in 1985');
    expect(field('identity.groups')).toContain('Political prisoner');
    expect(field(`detention.${held}`)).toContain('Arrested at home at 6 a.m. by FSB officers.');
    expect(field(`detention.${held}`)).toContain('IK-6 Melekhovo');
    expect(field(`incident.${beating}`)).toContain('Beaten on arrival in the quarantine unit.');
    expect(field(`incident.${beating}`)).toContain('Slapping, kicking or punching');
    expect(field(`perpetrators.${beating}`)).toContain('Sidorov');
    expect(field('authorities')).toContain('Federal Penitentiary Service (FSIN)');
    expect(field('consent.use')).toContain('Witness, 2024-04-02');
  });

  it('leaves out an incident no source consented to, and what hangs on it, and lists them by id and reason', () => {
    const model = buildCommunication(input(), 'en');
    const all = texts(model);
    expect(all).not.toContain('Electric shocks');
    expect(all).not.toContain('Burn marks');
    expect(all).not.toContain('prosecutor');
    expect(model.excluded).toEqual(
      expect.arrayContaining([
        { kind: 'incident', id: shocks, reason: 'no-consenting-source' },
        { kind: 'source', id: silent, reason: 'no-consent' },
        { kind: 'medical-finding', id: finding, reason: 'linked-record-excluded' },
        { kind: 'intervention', id: complaint, reason: 'linked-record-excluded' },
        { kind: 'source', id: ownSource, reason: 'no-consent' },
      ]),
    );
    expect(model.excluded.some((e) => e.id === beating || e.id === victim)).toBe(false);
    // With no remedy left, the draft says so rather than leaving the part out.
    expect(all).toContain('No remedy recorded.');
  });

  it('includes nothing about a person when no source consented to UN bodies', () => {
    const model = buildCommunication(input({ consent: ['internal'] }), 'en');
    expect(model.allowed).toBe(false);
    expect(texts(model)).not.toContain('Иван');
    expect(model.excluded).toContainEqual({
      kind: 'person',
      id: victim,
      reason: 'no-consenting-source',
    });
    const doc = communicationDocument(model, '2025-06-01');
    expect(JSON.stringify(doc)).toContain('Nothing may be included');
  });

  it('asks for the name to be kept confidential unless a source consented to named publication', () => {
    const field = (m: CommunicationModel) =>
      m.sections.flatMap((s) => s.fields).find((f) => f.id === 'consent.identity')?.text;
    expect(field(buildCommunication(input(), 'en'))).toContain('keep the victim');
    const named = buildCommunication(input({ consent: ['un-bodies', 'publication-named'] }), 'en');
    expect(field(named)).toContain('may appear in public documents');
  });

  it("keeps the reader's edits in place of the drafted texts, and only those", () => {
    const model = buildCommunication(input(), 'ru');
    const edited = withEdits(model, { 'identity.names': 'И. П.', author: 'Правозащитный центр' });
    const field = (m: CommunicationModel, id: string) =>
      m.sections.flatMap((s) => s.fields).find((f) => f.id === id)?.text;
    expect(field(edited, 'identity.names')).toBe('И. П.');
    expect(field(edited, 'author')).toBe('Правозащитный центр');
    expect(field(edited, `incident.${beating}`)).toBe(field(model, `incident.${beating}`));
    expect(field(model, 'identity.names')).toBe('Иван Петров');
  });

  it('ends the document with the excluded records, in the language of the report', () => {
    const doc = communicationDocument(buildCommunication(input(), 'ru'), '2025-06-01');
    const last = doc.sections[doc.sections.length - 1];
    expect(last?.title).toBe('Исключено по согласию');
    const table = last?.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' ? table.rows.map((r) => r.cells[1]) : []).toContain(shocks);
  });
});
