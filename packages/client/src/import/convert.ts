import {
  getVocabulary,
  matchTerm,
  normaliseLabel,
  parseDateText,
  resolveTerm,
  type DateValue,
  type FieldSpec,
  type VocabTerm,
} from '@vigil/core';
import type { DateFormatHint, FieldSource } from './mapping';

/** What can be wrong with one imported value. */
export type ValueProblemKind =
  'unknown-term' | 'ambiguous-term' | 'unknown-value' | 'invalid-date' | 'invalid-number';

/** The outcome of converting one piece of cell text into a field value. */
export type Converted =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly kind: ValueProblemKind;
      readonly message: string;
      readonly candidates?: readonly string[];
    };

const ok = (value: unknown): Converted => ({ ok: true, value });

/** Edit distance between two short strings (for suggesting the closest terms). */
const distance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
};

const describeTerm = (t: VocabTerm): string =>
  `${t.code} (${[...new Set([t.labels.en, t.labels.ru, t.labels.uk])].join(' / ')})`;

/** Up to three terms whose code or a label is close to the input, closest first. */
const closestTerms = (terms: readonly VocabTerm[], input: string): VocabTerm[] => {
  const key = normaliseLabel(input);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return terms
    .map((term) => {
      const names = [
        term.code,
        term.labels.en,
        term.labels.ru,
        term.labels.uk,
        ...(term.aliases ?? []),
      ];
      const near = names
        .map((n) => normaliseLabel(n))
        .filter((n) => Math.abs(n.length - key.length) <= limit);
      return { term, d: Math.min(Infinity, ...near.map((n) => distance(key, n))) };
    })
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => c.term);
};

const overrideOf = (source: FieldSource, text: string): string | undefined => {
  if (source.values === undefined) return undefined;
  const key = normaliseLabel(text);
  for (const [from, code] of Object.entries(source.values)) {
    if (normaliseLabel(from) === key) return code;
  }
  return undefined;
};

const convertVocab = (
  listId: string,
  spec: Pick<FieldSpec, 'terms'>,
  source: FieldSource,
  text: string,
): Converted => {
  const list = getVocabulary(listId);
  const allowed = (list?.terms ?? []).filter(
    (t) => spec.terms === undefined || spec.terms.includes(t.code),
  );
  if (source.match === 'code') {
    const term = resolveTerm(listId, text.toLowerCase().replace(/^vigil:/, ''));
    if (term) return ok(term.code);
  } else {
    const match = matchTerm(listId, text);
    if (match.status === 'matched') return ok(match.term.code);
    if (match.status === 'ambiguous') {
      return {
        ok: false,
        kind: 'ambiguous-term',
        message: `"${text}" names more than one ${listId} term: ${match.terms.map(describeTerm).join(', ')}; write the code, or add it to the mapping's values`,
        candidates: match.terms.map((t) => t.code),
      };
    }
  }
  const near = closestTerms(allowed, text);
  const how = source.match === 'code' ? 'code' : 'label or code';
  return {
    ok: false,
    kind: 'unknown-term',
    message:
      `"${text}" is not a ${how} of the ${listId} vocabulary` +
      (near.length > 0 ? `; closest: ${near.map(describeTerm).join(', ')}` : ''),
    candidates: near.map((t) => t.code),
  };
};

const enumOptions = (spec: Pick<FieldSpec, 'value'>): readonly string[] => {
  const options: unknown = (spec.value as { options?: unknown }).options;
  return Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : [];
};

const convertEnum = (spec: Pick<FieldSpec, 'value'>, text: string): Converted => {
  const options = enumOptions(spec);
  const key = text.toLowerCase().replace(/[\s_]+/g, '-');
  const hit = options.find((o) => o === key);
  if (hit !== undefined) return ok(hit);
  return {
    ok: false,
    kind: 'unknown-value',
    message: `"${text}" is not one of: ${options.join(', ')}`,
    candidates: options.filter((o) => distance(key, o) <= 2),
  };
};

