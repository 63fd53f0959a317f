/**
 * A small Markdown reader for the methodology page (docs/risk-index.md): headings, paragraphs,
 * lists, tables, block quotes, fenced code, rules, and inline code, strong, emphasis and links.
 * It builds a tree that the page turns into React elements, never HTML text, so nothing in the
 * document can become markup or script; links go only to http(s) addresses or to headings of
 * the page. Pure, so it is tested here.
 */

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly Inline[] }
  | { readonly kind: 'em'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3 | 4 | 5 | 6;
      readonly id: string;
      readonly children: readonly Inline[];
    }
  | { readonly kind: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly Inline[][] }
  | {
      readonly kind: 'table';
      readonly header: readonly Inline[][];
      readonly rows: readonly Inline[][][];
    }
  | { readonly kind: 'quote'; readonly children: readonly Block[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rule' };

/** The anchor of a heading, as GitHub makes it: lower case, punctuation dropped, spaces as `-`. */
export const slugOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

/** Where a link may go: an address on the web or a heading of this page; anything else is text. */
export const safeHref = (href: string): string | null =>
  /^https?:\/\/[^\s]+$/i.test(href) || /^#[\p{L}\p{N}_-]+$/u.test(href) ? href : null;

/** The text of inline content, without its markup. */
export const plainText = (inlines: readonly Inline[]): string =>
  inlines.map((i) => ('text' in i ? i.text : plainText(i.children))).join('');

const closing = (text: string, from: number, marker: string): number => {
  const at = text.indexOf(marker, from);
  return at > from ? at : -1;
};

const wordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Inline content of one block's text. */
export const parseInline = (text: string): Inline[] => {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && /[\\`*_[\]()#|>-]/.test(text[i + 1] as string)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = closing(text, i + 1, '`');
      if (end > 0) {
        flush();
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (text.startsWith('**', i)) {
      const end = closing(text, i + 2, '**');
      if (end > 0) {
        flush();
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((c === '_' || c === '*') && !wordChar(text[i - 1]) && text[i + 1] !== ' ') {
      let end = closing(text, i + 1, c);
      // The closing mark ends a word: `_a_b_` is not emphasis of "a".
      while (end > 0 && wordChar(text[end + 1])) end = closing(text, end + 1, c);
      if (end > 0) {
        flush();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = text.indexOf('](', i + 1);
      const end = close < 0 ? -1 : text.indexOf(')', close + 2);
      if (close > i && end > close) {
        const href = safeHref(text.slice(close + 2, end).trim());
        const children = parseInline(text.slice(i + 1, close));
        flush();
        if (href === null) out.push(...children);
        else out.push({ kind: 'link', href, children });
        i = end + 1;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && !wordChar(text[i - 1])) {
      // A bare address, as the document's sources give them; trailing punctuation is the text's.
      const bare = /^https?:\/\/[^\s<>]+/i.exec(text.slice(i));
      if (bare) {
        const href = bare[0].replace(/[.,;:!?)\]]+$/, '');
        flush();
        out.push({ kind: 'link', href, children: [{ kind: 'text', text: href }] });
        i += href.length;
        continue;
      }
    }
    plain += c;
    i += 1;
  }
  flush();
  return out;
};

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;
const FENCE = /^\s*```/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

/** A table row's cells (pipes at the ends optional, `\|` kept as a pipe). */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

const isSeparator = (line: string): boolean =>
  /^\s*\|?(\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?\s*$/.test(line);

const startsBlock = (line: string): boolean =>
  HEADING.test(line) ||
  ITEM.test(line) ||
  FENCE.test(line) ||
  RULE.test(line) ||
  /^\s*>/.test(line) ||
  /^\s*\|/.test(line);

/** The blocks of a Markdown document. */
export const parseMarkdown = (source: string): Block[] => {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const ids = new Map<string, number>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const children = parseInline(heading[2] ?? '');
      const base = slugOf(plainText(children));
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      blocks.push({
        kind: 'heading',
        level: (heading[1] ?? '#').length as 1 | 2 | 3 | 4 | 5 | 6,
        id: seen === 0 ? base : `${base}-${seen}`,
        children,
      });
      i += 1;
      continue;
    }
    if (FENCE.test(line)) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !FENCE.test(lines[i] as string)) body.push(lines[i++] as string);
      blocks.push({ kind: 'code', text: body.join('\n') });
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i += 1;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i] as string)) {
        body.push((lines[i++] as string).replace(/^\s*>\s?/, ''));
      }
      blocks.push({ kind: 'quote', children: parseMarkdown(body.join('\n')) });
      continue;
    }
    if (/^\s*\|/.test(line) && isSeparator(lines[i + 1] ?? '')) {
      const header = cellsOf(line).map(parseInline);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && /^\s*\|/.test(lines[i] as string)) {
        rows.push(cellsOf(lines[i++] as string).map(parseInline));
      }
      blocks.push({ kind: 'table', header, rows });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1] ?? '');
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] as string;
        const next = ITEM.exec(current);
        if (next && /\d/.test(next[1] ?? '') === ordered) {
          items.push(next[2] ?? '');
        } else if (items.length > 0 && /^\s+\S/.test(current) && !startsBlock(current)) {
          items[items.length - 1] += ` ${current.trim()}`;
        } else {
          break;
        }
        i += 1;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    const body: string[] = [line.trim()];
    i += 1;
    while (
      i < lines.length &&
      (lines[i] as string).trim() !== '' &&
      !startsBlock(lines[i] as string)
    ) {
      body.push((lines[i++] as string).trim());
    }
    blocks.push({ kind: 'paragraph', children: parseInline(body.join(' ')) });
  }
  return blocks;
};
