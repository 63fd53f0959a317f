import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './model/markdown';

/** Inline content as React elements (text is always text: React escapes it). */
function Inlines({ items }: { readonly items: readonly Inline[] }): ReactNode {
  return items.map((item, i) => {
    switch (item.kind) {
      case 'text':
        return <Fragment key={i}>{item.text}</Fragment>;
      case 'code':
        return <code key={i}>{item.text}</code>;
      case 'strong':
        return (
          <strong key={i}>
            <Inlines items={item.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines items={item.children} />
          </em>
        );
      case 'link':
        return item.href.startsWith('#') ? (
          <a key={i} href={item.href}>
            <Inlines items={item.children} />
          </a>
        ) : (
          <a key={i} href={item.href} rel="noreferrer noopener" target="_blank">
            <Inlines items={item.children} />
          </a>
        );
    }
  });
}

function BlockView({ block, shift }: { readonly block: Block; readonly shift: number }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, block.level + shift);
      const Tag = `h${level}` as 'h2';
      return (
        <Tag id={block.id}>
          <Inlines items={block.children} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines items={block.children} />
        </p>
      );
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines items={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'table':
      return (
        <div className="ri-table-wrap">
          <table className="table">
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} scope="col">
                    <Inlines items={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>
                      <Inlines items={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'quote':
      return (
        <blockquote>
          {block.children.map((b, i) => (
            <BlockView key={i} block={b} shift={shift} />
          ))}
        </blockquote>
      );
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr />;
  }
}

/**
 * A Markdown document as the page's own elements. `shift` lowers every heading (1 makes the
 * document's title an h2 under the page's h1).
 */
export function Markdown({
  source,
  shift = 0,
}: {
  readonly source: string;
  readonly shift?: number;
}) {
  return (
    <div className="ri-markdown">
      {parseMarkdown(source).map((block, i) => (
        <BlockView key={i} block={block} shift={shift} />
      ))}
    </div>
  );
}
