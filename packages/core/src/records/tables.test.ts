import { describe, expect, it } from 'vitest';
import { getVocabulary } from '../vocab/registry';
import { VOCABULARY_IDS } from '../vocab/ids';
import type { FieldClass } from './field';
import { RECORD_KINDS, type RecordKind } from './kinds';
import { fieldsOf, SENSITIVE_FIELDS } from './schema';
import { GROUPS_AT_RISK } from './tables';

/**
 * DATA-MODEL.md "Records", column by column: each phrase of the data model and the fields that
 * carry it. Relations named by issue 3 (a person's detentions, incidents and sources; an incident's
 * victim, perpetrators, sources, evidence) are coded: the server keeps the links.
 */
const DATA_MODEL: Record<RecordKind, Record<FieldClass, Record<string, string[]>>> = {
  person: {
    coded: {
      sex: ['sex'],
      'birth year or age band': ['birthYear', 'ageBand'],
      citizenship: ['citizenship'],
      'groups at risk (sensitive ones sealed by default)': [
        'groups',
        'groupsEthnicity',
        'groupsReligion',
        'groupsLgbtq',
        'groupsDisability',
      ],
      'status (at liberty, detained, missing, dead, unknown)': ['status'],
    },
    sealed: {
      'names in original script and as written by sources': ['names', 'namesAsWritten'],
      aliases: ['aliases'],
      'exact birth date': ['birthDate'],
      contacts: ['contacts'],
      addresses: ['addresses'],
      'identity documents': ['identityDocuments'],
      photo: ['photo'],
      notes: ['notes'],
    },
  },
  detention: {
    coded: {
      '(person × place × period)': ['person'],
      facility: ['facility'],
      'start/end dates with precision': ['period'],
      'legal status': ['legalStatus'],
      'whereabouts (MT30)': ['whereabouts'],
      'access to lawyer (MT31)': ['lawyerAccess'],
      'contact with family': ['familyContact'],
      'transfer from / to': ['transferFrom', 'transferTo'],
    },
    sealed: { circumstances: ['circumstances'], notes: ['notes'] },
  },
  incident: {
    coded: {
      victim: ['victim'],
      'date(s) with precision': ['date'],
      'facility or place type': ['facility', 'placeType', 'region'],
      'type of act (MT4)': ['actType'],
      'methods (MT5, many)': ['methods'],
      'perpetrator involvements (MT24, agency, MT18)': ['perpetrators'],
      'intent (MT38)': ['intent'],
      'statements signed (MT36)': ['statementsSigned'],
      'medical attention (MT37)': ['medicalAttention'],
      'physical and psychological consequences': [
        'physicalConsequences',
        'psychologicalConsequences',
      ],
      'victim status at end (MT25)': ['victimStatus'],
      confidentiality: ['confidentiality'],
      "issue 3: an incident's perpetrators, sources, evidence": [
        'perpetratorPeople',
        'sources',
        'evidence',
      ],
      "issue 3: a person's detentions and incidents": ['detention'],
    },
    sealed: {
      narrative: ['narrative'],
      'named perpetrators': ['namedPerpetrators'],
      'exact location': ['exactLocation'],
      quotes: ['quotes'],
    },
  },
  source: {
    coded: {
      'source connection (MT19)': ['connection'],
      'type of source material (MT16)': ['materialType'],
      'reliability (MT42)': ['reliability'],
      date: ['date'],
      language: ['language'],
      'issue 7: the organisation that documented it (a list for estimation)': ['organisation'],
      'consent (which uses the person authorised)': ['consent'],
      "issue 3: a person's sources": ['person'],
    },
    sealed: { who: ['who'], contact: ['contact'], 'testimony text': ['testimony'] },
  },
  'medical-finding': {
    coded: {
      'finding type': ['findingType'],
      'body region': ['bodyRegion'],
      'level of consistency': ['consistency'],
      'examiner qualification': ['examinerQualification'],
      'the person examined and the incident alleged': ['person', 'incident'],
    },
    sealed: { description: ['description'], 'examiner identity': ['examinerIdentity'] },
  },
  intervention: {
    coded: {
      kind: ['kind'],
      dates: ['submittedDate', 'outcomeDate'],
      status: ['status'],
      outcome: ['outcome'],
      'whom and what it concerns': ['people', 'incidents', 'detentions'],
    },
    sealed: { text: ['text'], correspondents: ['correspondents'] },
  },
  reprisal: {
    coded: {
      'against whom (witness, survivor, relative, lawyer, monitor)': ['target', 'person'],
      kind: ['kind'],
      date: ['date'],
      'what it answered': ['incident', 'intervention'],
    },
    sealed: { details: ['details'] },
  },
  'monitoring-report': {
    coded: {
      facility: ['facility'],
      date: ['period'],
      'method (interview with released detainee, lawyer’s visit, relatives, official data, open sources, in-person)':
        ['methods'],
      'what it draws on': ['sources', 'evidence'],
      'conditions: space per person': ['cellArea', 'peopleInCell', 'peopleHeld'],
      'safeguards and contact with the outside world': [
        'doctorAccess',
        'lawyerAccess',
        'familyContact',
      ],
      'discipline and segregation incl. punishment cells': ['punishmentCellPlacements'],
      'ill-treatment: deaths in custody': ['deathsReported'],
      'how many informants': ['informants'],
    },
    sealed: {
      'informant identity': ['informantDetails'],
      'interview content': ['interviewContent'],
      'summary of findings': ['summary'],
    },
  },
  'monitoring-finding': {
    coded: {
      'findings by CPT heading': ['heading', 'report', 'facility'],
      'each finding a recommendation, comment or request for information': ['kind'],
      'with follow-up status': ['followUp', 'followUpDate'],
    },
    sealed: { 'the finding': ['text'], 'the follow-up': ['followUpNotes'] },
  },
};

