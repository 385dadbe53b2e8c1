// Markdown blocks (markdown.ts) as React elements: text is always text, never HTML. Web links open
// outside the app (Electron asks the user first); in-page links scroll to their heading.
import { Fragment, type MouseEvent } from 'react';
import type { Block, Inline } from './markdown.js';

function scrollToHeading(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  event.preventDefault();
  const target = event.currentTarget.closest('.markdown')?.querySelector(`[id="${CSS.escape(href.slice(1))}"]`);
  target?.scrollIntoView();
}

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.kind) {
          case 'text':
            return <Fragment key={i}>{node.text}</Fragment>;
          case 'code':
            return <code key={i}>{node.text}</code>;
          case 'strong':
            return (
              <strong key={i}>
                <Inlines nodes={node.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <Inlines nodes={node.children} />
              </em>
            );
          case 'link': {
            const href = node.href;
            if (href === null) return <Inlines key={i} nodes={node.children} />;
            return href.startsWith('#') ? (
              <a key={i} href={href} onClick={(e) => scrollToHeading(e, href)}>
                <Inlines nodes={node.children} />
              </a>
            ) : (
              <a key={i} href={href} target="_blank" rel="noreferrer noopener">
                <Inlines nodes={node.children} />
              </a>
            );
          }
        }
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + 1)}` as 'h2';
      return (
        <Heading id={block.id}>
          <Inlines nodes={block.children} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <Inlines nodes={block.children} />
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'table':
      return (
        <div className="markdown__table">
          <table>
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th key={i}>
                    <Inlines nodes={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>
                      <Inlines nodes={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function Markdown({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className="markdown">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}
