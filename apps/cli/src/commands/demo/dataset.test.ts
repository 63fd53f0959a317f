import {
  computeAlerts,
  DEFAULT_ALERT_SETTINGS,
  dayBounds,
  facilityIdSchema,
  fieldsOf,
  recordSchema,
  splitRecord,
  starterFacilities,
  type DateValue,
  type RecordKind,
} from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset, type DemoFacility, type DemoRecord } from './dataset';
import { seededRandom } from './prng';
import { SYNTHETIC_MARK } from './texts';

const UNTIL = '2026-12-01';
const FACILITIES: DemoFacility[] = starterFacilities().map(({ id, facility }) => ({
  id: facilityIdSchema.parse(id),
  region: facility.region,
  type: facility.type,
  authority: facility.authority,
  status: facility.status,
  capacity: facility.capacity,
}));

const generate = (seed: string, people: number) =>
  generateDemoDataset({ seed, people, facilities: FACILITIES, until: UNTIL });

// One dataset of a realistic size for the checks that read every record.
const dataset = generate('7', 400);
const byId = new Map(dataset.records.map((r) => [r.id, r]));
const ofKind = <K extends RecordKind>(kind: K) =>
  dataset.records.filter((r): r is Extract<DemoRecord, { kind: K }> => r.kind === kind);

/** The first and last day a date may cover; open ends as far as they go. */
const span = (v: DateValue | undefined): { first: string; last: string } => {
  if (v === undefined) throw new Error('a date is missing');
  const { earliest, latest } = dayBounds(v);
  return { first: earliest ?? '0000-01-01', last: latest ?? '9999-12-31' };
};