const convertInteger = (text: string): Converted => {
  if (!/^[+-]?\d+(\.0+)?$/.test(text)) {
    return { ok: false, kind: 'invalid-number', message: `"${text}" is not a whole number` };
  }
  return ok(Number.parseInt(text, 10));
};

const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const MY = /^(\d{1,2})[./-](\d{4})$/;

/** One date (no range) written as the hint says, as ISO text; undefined when it is not that shape. */
const isoDate = (text: string, hint: DateFormatHint): string | undefined => {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) return t.slice(0, 10);
  if (hint === 'iso') return undefined;
  const pad = (s: string) => s.padStart(2, '0');
  const full = DMY.exec(t);
  if (full) {
    const [, a = '', b = '', year = ''] = full;
    return hint === 'dmy' ? `${year}-${pad(b)}-${pad(a)}` : `${year}-${pad(a)}-${pad(b)}`;
  }
  const month = MY.exec(t);
  if (month) return `${month[2] ?? ''}-${pad(month[1] ?? '')}`;
  return undefined;
};

/** A date cell as the text `parseDateText` reads: ISO as is, other forms rewritten by the hint. */
const dateText = (text: string, hint: DateFormatHint): string => {
  if (hint !== 'iso') {
    const ends = text.split(/\s+[-–—]\s+|\s*[–—]\s*|\s*\.\.\.?\s*(?=\d)/);
    if (ends.length === 2) {
      return ends.map((e) => (e.trim() === '' ? '..' : (isoDate(e, hint) ?? e.trim()))).join('/');
    }
  }
  return isoDate(text, hint) ?? text;
};

const convertDate = (
  spec: Pick<FieldSpec, 'type'>,
  source: FieldSource,
  text: string,
): Converted => {
  const hint = source.dateFormat ?? 'iso';
  const parsed = parseDateText(dateText(text, hint));
  if (!parsed.ok) {
    const shape =
      hint === 'dmy' ? 'DD.MM.YYYY, MM.YYYY or YYYY' : hint === 'mdy' ? 'MM/DD/YYYY' : '';
    return {
      ok: false,
      kind: 'invalid-date',
      message: parsed.message + (shape === '' ? '' : ` (the mapping expects ${shape})`),
    };
  }
  const value: DateValue = parsed.value;
  if (spec.type === 'date' && value.precision === 'range') {
    return {
      ok: false,
      kind: 'invalid-date',
      message: `"${text}" is a period: this field takes one date`,
    };
  }
  if (spec.type === 'date-range' && value.precision !== 'range') {
    return {
      ok: false,
      kind: 'invalid-date',
      message: `"${text}" is one date: this field takes a period FROM/TO (an open end as ..)`,
    };
  }
  return ok(value);
};

/** A standard code: as written, or upper-cased when only that form is valid (`ru` → `RU`). */
const convertCode = (spec: Pick<FieldSpec, 'value'>, text: string): Converted =>
  !spec.value.safeParse(text).success && spec.value.safeParse(text.toUpperCase()).success
    ? ok(text.toUpperCase())
    : ok(text);

/** What `convertValue` needs to know about the field (a field spec, or a group part seen as one). */
export type ConvertSpec = Pick<FieldSpec, 'type' | 'value' | 'vocab' | 'terms'>;

/**
 * Converts one non-empty piece of cell text (one value of a multi-valued field) into the field's
 * value. The result is checked against the record schema afterwards; this only reads the text.
 */
export const convertValue = (spec: ConvertSpec, source: FieldSource, text: string): Converted => {
  const override = overrideOf(source, text);
  if (override !== undefined && (spec.type === 'vocab' || spec.type === 'enum'))
    return ok(override);
  switch (spec.type) {
    case 'vocab':
      return spec.vocab === undefined ? ok(text) : convertVocab(spec.vocab, spec, source, text);
    case 'enum':
      return convertEnum(spec, text);
    case 'integer':
      return convertInteger(text);
    case 'date':
    case 'date-value':
    case 'date-range':
      return convertDate(spec, source, text);
    case 'code':
      return convertCode(spec, text);
    default:
      return ok(text);
  }
};
