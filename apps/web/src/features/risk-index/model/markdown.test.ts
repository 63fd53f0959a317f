import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseInline,
  parseMarkdown,
  plainText,
  safeHref,
  slugOf,
  type Block,
  type Inline,
} from './markdown';

const doc = readFileSync(new URL('../../../../../../docs/risk-index.md', import.meta.url), 'utf8');

describe('inline Markdown', () => {
  it('reads code, strong, emphasis and links, nested', () => {
    expect(parseInline('a `x*y` **b _c_** [d](https://e.org) _f_')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'x*y' },
      { kind: 'text', text: ' ' },
      {
        kind: 'strong',
        children: [
          { kind: 'text', text: 'b ' },
          { kind: 'em', children: [{ kind: 'text', text: 'c' }] },
        ],
      },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://e.org', children: [{ kind: 'text', text: 'd' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'f' }] },
    ]);
  });

  it('keeps markup as text: HTML, an unclosed mark, a link elsewhere than the web or the page', () => {
    expect(plainText(parseInline('<script>alert(1)</script>'))).toBe('<script>alert(1)</script>');
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(parseInline('xoshiro128** (2018)')).toEqual([
      { kind: 'text', text: 'xoshiro128** (2018)' },
    ]);
    expect(parseInline('[run](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'run' },
      { kind: 'text', text: ')' },
    ]);
    expect(parseInline('[level] level')).toEqual([{ kind: 'text', text: '[level] level' }]);
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('#limitations')).toBe('#limitations');
  });

  it('does not read underscores inside words as emphasis', () => {
    expect(plainText(parseInline('snake_case_name'))).toBe('snake_case_name');
    expect(parseInline('snake_case_name')).toHaveLength(1);
  });
});

describe('Markdown blocks', () => {
  it('reads headings with anchors, paragraphs joined across lines, lists with continuations, tables and quotes', () => {
    const blocks = parseMarkdown(
      [
        '# Title',
        '',
        'One line',
        'and the next.',
        '',
        '1. first',
        '   continued',
        '2. second',
        '',
        '- a',
        '- b',
        '',
        '| x | y |',
        '| - | --- |',
        '| 1 | `a \\| b` |',
        '',
        '> quoted [level]',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'table',
      'quote',
    ]);
    expect(blocks[0]).toMatchObject({ level: 1, id: 'title' });
    expect(plainText((blocks[1] as Extract<Block, { kind: 'paragraph' }>).children)).toBe(
      'One line and the next.',
    );
    const ordered = blocks[2] as Extract<Block, { kind: 'list' }>;
    expect(ordered.ordered).toBe(true);
    expect(ordered.items.map(plainText)).toEqual(['first continued', 'second']);
    const table = blocks[4] as Extract<Block, { kind: 'table' }>;
    expect(table.header.map(plainText)).toEqual(['x', 'y']);
    expect(table.rows[0]?.map(plainText)).toEqual(['1', 'a | b']);
  });

  it('makes anchors as GitHub does, so the document’s own links work', () => {
    expect(slugOf('What the index is not')).toBe('what-the-index-is-not');
    expect(slugOf('Uncertainty: the Monte Carlo analysis')).toBe(
      'uncertainty-the-monte-carlo-analysis',
    );
  });

  it('reads the methodology document: every section, the indicator table and links that resolve', () => {
    const blocks = parseMarkdown(doc);
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.id)).toEqual(
      expect.arrayContaining(['limitations', 'missing-data', 'sensitivity', 'how-to-cite']),
    );
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    expect((tables[1] as Extract<Block, { kind: 'table' }>).rows).toHaveLength(18);
    const links: string[] = [];
    const walk = (inlines: readonly Inline[]) => {
      for (const i of inlines) {
        if (i.kind === 'link') links.push(i.href);
        if ('children' in i) walk(i.children);
      }
    };
    for (const b of blocks) {
      if (b.kind === 'paragraph' || b.kind === 'heading') walk(b.children);
      if (b.kind === 'list') b.items.forEach(walk);
    }
    const ids = new Set(headings.map((h) => h.id));
    for (const href of links.filter((h) => h.startsWith('#')))
      expect(ids.has(href.slice(1))).toBe(true);
    expect(links.some((h) => h.startsWith('https://www.omct.org/'))).toBe(true);
  });
});
