import { describe, expect, it } from 'vitest';
import { heldNowAndBefore, personPath, transferFlows, type OverviewDetention } from './transfers';

const detention = (over: Partial<OverviewDetention>): OverviewDetention => ({
  id: 'd',
  person: 'p',
  from: '2024-01-01',
  to: null,
  ongoing: true,
  transferFrom: null,
  transferTo: null,
  ...over,
});

describe('people held at a facility', () => {
  it('are held now while a detention goes on (longest first), before once it ended (latest first)', () => {
    const { now, before } = heldNowAndBefore([
      detention({ id: 'a', from: '2024-03-01' }),
      detention({ id: 'b', from: '2023-01-01' }),
      detention({ id: 'c', from: '2022-01-01', to: '2022-05-01', ongoing: false }),
      detention({ id: 'd', from: '2021-01-01', to: '2023-05-01', ongoing: false }),
      detention({ id: 'e', from: null, to: null, ongoing: false }),
    ]);
    expect(now.map((d) => d.id)).toEqual(['b', 'a']);
    expect(before.map((d) => d.id)).toEqual(['d', 'c', 'e']);
  });
});

describe('transfers into and out of a facility', () => {
  it('are counted per other facility, largest first, leaving out the facility itself and those merged into it', () => {
    const flows = transferFlows(
      [
        detention({ id: '1', transferFrom: 'f2' }),
        detention({ id: '2', transferFrom: 'f2', transferTo: 'f3' }),
        detention({ id: '3', transferFrom: 'f4' }),
        detention({ id: '4', transferFrom: 'f1', transferTo: 'old' }),
      ],
      'f1',
      ['old'],
    );
    expect(flows.inbound).toEqual([
      { from: 'f2', to: 'f1', count: 2 },
      { from: 'f4', to: 'f1', count: 1 },
    ]);
    expect(flows.outbound).toEqual([{ from: 'f1', to: 'f3', count: 1 }]);
  });
});

describe('a person’s path', () => {
  it('runs through the detentions in date order, with transfers, each place once in a row', () => {
    const { stops, unplaced } = personPath([
      { id: 'd2', facility: 'B', transferFrom: 'A', transferTo: 'C', start: '2024-02-01' },
      { id: 'd1', facility: 'A', transferFrom: null, transferTo: 'B', start: '2024-01-01' },
      { id: 'd3', facility: 'C', transferFrom: null, transferTo: null, start: '2024-05-01' },
      { id: 'd4', facility: null, transferFrom: null, transferTo: null, start: '2024-06-01' },
    ]);
    expect(stops).toEqual([
      { facility: 'A', detention: 'd1' },
      { facility: 'B', detention: 'd2' },
      { facility: 'C', detention: 'd3' },
    ]);
    expect(unplaced).toBe(1);
  });

  it('puts undated detentions last and keeps a transfer-only place as a stop of its own', () => {
    const { stops } = personPath([
      { id: 'x', facility: 'Z', transferFrom: null, transferTo: null, start: null },
      { id: 'y', facility: 'B', transferFrom: 'A', transferTo: null, start: '2020-01-01' },
    ]);
    expect(stops).toEqual([
      { facility: 'A', detention: null },
      { facility: 'B', detention: 'y' },
      { facility: 'Z', detention: 'x' },
    ]);
  });

  it('may come back to a place it left', () => {
    const { stops } = personPath([
      { id: '1', facility: 'A', transferFrom: null, transferTo: null, start: '2020-01-01' },
      { id: '2', facility: 'B', transferFrom: null, transferTo: null, start: '2021-01-01' },
      { id: '3', facility: 'A', transferFrom: null, transferTo: null, start: '2022-01-01' },
    ]);
    expect(stops.map((s) => s.facility)).toEqual(['A', 'B', 'A']);
  });
});
