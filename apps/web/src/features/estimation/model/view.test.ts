import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, viewFromParams, viewToParams, type EstimationView } from './view';

describe('the estimation view in the address', () => {
  it('is the default for an empty address, and leaves defaults out of it', () => {
    expect(viewFromParams(new URLSearchParams())).toEqual(DEFAULT_VIEW);
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it('keeps other parameters such as the vault', () => {
    const params = viewToParams(
      { ...DEFAULT_VIEW, method: 'dga', lists: ['a', 'b', 'c'] },
      new URLSearchParams('vault=v1'),
    );
    expect(params.get('vault')).toBe('v1');
    expect(params.get('lists')).toBe('a,b,c');
    expect(params.get('method')).toBe('dga');
  });

  it('drops anything that is not a code: names and free text never reach the address', () => {
    const view = viewFromParams(
      new URLSearchParams('by=name&lists=Иванов,memorial,a b,memorial&stratum=x&method=y&seed=-1'),
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, lists: ['memorial'] });
    expect(viewFromParams(new URLSearchParams('seed=99999999999')).seed).toBe(1);
  });

  it('reads back every view it writes', () => {
    const views = fc.record({
      listBy: fc.constantFrom('materialType', 'connection', 'organisation'),
      lists: fc.option(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), {
          minLength: 1,
          maxLength: 8,
        }),
        { nil: undefined },
      ),
      stratumBy: fc.constantFrom('none', 'year', 'sex', 'ageBand', 'region', 'facilityType'),
      method: fc.constantFrom('loglinear', 'lcmcr', 'dga'),
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
    }) as fc.Arbitrary<EstimationView>;
    fc.assert(
      fc.property(views, (view) => {
        expect(viewFromParams(viewToParams(view))).toEqual(view);
      }),
      { numRuns: 100 },
    );
  });
});