/** Every coded date of a record (single dates, dates or periods, and periods). */
const datesOf = (r: DemoRecord): DateValue[] => {
  const data = r.data as Record<string, unknown>;
  return fieldsOf(r.kind)
    .filter(([, spec]) => ['date', 'date-value', 'date-range'].includes(spec.type))
    .flatMap(([name, spec]) => (spec.class === 'coded' ? [data[name]] : []))
    .filter((v): v is DateValue => v !== undefined);
};

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed and a different one for another', () => {
    const draw = (seed: string) => {
      const r = seededRandom(seed);
      return [r.next(), r.int(1, 6), r.uuid()];
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(draw('a')[2]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('the demo dataset', () => {
  it('is the same for the same seed, facilities and last day, and differs for another seed', () => {
    expect(generate('7', 400)).toEqual(dataset);
    expect(generate('8', 400).records).not.toEqual(dataset.records);
  });

  it('does not depend on the order in which the register lists its facilities', () => {
    const reversed = generateDemoDataset({
      seed: '7',
      people: 50,
      facilities: [...FACILITIES].reverse(),
      until: UNTIL,
    });
    expect(reversed).toEqual(generate('7', 50));
  });

  it('holds every kind of record, with counts that match the records', () => {
    for (const [kind, count] of Object.entries(dataset.counts)) {
      expect(count, kind).toBeGreaterThan(0);
      expect(dataset.records.filter((r) => r.kind === kind)).toHaveLength(count);
    }
    // Victims, plus the relatives and perpetrators the sources name.
    expect(dataset.counts.person).toBeGreaterThanOrEqual(400);
    expect(dataset.counts.incident / 400).toBeGreaterThan(2.5);
    expect(dataset.counts.incident / 400).toBeLessThan(3.5);
  });

  it('names the organisation of every source, four organisations in all', () => {
    const sources = dataset.records.filter((r) => r.kind === 'source');
    const organisations = sources.map((r) => (r.data as { organisation?: string }).organisation);
    expect(organisations.every((o) => o !== undefined && /^demo-[a-z]+$/.test(o))).toBe(true);
    expect(new Set(organisations).size).toBe(4);
  });

  it('makes records that each pass the core validation and split for their kind', () => {
    for (const r of dataset.records) {
      expect(recordSchema(r.kind).safeParse(r.data).success, `${r.kind} ${r.id}`).toBe(true);
      const split = splitRecord(r.kind, r.data);
      expect(split.ok, `${r.kind} ${r.id}`).toBe(true);
    }
  });

  it('dates everything from 2014 to the last day, most of it after February 2022', () => {
    let after2022 = 0;
    let all = 0;
    for (const r of dataset.records) {
      if (r.kind === 'person') continue; // birth years lie before the timeline
      for (const date of datesOf(r)) {
        const { first, last } = span(date);
        expect(first >= '2014-01-01', `${r.kind} ${r.id} ${first}`).toBe(true);
        expect(first <= UNTIL, `${r.kind} ${r.id} ${first}`).toBe(true);
        expect(last >= first, `${r.kind} ${r.id}`).toBe(true);
        if (r.kind === 'incident') {
          all += 1;
          if (first >= '2022-02-24') after2022 += 1;
        }
      }
    }
    expect(after2022 / all).toBeGreaterThan(0.6);
  });

  it('points every relation at a generated record of the right kind or a register facility', () => {
    const facilityIds = new Set<string>(FACILITIES.map((f) => f.id));
    for (const r of dataset.records) {
      const data = r.data as Record<string, unknown>;
      for (const [name, spec] of fieldsOf(r.kind)) {
        if (spec.type !== 'relation' || data[name] === undefined) continue;
        const ids = (spec.multi ? data[name] : [data[name]]) as string[];
        for (const id of ids) {
          if (spec.relation === 'facility') {
            expect(facilityIds.has(id), `${r.kind}.${name}`).toBe(true);
          } else {
            expect(byId.get(id)?.kind, `${r.kind}.${name} → ${id}`).toBe(spec.relation);
          }
        }
      }
    }
  });

  it('puts every record after the records it points at, so that it can be imported in parts', () => {
    const position = new Map(dataset.records.map((r, i) => [r.id, i]));
    dataset.records.forEach((r, i) => {
      const data = r.data as Record<string, unknown>;
      for (const [name, spec] of fieldsOf(r.kind)) {
        if (spec.type !== 'relation' || spec.relation === 'facility' || data[name] === undefined) {
          continue;
        }
        for (const id of (spec.multi ? data[name] : [data[name]]) as string[]) {
          expect(position.get(id) ?? Infinity, `${r.kind}.${name}`).toBeLessThan(i);
        }
      }
    });
  });

  it('places each incident in its detention: same victim, the facility’s region, a date in its period', () => {
    for (const { data } of ofKind('incident')) {
      const detention = byId.get(data.detention ?? '');
      if (detention?.kind !== 'detention') throw new Error('an incident without its detention');
      expect(detention.data.person).toBe(data.victim);
      const facility = FACILITIES.find((f) => f.id === detention.data.facility);
      expect(data.region).toBe(facility?.region);
      if (data.facility !== undefined) expect(data.facility).toBe(detention.data.facility);
      // Dates known to the month or year only need to overlap the period.
      const stay = span(detention.data.period);
      const when = span(data.date);
      expect(when.last >= stay.first && when.first <= stay.last).toBe(true);
    }
  });

  it('never uses a facility on a day it was closed or a museum', () => {
    const perm36 = FACILITIES.find((f) => f.status.some((s) => s.status === 'repurposed'));
    expect(perm36).toBeDefined();
    expect(ofKind('detention').some((d) => d.data.facility === perm36?.id)).toBe(false);
  });

  it('marks every person and every free text as synthetic', () => {
    for (const { data } of ofKind('person')) expect(data.notes).toContain(SYNTHETIC_MARK);
    for (const { data } of ofKind('incident')) expect(data.narrative).toMatch(/^\[SYNTHETIC/);
    for (const { data } of ofKind('source')) expect(data.testimony).toMatch(/^\[SYNTHETIC/);
    for (const { data } of ofKind('detention')) {
      expect(data.circumstances).toMatch(/^\[SYNTHETIC/);
    }
  });

  it('raises every kind of alert on the last day: incommunicado, unknown transfer, cluster', () => {
    const detentions = ofKind('detention').map(({ id, data }) => {
      const { earliest, latest } = dayBounds(data.period ?? { precision: 'unknown' });
      return {
        id,
        person: data.person,
        facility: data.facility ?? null,
        transferTo: data.transferTo ?? null,
        start: earliest ?? null,
        end: latest ?? null,
        whereabouts: data.whereabouts ?? null,
        lawyerAccess: data.lawyerAccess ?? [],
      };
    });
    const incidents = ofKind('incident').flatMap(({ id, data }) =>
      data.facility === undefined
        ? []
        : [{ id, facility: data.facility, day: span(data.date).first }],
    );
    const personStatus = new Map(
      ofKind('person').map(({ id, data }) => [id, data.status ?? 'unknown']),
    );
    const alerts = computeAlerts(
      { detentions, incidents, personStatus },
      DEFAULT_ALERT_SETTINGS,
      UNTIL,
    );
    expect(new Set(alerts.map((a) => a.kind))).toEqual(
      new Set(['incommunicado', 'unknown-transfer', 'incident-cluster']),
    );
    expect(ofKind('detention').some((d) => d.data.transferTo !== undefined)).toBe(true);
  });

  it('files monitoring findings under reports on the same facility', () => {
    const reports = ofKind('monitoring-report');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const { data } of ofKind('monitoring-finding')) {
      const report = byId.get(data.report);
      expect(report?.kind === 'monitoring-report' && report.data.facility).toBe(data.facility);
    }
  });

  it('refuses an empty register and a count of people below one', () => {
    expect(() =>
      generateDemoDataset({ seed: '1', people: 10, facilities: [], until: UNTIL }),
    ).toThrow(/register is empty/);
    expect(() => generate('1', 0)).toThrow(/at least 1/);
  });
});
