import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getVocabulary, listVocabularies } from '../vocab/registry';
import { RECORD_KINDS, type RecordKind } from './kinds';
import { arbRecord } from './records.test-arbitraries';
import {
  DEFAULT_RECORD_SETTINGS,
  fieldsOf,
  recordSchema,
  recordSettingsSchema,
  recordWireSchema,
} from './schema';

const PERSON = '0192f0c4-1f2a-7b3c-8d4e-5f6a7b8c9d0e';
const SOURCE = '0192f0c4-1f2a-7b3c-8d4e-5f6a7b8c9d0f';
/** A syntactically valid envelope (format ‖ key version ‖ nonce ‖ 16-byte tag), base64url. */
/** A stand-in envelope: a v1 header for key version 1, then zero bytes. */
const ENVELOPE = 'AQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** The smallest valid record of each kind: its required fields only. */
const minimal: Record<RecordKind, Record<string, unknown>> = {
  person: {},
  detention: { person: PERSON },
  incident: { victim: PERSON, actType: '010000000000' },
  source: {},
  'medical-finding': { person: PERSON, findingType: 'bruise' },
  intervention: { kind: 'prosecutor-complaint' },
  reprisal: { target: 'witness' },
  'monitoring-report': { facility: PERSON, methods: ['lawyer-visit'] },
  'monitoring-finding': {
    report: PERSON,
    facility: PERSON,
    heading: 'conditions.space',
    kind: 'recommendation',
    followUp: 'open',
  },
};

const issues = (kind: RecordKind, record: unknown) =>
  recordSchema(kind)
    .safeParse(record)
    .error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];

