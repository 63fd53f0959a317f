import type { ImpMap, ImpPattern, ImpStep, ImpSub } from './ir';

/**
 * Parser for the subset of the interscript map language (`.imp`) that the Cyrillic→Latin maps in
 * ../data/interscript use: metadata, tests, dependencies, aliases, stages of `sub` rules with
 * `before`/`after`/`not_before`/`not_after` contexts, `parallel` groups, `run` of another stage,
 * and `compose` (NFC). Anything else is an error, so a new construct cannot be silently ignored.
 *
 * Semantics follow interscript-ruby: `before: X` means X precedes the match (a look-behind),
 * `after: X` that X follows it; `boundary` is a Unicode word boundary (Onigmo's `\b` on UTF-8).
 */

/** Unicode word character, as Onigmo's `\w` on UTF-8 text. */
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
export const BOUNDARY_RE = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

const BUILTINS: Record<string, ImpPattern> = {
  boundary: { re: BOUNDARY_RE, maxLength: 0 },
  none: { re: '', literals: [''], maxLength: 0 },
  space: { re: ' ', literals: [' '], maxLength: 1 },
  any_character: { re: '.', maxLength: 1 },
  line_start: { re: '^', maxLength: 0 },
  line_end: { re: '$', maxLength: 0 },
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeClass = (s: string): string => s.replace(/[\]\\^-]/g, '\\$&');

type Token =
  { kind: 'str'; value: string } | { kind: 'id'; value: string } | { kind: 'punct'; value: string };

const unescape = (raw: string): string =>
  raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.length === 5 && e.startsWith('u')) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    return e;
  });

const tokenize = (src: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '#') {
      while (i < src.length && src.charAt(i) !== '\n') i += 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src.charAt(j) !== '"') j += src.charAt(j) === '\\' ? 2 : 1;
      if (j >= src.length) throw new Error(`unterminated string at ${i}`);
      tokens.push({ kind: 'str', value: unescape(src.slice(i + 1, j)) });
      i = j + 1;
    } else if (src.startsWith('..', i)) {
      tokens.push({ kind: 'punct', value: '..' });
      i += 2;
    } else if ('{}()[],:+'.includes(c)) {
      tokens.push({ kind: 'punct', value: c });
      i += 1;
    } else {
      const m = /^[A-Za-z_][\w.-]*/.exec(src.slice(i));
      if (!m) throw new Error(`unexpected character ${JSON.stringify(c)} at ${i}`);
      tokens.push({ kind: 'id', value: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
};

/** Removes the `metadata { … }` block (free text, YAML-like) after reading the fields we keep. */
const splitMetadata = (text: string): { meta: Record<string, string[]>; rest: string } => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^metadata\s*\{/.test(l));
  if (start < 0) return { meta: {}, rest: text };
  const end = lines.findIndex((l, i) => i > start && l === '}');
  if (end < 0) throw new Error('metadata block is not closed');
  const meta: Record<string, string[]> = {};
  let listKey: string | undefined;
  for (const line of lines.slice(start + 1, end)) {
    const field = /^ {2}([a-z_]+):\s*(.*)$/.exec(line);
    if (field) {
      const [, key = '', value = ''] = field;
      listKey = value === '' ? key : undefined;
      meta[key] = value === '' ? [] : [value];
      continue;
    }
    const item = /^ {3}- (.*)$/.exec(line);
    if (item && listKey) meta[listKey]?.push(item[1] ?? '');
  }
  return { meta, rest: [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n') };
};

class Parser {
  private pos = 0;
  readonly aliases = new Map<string, ImpPattern>();
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.pos >= this.tokens.length;
  }
  peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  next(): Token {
    const t = this.tokens[this.pos];
    if (!t) throw new Error('unexpected end of map');
    this.pos += 1;
    return t;
  }
  isPunct(v: string): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.value === v;
  }
  expectPunct(v: string): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.value !== v) throw new Error(`expected ${v}, got ${t.value}`);
  }
  expectId(): string {
    const t = this.next();
    if (t.kind !== 'id') throw new Error(`expected a name, got ${t.value}`);
    return t.value;
  }
  expectStr(): string {
    const t = this.next();
    if (t.kind !== 'str') throw new Error(`expected a string, got ${t.value}`);
    return t.value;
  }

  /** expr := term ('+' term)* */
  pattern(): ImpPattern {
    let p = this.term();
    while (this.isPunct('+')) {
      this.next();
      const q = this.term();
      const literals =
        p.literals && q.literals && p.literals.length * q.literals.length <= 256
          ? p.literals.flatMap((a) => (q.literals ?? []).map((b) => a + b))
          : undefined;
      p = { re: p.re + q.re, maxLength: p.maxLength + q.maxLength, ...(literals && { literals }) };
    }
    return p;
  }

  term(): ImpPattern {
    const t = this.next();
    if (t.kind === 'str')
      return { re: escapeRe(t.value), literals: [t.value], maxLength: t.value.length };
    if (t.kind !== 'id') throw new Error(`unexpected ${t.value} in a pattern`);
    if (t.value === 'any') return this.anyArgs();
    const alias = this.aliases.get(t.value) ?? BUILTINS[t.value];
    if (!alias) throw new Error(`unknown alias ${t.value}`);
    return alias;
  }

  anyArgs(): ImpPattern {
    this.expectPunct('(');
    let result: ImpPattern;
    if (this.isPunct('[')) {
      this.next();
      const items: ImpPattern[] = [];
      while (!this.isPunct(']')) {
        items.push(this.pattern());
        if (this.isPunct(',')) this.next();
      }
      this.next();
      const all = items.every((i) => i.literals);
      result = {
        re: `(?:${items.map((i) => i.re).join('|')})`,
        maxLength: Math.max(0, ...items.map((i) => i.maxLength)),
        ...(all && { literals: items.flatMap((i) => i.literals ?? []) }),
      };
    } else {
      const first = this.expectStr();
      let chars: string[];
      if (this.isPunct('..')) {
        this.next();
        const last = this.expectStr();
        const from = first.codePointAt(0) ?? 0;
        const to = last.codePointAt(0) ?? 0;
        chars = Array.from({ length: to - from + 1 }, (_, k) => String.fromCodePoint(from + k));
      } else {
        chars = Array.from(first);
      }
      result = { re: `[${escapeClass(chars.join(''))}]`, literals: chars, maxLength: 1 };
    }
    this.expectPunct(')');
    return result;
  }

  sub(): ImpSub {
    const from = this.pattern();
    this.expectPunct(',');
    let to: ImpSub['to'];
    if (this.peek()?.kind === 'id' && this.peek()?.value === 'upcase') {
      this.next();
      to = { upcase: true };
    } else {
      const p = this.pattern();
      if (!p.literals || p.literals.length !== 1) throw new Error('replacement must be a string');
      to = p.literals[0] ?? '';
    }
    const sub: ImpSub = { from, to };
    while (this.isPunct(',')) {
      this.next();
      const key = this.expectId();
      this.expectPunct(':');
      const ctx = this.pattern().re;
      if (key === 'before') sub.before = ctx;
      else if (key === 'after') sub.after = ctx;
      else if (key === 'not_before') sub.notBefore = ctx;
      else if (key === 'not_after') sub.notAfter = ctx;
      else throw new Error(`unknown rule option ${key}`);
    }
    return sub;
  }

  stageBody(): ImpStep[] {
    this.expectPunct('{');
    const steps: ImpStep[] = [];
    while (!this.isPunct('}')) {
      const word = this.expectId();
      if (word === 'sub') steps.push({ sub: this.sub() });
      else if (word === 'compose') steps.push({ compose: true });
      else if (word === 'run') {
        const parts = this.expectId().split('.');
        if (parts[0] === 'map' && parts[2] === 'stage' && parts.length === 4)
          steps.push({ run: { map: parts[1] ?? '', stage: parts[3] ?? '' } });
        else if (parts[0] === 'stage' && parts.length === 2)
          steps.push({ run: { stage: parts[1] ?? '' } });
        else throw new Error(`cannot run ${parts.join('.')}`);
      } else if (word === 'parallel') {
        this.expectPunct('{');
        const subs: ImpSub[] = [];
        while (!this.isPunct('}')) {
          if (this.expectId() !== 'sub') throw new Error('only sub rules may stand in parallel');
          subs.push(this.sub());
        }
        this.next();
        steps.push({ parallel: subs });
      } else throw new Error(`unsupported stage step ${word}`);
    }
    this.next();
    return steps;
  }
}

