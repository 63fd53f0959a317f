import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listQueryToParams, parseListQuery, type ListQuery } from './filters';

const parse = (qs: string) => parseListQuery(new URLSearchParams(qs));

describe('list filters in the address', () => {
  it('read the kind, deleted, sort and coded filters of an incident list', () => {
    const { query, dropped } = parse(
      'kind=incident&deleted=include&sort=-date&from=2022-03-01&to=2022-12-31&region=UA-43&method=010100000000&agency=fsb&agency=mvd',
    );
    expect(dropped).toEqual([]);
    expect(query).toEqual({
      kind: 'incident',
      showDeleted: true,
      sort: '-date',
      filter: {
        from: '2022-03-01',
        to: '2022-12-31',
        region: 'UA-43',
        methods: ['010100000000'],
        agencies: ['fsb', 'mvd'],
      },
    });
  });

  it('drop and name what is invalid: unknown kind or code, impossible day, filter of another kind', () => {
    expect(parse('kind=planet').dropped).toEqual(['kind']);
    expect(parse('kind=incident&from=2023-02-30').dropped).toEqual(['from']);
    expect(parse('kind=incident&agency=nope&agency=fsb').query.filter.agencies).toEqual(['fsb']);
    expect(parse('kind=person&region=RU-MOS').dropped).toEqual(['region']);
    expect(parse('kind=medical-finding&sort=date').dropped).toEqual(['sort']);
    expect(parse('kind=incident&facility=Ivanov').dropped).toEqual(['facility']);
  });

  it('filter monitoring reports by period and facility, findings by facility alone', () => {
    const facility = '0190aaaa-0000-7000-8000-000000000002';
    const report = parse(
      `kind=monitoring-report&from=2024-01-01&to=2024-06-30&facility=${facility}`,
    );
    expect(report.dropped).toEqual([]);
    expect(report.query.filter).toEqual({ from: '2024-01-01', to: '2024-06-30', facility });
    const finding = parse(`kind=monitoring-finding&from=2024-01-01&facility=${facility}&sort=date`);
    expect(finding.dropped).toEqual(['sort', 'from']);
    expect(finding.query.filter).toEqual({ facility });
  });

  it('never carries anything but kind, flags, codes, days and a facility id', () => {
    const params = listQueryToParams(parse('kind=person&group=lgbtq&name=Ivan&q=torture').query);
    expect([...params.keys()].sort()).toEqual(['group', 'kind']);
  });

  it('round-trip through the address unchanged (property)', () => {
    const query: fc.Arbitrary<ListQuery> = fc.record({
      kind: fc.constant('incident' as const),
      showDeleted: fc.boolean(),
      sort: fc.constantFrom('created', '-created', 'date', '-date'),
      filter: fc.record(
        {
          from: fc.constantFrom('2022-01-01', '2024-02-29'),
          to: fc.constantFrom('2023-12-31'),
          region: fc.constantFrom('RU-MOS', 'UA-43'),
          facility: fc.uuid().map((u) => u.toLowerCase()),
          methods: fc.uniqueArray(fc.constantFrom('010000000000', '010100000000'), {
            minLength: 1,
          }),
          agencies: fc.uniqueArray(fc.constantFrom('fsb', 'mvd', 'police'), { minLength: 1 }),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(query, (q) => {
        const back = parseListQuery(listQueryToParams(q));
        expect(back.dropped).toEqual([]);
        expect(back.query).toEqual(q);
      }),
    );
  });
});
