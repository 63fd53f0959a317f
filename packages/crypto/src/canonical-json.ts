import { CryptoError } from './errors';

/** True for a lone UTF-16 surrogate, which I-JSON (and so RFC 8785) forbids. */
const hasLoneSurrogate = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
};

/** Serialises a string as RFC 8785 requires; JSON.stringify already escapes exactly that set. */
const stringLiteral = (s: string): string => {
  if (hasLoneSurrogate(s)) throw new CryptoError('bad_format', 'lone surrogate in JSON string');
  return JSON.stringify(s);
};

/** Only plain data is hashed or signed; class instances would serialise ambiguously. */
const isPlainObject = (v: object): v is Record<string, unknown> => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Has a toJSON method (Date), which JSON.stringify honours and so do we. */
const hasToJson = (v: object): v is { toJSON: () => unknown } =>
  typeof (v as { toJSON?: unknown }).toJSON === 'function';

const serialise = (v: unknown): string => {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      // ECMAScript Number→string is exactly the RFC 8785 number form; -0 becomes "0".
      if (!Number.isFinite(v)) throw new CryptoError('bad_format', 'non-finite number in JSON');
      return Object.is(v, -0) ? '0' : String(v);
    case 'string':
      return stringLiteral(v);
    case 'object': {
      if (Array.isArray(v)) {
        return `[${v.map((item: unknown) => {
          if (item === undefined) throw new CryptoError('bad_format', 'undefined in JSON array');
          return serialise(item);
        })}]`;
      }
      if (hasToJson(v)) return serialise(v.toJSON());
      if (!isPlainObject(v)) throw new CryptoError('bad_format', 'non-plain object in JSON');
      // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 prescribes.
      const keys = Object.keys(v)
        .filter((k) => v[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${stringLiteral(k)}:${serialise(v[k])}`).join(',')}}`;
    }
    default:
      throw new CryptoError('bad_format', 'value cannot be represented in JSON');
  }
};

/**
 * RFC 8785 (JCS) canonical JSON. Object members whose value is undefined are omitted (as
 * JSON.stringify does); undefined elsewhere, non-finite numbers, bigint, functions, symbols, lone
 * surrogates and non-plain objects throw CryptoError 'bad_format'.
 */
export const canonicalJson = (v: unknown): string => serialise(v);