describe.each(RECORD_KINDS)('the %s record schema', (kind) => {
  const fields = fieldsOf(kind);

  it('accepts its smallest record and random full ones', () => {
    expect(issues(kind, minimal[kind])).toEqual([]);
    fc.assert(
      fc.property(arbRecord(kind), (r) => {
        expect(issues(kind, r)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses unknown fields, naming them', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !fields.some(([n]) => n === k)),
        (key) => {
          expect(issues(kind, { ...minimal[kind], [key]: 'x' })).toEqual([
            { path: '', message: `${kind}: unknown field ${JSON.stringify(key)}` },
          ]);
        },
      ),
    );
  });

  it('refuses a record without a required field', () => {
    for (const [name] of fields.filter(([, s]) => s.required)) {
      const rest = Object.fromEntries(Object.entries(minimal[kind]).filter(([k]) => k !== name));
      expect(issues(kind, rest).map((i) => i.path)).toEqual([name]);
    }
  });

  it('refuses unknown and wrong-list vocabulary codes with an error naming the field', () => {
    const others = listVocabularies();
    for (const [name, spec] of fields.filter(([, s]) => s.type === 'vocab')) {
      const own = new Set(getVocabulary(spec.vocab ?? '')?.terms.map((t) => t.code));
      const foreign = others
        .flatMap((v) => getVocabulary(v.id)?.terms.map((t) => t.code) ?? [])
        .find((c) => !own.has(c));
      for (const code of ['no-such-term', '999999999999', foreign ?? 'none']) {
        const value = spec.multi ? [code] : code;
        const got = issues(kind, { ...minimal[kind], [name]: value });
        expect(got).toEqual([
          {
            path: spec.multi ? `${name}.0` : name,
            message: `${kind}.${name}: "${code}" is not a term of the ${spec.vocab} vocabulary`,
          },
        ]);
      }
    }
  });

  it('takes relations as lower-case UUIDs only', () => {
    for (const [name, spec] of fields.filter(([, s]) => s.type === 'relation')) {
      const wrap = (id: string) => (spec.multi ? [id] : id);
      expect(issues(kind, { ...minimal[kind], [name]: wrap(SOURCE) })).toEqual([]);
      for (const bad of ['42', SOURCE.toUpperCase(), 'Иван Петров']) {
        expect(issues(kind, { ...minimal[kind], [name]: wrap(bad) })).toEqual([
          { path: spec.multi ? `${name}.0` : name, message: 'must be a lower-case UUID' },
        ]);
      }
    }
  });

  it('refuses the same value twice in a multi-valued field', () => {
    fc.assert(
      fc.property(arbRecord(kind), (r) => {
        for (const [name] of fields.filter(([, s]) => s.multi)) {
          const values = r[name];
          if (!Array.isArray(values) || values.length === 0) continue;
          const got = issues(kind, { ...r, [name]: [...values, values[0]] });
          expect(got).toContainEqual({
            path: `${name}.${values.length}`,
            message: `${kind}.${name}: duplicate value`,
          });
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('vocabulary fields', () => {
  it('accept retired terms, so that old records still open', () => {
    const retired = getVocabulary('perpetrator-agencies')?.terms.find((t) => t.retired === true);
    expect(retired).toBeDefined();
    const record = {
      ...minimal.incident,
      perpetrators: [{ agency: retired?.code ?? '' }],
    };
    expect(issues('incident', record)).toEqual([]);
  });

  it('check the vocabulary of each part of a group field', () => {
    expect(
      issues('incident', {
        ...minimal.incident,
        perpetrators: [{ agency: 'fsb', involvement: 'fsb' }, {}],
      }),
    ).toEqual([
      {
        path: 'perpetrators.0.involvement',
        message:
          'incident.perpetrators.involvement: "fsb" is not a term of the involvement-degrees vocabulary',
      },
      { path: 'perpetrators.1', message: 'incident.perpetrators: give at least one part' },
    ]);
  });

  it('send a group-at-risk term to the field that takes it', () => {
    expect(issues('person', { groups: ['journalist', 'lgbtq'] })).toEqual([
      { path: 'groups.1', message: 'person.groups: "lgbtq" belongs in person.groupsLgbtq' },
    ]);
    expect(issues('person', { groupsReligion: ['journalist'] })).toEqual([
      {
        path: 'groupsReligion.0',
        message: 'person.groupsReligion: "journalist" belongs in person.groups',
      },
    ]);
  });
});

describe('date fields in records', () => {
  it('refuse impossible dates and reversed ranges, with the path of the date', () => {
    expect(
      issues('incident', {
        ...minimal.incident,
        date: { precision: 'day', value: '2023-02-29' },
      }),
    ).toEqual([
      { path: 'date.value', message: '2023-02-29 does not exist: February 2023 has 28 days' },
    ]);
    expect(
      issues('detention', {
        ...minimal.detention,
        period: {
          precision: 'range',
          from: { precision: 'month', value: '2024-03' },
          to: { precision: 'month', value: '2024-02' },
        },
      }),
    ).toEqual([
      { path: 'period.to', message: 'the range ends (2024-02) before it starts (2024-03)' },
    ]);
  });

  it('take partial dates and open ranges', () => {
    expect(
      issues('detention', {
        ...minimal.detention,
        period: { precision: 'range', from: { precision: 'month', value: '2022-03' } },
      }),
    ).toEqual([]);
    expect(issues('source', { date: { precision: 'year', value: '2023' } })).toEqual([]);
    expect(issues('person', { birthDate: { precision: 'unknown' } })).toEqual([]);
  });
});

describe('the wire schema', () => {
  const wire = (kind: RecordKind, body: Record<string, unknown>, exposed: string[] = []) =>
    recordWireSchema(kind, { codedSensitiveFields: exposed })
      .safeParse({ ...body, sealed: ENVELOPE, keyVersion: 1 })
      .error?.issues.map((i) => i.message) ?? [];

  it('takes coded fields and relation ids beside the envelope and its key version', () => {
    expect(wire('incident', { ...minimal.incident, methods: ['010100000000'] })).toEqual([]);
    expect(
      recordWireSchema('incident').safeParse({ ...minimal.incident, keyVersion: 1 }).success,
    ).toBe(false);
  });

  it('refuses sealed fields in plaintext', () => {
    expect(wire('person', { names: ['Иван Петров'] })).toEqual(['person: unknown field "names"']);
    expect(wire('incident', { ...minimal.incident, narrative: 'x' })).toEqual([
      'incident: unknown field "narrative"',
    ]);
  });

  it('refuses a sensitive field in plaintext unless the vault exposes it', () => {
    expect(wire('person', { groupsLgbtq: ['lgbtq'] })).toEqual([
      'person: unknown field "groupsLgbtq"',
    ]);
    expect(wire('person', { groupsLgbtq: ['lgbtq'] }, ['person.groupsLgbtq'])).toEqual([]);
    expect(wire('person', { groupsReligion: ['protestant'] }, ['person.groupsLgbtq'])).toEqual([
      'person: unknown field "groupsReligion"',
    ]);
  });

  it('takes blind indexes of name tokens for people only', () => {
    expect(wire('person', { nameIndexes: ['0123456789abcdef'] })).toEqual([]);
    expect(wire('incident', { ...minimal.incident, nameIndexes: [] })).toEqual([
      'incident: unknown field "nameIndexes"',
    ]);
  });
});

describe('record settings', () => {
  it('default to every sensitive field sealed', () => {
    expect(DEFAULT_RECORD_SETTINGS.codedSensitiveFields).toEqual([]);
  });

  it('name only sensitive fields', () => {
    expect(
      recordSettingsSchema.safeParse({ codedSensitiveFields: ['person.groupsLgbtq'] }).success,
    ).toBe(true);
    expect(recordSettingsSchema.safeParse({ codedSensitiveFields: ['person.names'] }).success).toBe(
      false,
    );
    expect(recordSettingsSchema.safeParse({ codedSensitiveFields: ['person.sex'] }).success).toBe(
      false,
    );
  });
});
