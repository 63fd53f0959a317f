import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from './kinds';
import { arbRecord, arbSettings, SEALED_MARK } from './records.test-arbitraries';
import {
  codedSchema,
  fieldClassOf,
  fieldsOf,
  recordWireSchema,
  sealedPayloadSchema,
  SENSITIVE_FIELDS,
} from './schema';
import { joinRecord, splitRecord } from './split';

const PERSON = '0192f0c4-1f2a-7b3c-8d4e-5f6a7b8c9d0e';
/** A stand-in envelope: a v1 header for key version 3, then zero bytes. */
const ENVELOPE = 'AQAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const split = (...args: Parameters<typeof splitRecord>) => {
  const result = splitRecord(...args);
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.value;
};

describe.each(RECORD_KINDS)('splitting a %s record', (kind) => {
  const fields = fieldsOf(kind);

  it('and joining it again gives the same record, whatever the vault settings', () => {
    fc.assert(
      fc.property(arbRecord(kind), arbSettings, (record, settings) => {
        const { coded, sealed } = split(kind, record, settings);
        expect(joinRecord(kind, coded, sealed)).toEqual({ ok: true, value: record });
      }),
      { numRuns: 300 },
    );
  });

  it('never puts a sealed field, or any sealed text, in the coded part', () => {
    fc.assert(
      fc.property(arbRecord(kind), arbSettings, (record, settings) => {
        const { coded, sealed } = split(kind, record, settings);
        for (const name of Object.keys(coded)) {
          const spec = fields.find(([n]) => n === name)?.[1];
          expect(spec && `${name}: ${fieldClassOf(kind, spec, name, settings)}`).toBe(
            `${name}: coded`,
          );
        }
        expect(JSON.stringify(coded)).not.toContain(SEALED_MARK);
        for (const name of Object.keys(sealed)) expect(name in coded).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives parts that the coded, wire and sealed-payload schemas accept', () => {
    fc.assert(
      fc.property(arbRecord(kind), arbSettings, (record, settings) => {
        const { coded, sealed } = split(kind, record, settings);
        expect(codedSchema(kind, settings).safeParse(coded).success).toBe(true);
        const body = { ...coded, sealed: ENVELOPE, keyVersion: 3 };
        expect(recordWireSchema(kind, settings).safeParse(body).success).toBe(true);
        expect(sealedPayloadSchema(kind).safeParse(sealed).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sensitive fields', () => {
  const person = {
    sex: 'male',
    groups: ['journalist'],
    groupsEthnicity: ['crimean-tatar'],
    groupsReligion: ['jehovahs-witness'],
    groupsLgbtq: ['lgbtq'],
    groupsDisability: ['person-with-disability'],
  };

  it('are sealed by default', () => {
    expect(split('person', person)).toEqual({
      coded: { sex: 'male', groups: ['journalist'] },
      sealed: {
        groupsEthnicity: ['crimean-tatar'],
        groupsReligion: ['jehovahs-witness'],
        groupsLgbtq: ['lgbtq'],
        groupsDisability: ['person-with-disability'],
      },
    });
  });

  it('become coded only where the vault setting names them', () => {
    const { coded, sealed } = split('person', person, {
      codedSensitiveFields: ['person.groupsReligion'],
    });
    expect(Object.keys(coded).sort()).toEqual(['groups', 'groupsReligion', 'sex']);
    expect(Object.keys(sealed).sort()).toEqual([
      'groupsDisability',
      'groupsEthnicity',
      'groupsLgbtq',
    ]);
  });

  it('are each coded exactly when exposed, for any settings', () => {
    fc.assert(
      fc.property(arbSettings, (settings) => {
        const { coded } = split('person', person, settings);
        for (const id of SENSITIVE_FIELDS) {
          const name = id.slice('person.'.length);
          expect(name in coded).toBe(settings.codedSensitiveFields.includes(id));
        }
      }),
    );
  });

  it('still join from the sealed part after the vault exposed them', () => {
    const { coded, sealed } = split('person', person);
    expect(joinRecord('person', coded, sealed)).toEqual({ ok: true, value: person });
  });
});

describe('splitRecord', () => {
  it('refuses an invalid record and reports every problem by field', () => {
    expect(
      splitRecord('incident', { victim: 'nobody', actType: 'torture', colour: 'red' }),
    ).toEqual({
      ok: false,
      fields: [
        { path: 'victim', message: 'must be a lower-case UUID' },
        {
          path: 'actType',
          message: 'incident.actType: "torture" is not a term of the act-types vocabulary',
        },
        { path: 'incident', message: 'incident: unknown field "colour"' },
      ],
    });
  });
});

describe('joinRecord', () => {
  it('refuses a sealed field that came in plaintext', () => {
    expect(joinRecord('person', { names: ['Иван Петров'] }, {})).toEqual({
      ok: false,
      fields: [{ path: 'names', message: 'person.names is sealed and may not come in plaintext' }],
    });
  });

  it('refuses a field given in both parts, and a coded field hidden in the sealed part', () => {
    const both = joinRecord('detention', { person: PERSON }, { person: PERSON });
    expect(both.ok === false && both.fields).toEqual([
      { path: 'person', message: 'detention.person is in both the coded and sealed parts' },
      { path: 'person', message: 'detention.person is coded and belongs in the coded part' },
    ]);
  });

  it('validates the joined record like a new one', () => {
    const result = joinRecord('detention', {}, { notes: 'x' });
    expect(result.ok === false && result.fields.map((f) => f.path)).toEqual(['person']);
  });
});