/** Parses one `.imp` map. `id` is its file name without the extension. */
export const parseImp = (id: string, text: string): ImpMap => {
  const { meta, rest } = splitMetadata(text);
  const p = new Parser(tokenize(rest));
  const map: ImpMap = {
    id,
    name: meta.name?.[0] ?? id,
    url: meta.url ?? [],
    language: (meta.language?.[0] ?? '').replace(/^iso-639-2:/, ''),
    ...(meta.provenance?.[0] && { provenance: meta.provenance[0] }),
    dependencies: {},
    stages: {},
    tests: [],
  };
  while (!p.done()) {
    const word = p.expectId();
    if (word === 'tests') {
      p.expectPunct('{');
      while (!p.isPunct('}')) {
        if (p.expectId() !== 'test') throw new Error('expected test');
        const input = p.expectStr();
        p.expectPunct(',');
        map.tests.push([input, p.expectStr()]);
      }
      p.next();
    } else if (word === 'dependency') {
      const dep = p.expectStr();
      p.expectPunct(',');
      const key = p.expectId();
      p.expectPunct(':');
      const alias = p.expectId();
      if (key !== 'as') throw new Error(`dependency ${dep}: only "as:" is supported`);
      map.dependencies[alias] = dep;
    } else if (word === 'aliases') {
      p.expectPunct('{');
      while (!p.isPunct('}')) {
        if (p.expectId() !== 'def_alias') throw new Error('expected def_alias');
        const name = p.expectId();
        p.expectPunct(',');
        p.aliases.set(name, p.pattern());
      }
      p.next();
    } else if (word === 'stage') {
      let name = 'main';
      if (p.isPunct('(')) {
        p.next();
        name = p.expectId();
        p.expectPunct(')');
      }
      map.stages[name] = p.stageBody();
    } else throw new Error(`${id}: unsupported top-level ${word}`);
  }
  return map;
};
