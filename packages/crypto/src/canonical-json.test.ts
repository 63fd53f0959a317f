import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { CryptoError } from './errors';

/** A float64 from its IEEE 754 bit pattern, as RFC 8785 Appendix B lists them. */
const f64 = (hex: string): number =>
  new DataView(
    new Uint8Array(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []).buffer,
  ).getFloat64(0);

describe('canonicalJson (RFC 8785)', () => {
  it('reproduces the RFC 8785 §3.2.2 example', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units as in RFC 8785 §3.2.3', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('serialises the RFC 8785 Appendix B numbers', () => {
    const cases: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ];
    for (const [bits, text] of cases) expect(canonicalJson(f64(bits)), bits).toBe(text);
  });

  it('gives the same text whatever the key insertion order and nesting', () => {
    expect(canonicalJson({ b: [1, { y: 2, x: 1 }], a: 'x' })).toBe(
      canonicalJson({ a: 'x', b: [1, { x: 1, y: 2 }] }),
    );
    expect(canonicalJson({ b: 1, a: { d: null, c: true } })).toBe(
      '{"a":{"c":true,"d":null},"b":1}',
    );
  });

  it('omits undefined members and serialises dates through toJSON', () => {
    expect(canonicalJson({ a: undefined, b: new Date(0) })).toBe(
      '{"b":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it('refuses values that have no single JSON form', () => {
    for (const bad of [
      NaN,
      Infinity,
      1n,
      () => 1,
      Symbol('x'),
      new Map(),
      [undefined],
      '\ud800',
      { '\udc00': 1 },
    ]) {
      expect(() => canonicalJson(bad)).toThrow(CryptoError);
    }
  });
});
