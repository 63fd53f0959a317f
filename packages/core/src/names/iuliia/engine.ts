/**
 * Runs iuliia schemas (nalgeon/iuliia, MIT): a letter mapping, context mappings on the previous
 * and on the next letter, and word-ending mappings. The algorithm is iuliia's:
 * - the text is cut into words at spaces and the punctuation `,.:;?!()"'`;
 * - a word longer than two letters whose last two letters are in `ending_mapping` is written
 *   as its stem followed by that ending;
 * - each letter of the (rest of the) word, seen within that part only, is looked up first in
 *   `prev_mapping` (previous letter + letter), then in `next_mapping` (letter + next letter), then
 *   in `mapping`; a letter found nowhere is kept;
 * - upper case: a capitalised key gives a capitalised value; for prev/next mappings an upper-case
 *   pair gives a capitalised value; a capitalised previous letter leaves the value as it is; an
 *   all-upper-case ending gives an upper-case value.
 */

export interface IuliiaSchema {
  name: string;
  description: string;
  url: string;
  mapping: Record<string, string>;
  prev_mapping: Record<string, string> | null;
  next_mapping: Record<string, string> | null;
  ending_mapping: Record<string, string> | null;
  samples: [string, string][];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const WORDS = /[^\s,.:;?!()"']+|[\s,.:;?!()"']+/g;

export class IuliiaEngine {
  private readonly letters = new Map<string, string>();
  private readonly prev = new Map<string, string>();
  private readonly next = new Map<string, string>();
  private readonly endings = new Map<string, string>();

  constructor(readonly schema: IuliiaSchema) {
    const letterEntries = Object.entries(schema.mapping);
    for (const [k, v] of letterEntries) this.letters.set(k, v);
    for (const [k, v] of letterEntries) this.letters.set(capitalise(k), capitalise(v));
    const prevEntries = Object.entries(schema.prev_mapping ?? {});
    for (const [k, v] of prevEntries) this.prev.set(k, v);
    for (const [k, v] of prevEntries) this.prev.set(capitalise(k), v);
    for (const [k, v] of prevEntries) this.prev.set(k.toUpperCase(), capitalise(v));
    const nextEntries = Object.entries(schema.next_mapping ?? {});
    for (const [k, v] of nextEntries) this.next.set(k, v);
    for (const [k, v] of nextEntries) this.next.set(capitalise(k), capitalise(v));
    for (const [k, v] of nextEntries) this.next.set(k.toUpperCase(), capitalise(v));
    const endingEntries = Object.entries(schema.ending_mapping ?? {});
    for (const [k, v] of endingEntries) this.endings.set(k, v);
    for (const [k, v] of endingEntries) this.endings.set(k.toUpperCase(), v.toUpperCase());
  }

  transliterate(text: string): string {
    return (text.match(WORDS) ?? []).map((w) => this.word(w)).join('');
  }

  private word(word: string): string {
    if (word.length > 2) {
      const ending = this.endings.get(word.slice(-2));
      if (ending !== undefined) return this.letterRun(word.slice(0, -2)) + ending;
    }
    return this.letterRun(word);
  }

  private letterRun(part: string): string {
    let out = '';
    for (let i = 0; i < part.length; i += 1) {
      const prev = i > 0 ? part.charAt(i - 1) : '';
      const curr = part.charAt(i);
      const next = i + 1 < part.length ? part.charAt(i + 1) : '';
      out +=
        this.prev.get(prev + curr) ?? this.next.get(curr + next) ?? this.letters.get(curr) ?? curr;
    }
    return out;
  }
}