/** The HURIDOCS micro-thesaurus the data model names for a field. */
const MICRO_THESAURI: Record<string, number> = {
  'detention.whereabouts': 30,
  'detention.lawyerAccess': 31,
  'incident.actType': 4,
  'incident.methods': 5,
  'incident.perpetrators.type': 24,
  'incident.perpetrators.involvement': 18,
  'incident.intent': 38,
  'incident.statementsSigned': 36,
  'incident.medicalAttention': 37,
  'incident.victimStatus': 25,
  'source.connection': 19,
  'source.materialType': 16,
  'source.reliability': 42,
};

describe.each(RECORD_KINDS)('the %s field table', (kind) => {
  const fields = fieldsOf(kind);
  const expected = DATA_MODEL[kind];

  it('has exactly the fields DATA-MODEL.md lists for it', () => {
    const listed = [...Object.values(expected.coded), ...Object.values(expected.sealed)].flat();
    expect(fields.map(([name]) => name).sort()).toEqual([...listed].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('gives each field the class of its DATA-MODEL.md column', () => {
    for (const cls of ['coded', 'sealed'] as const) {
      for (const name of Object.values(expected[cls]).flat()) {
        expect(`${name}: ${fields.find(([n]) => n === name)?.[1].class}`).toBe(`${name}: ${cls}`);
      }
    }
  });

  it('seals all free text and marks vocabulary, relation and group fields completely', () => {
    for (const [name, spec] of fields) {
      const where = `${kind}.${name}`;
      if (spec.type === 'text') expect(`${where}: ${spec.class}`).toBe(`${where}: sealed`);
      if (spec.sensitive) expect(`${where}: ${spec.class}`).toBe(`${where}: coded`);
      if (spec.type === 'vocab') {
        expect(VOCABULARY_IDS).toContain(spec.vocab);
        for (const code of spec.terms ?? []) {
          expect(getVocabulary(spec.vocab ?? '')?.terms.map((t) => t.code)).toContain(code);
        }
      }
      expect(spec.type === 'relation').toBe(spec.relation !== undefined);
      expect(spec.type === 'group').toBe(spec.parts !== undefined);
      expect(spec.doc.length).toBeGreaterThan(0);
      expect(spec.maxItems).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses the HURIDOCS micro-thesaurus the data model names', () => {
    for (const [name, spec] of fields) {
      const uses: [string, string | undefined][] = [[`${kind}.${name}`, spec.vocab]];
      for (const [part, p] of Object.entries(spec.parts ?? {})) {
        uses.push([`${kind}.${name}.${part}`, p.vocab]);
      }
      for (const [where, vocab] of uses) {
        const mt = MICRO_THESAURI[where];
        if (mt !== undefined) {
          expect(`${where}: ${getVocabulary(vocab ?? '')?.huridocs}`).toBe(`${where}: ${mt}`);
        }
      }
    }
  });
});

describe('groups at risk', () => {
  it('puts every term of the list into exactly one person field', () => {
    const placed = Object.values(GROUPS_AT_RISK).flat();
    const codes = getVocabulary('groups-at-risk')?.terms.map((t) => t.code) ?? [];
    expect([...placed].sort()).toEqual([...codes].sort());
  });

  it('are sensitive for ethnicity, religion, LGBTQ+ and disability, and only for those', () => {
    expect([...SENSITIVE_FIELDS].sort()).toEqual([
      'person.groupsDisability',
      'person.groupsEthnicity',
      'person.groupsLgbtq',
      'person.groupsReligion',
    ]);
  });
});
