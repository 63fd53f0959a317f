import type { ImpBundle, ImpMap, ImpStep, ImpSub } from './ir';

/**
 * Runs interscript maps in their JSON form. Behaviour follows interscript-ruby:
 * - a `sub` outside a parallel group is a global regular-expression replacement;
 * - a parallel group without contexts replaces, left to right, the longest literal that
 *   matches at each position (for equal keys the later rule wins), copying other characters;
 * - a parallel group with contexts is one alternation of its rules, longest pattern first
 *   (stable), applied left to right;
 * - `compose` is Unicode NFC.
 */

type Compiled = (s: string) => string;

interface Trie {
  next: Map<string, Trie>;
  to?: string;
}

const lookaround = (sub: ImpSub): string =>
  (sub.before !== undefined ? `(?<=${sub.before})` : '') +
  (sub.notBefore !== undefined ? `(?<!${sub.notBefore})` : '') +
  sub.from.re +
  (sub.notAfter !== undefined ? `(?!${sub.notAfter})` : '') +
  (sub.after !== undefined ? `(?=${sub.after})` : '');

const replacement = (sub: ImpSub): ((m: string) => string) => {
  const to = sub.to;
  return typeof to === 'string' ? () => to : (m) => m.toUpperCase();
};

const hasContext = (s: ImpSub): boolean =>
  s.before !== undefined ||
  s.after !== undefined ||
  s.notBefore !== undefined ||
  s.notAfter !== undefined;

const compileTree = (subs: ImpSub[]): Compiled => {
  const root: Trie = { next: new Map() };
  for (const sub of subs) {
    if (typeof sub.to !== 'string') throw new Error('upcase in a parallel group');
    for (const lit of sub.from.literals ?? []) {
      let node = root;
      for (const ch of lit) {
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.to = sub.to;
    }
  }
  return (s) => {
    let out = '';
    let i = 0;
    while (i < s.length) {
      let node: Trie | undefined = root;
      let best: { len: number; to: string } | undefined;
      for (let j = i; j < s.length && node; j += 1) {
        node = node.next.get(s.charAt(j));
        if (node?.to !== undefined) best = { len: j - i + 1, to: node.to };
      }
      if (best) {
        out += best.to;
        i += best.len;
      } else {
        out += s.charAt(i);
        i += 1;
      }
    }
    return out;
  };
};

const compileAlternation = (subs: ImpSub[]): Compiled => {
  const ordered = subs
    .map((sub, idx) => ({ sub, idx }))
    .sort((a, b) => b.sub.from.maxLength - a.sub.from.maxLength || a.idx - b.idx)
    .map((x) => x.sub);
  const re = new RegExp(ordered.map((sub, k) => `(?<_${k}>${lookaround(sub)})`).join('|'), 'gu');
  const reps = ordered.map(replacement);
  return (s) =>
    s.replace(re, (...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const match = String(args[0]);
      for (let k = 0; k < reps.length; k += 1) {
        if (groups[`_${k}`] !== undefined) return (reps[k] ?? String)(match);
      }
      return match;
    });
};

export class InterscriptEngine {
  private readonly compiled = new Map<string, Compiled>();
  constructor(private readonly bundle: ImpBundle) {}

  map(id: string): ImpMap {
    const m = this.bundle.maps[id];
    if (!m) throw new Error(`unknown interscript map ${id}`);
    return m;
  }

  get mapIds(): string[] {
    return Object.keys(this.bundle.maps);
  }

  transliterate(mapId: string, text: string, stage = 'main'): string {
    return this.stage(mapId, stage)(text);
  }

  private stage(mapId: string, stageName: string): Compiled {
    const key = `${mapId}#${stageName}`;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const map = this.map(mapId);
    const steps = map.stages[stageName];
    if (!steps) throw new Error(`map ${mapId} has no stage ${stageName}`);
    const fns = steps.map((step) => this.step(map, step));
    const fn: Compiled = (s) => fns.reduce((acc, f) => f(acc), s);
    this.compiled.set(key, fn);
    return fn;
  }

  private step(map: ImpMap, step: ImpStep): Compiled {
    if ('compose' in step) return (s) => s.normalize('NFC');
    if ('run' in step) {
      const target = step.run.map === undefined ? map.id : map.dependencies[step.run.map];
      if (!target) throw new Error(`map ${map.id}: unknown dependency ${step.run.map}`);
      return (s) => this.stage(target, step.run.stage)(s);
    }
    if ('sub' in step) {
      const re = new RegExp(lookaround(step.sub), 'gu');
      const rep = replacement(step.sub);
      return (s) => s.replace(re, rep);
    }
    const subs = step.parallel;
    const treeable = subs.every(
      (s) => !hasContext(s) && s.from.literals !== undefined && typeof s.to === 'string',
    );
    return treeable ? compileTree(subs) : compileAlternation(subs);
  }
}
