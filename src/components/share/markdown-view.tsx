import type { Block, Inline } from '../../model/markdown-blocks.ts';

/** Renders parsed Markdown as React elements (text only: nothing is ever parsed as HTML). */
export function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className="markdown">
      {blocks.map((block, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a document never move.
        <MarkdownBlock key={k} block={block} />
      ))}
    </div>
  );
}

function MarkdownBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      // One level below the dialog's own heading.
      const Tag = block.level <= 1 ? 'h3' : block.level === 2 ? 'h4' : 'h5';
      return (
        <Tag>
          <InlineText parts={block.text} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineText parts={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items of a document never move.
            <li key={k}>
              <InlineText parts={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="markdown-table">
          <table>
            <thead>
              <tr>
                {block.header.map((cell, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns never move.
                  <th key={k} scope="col">
                    <InlineText parts={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a document never move.
                <tr key={r}>
                  {row.map((cell, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns never move.
                    <td key={k}>
                      <InlineText parts={cell} />
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

function InlineText({ parts }: { parts: readonly Inline[] }) {
  return (
    <>
      {parts.map((part, k) => {
        switch (part.kind) {
          case 'strong':
            // biome-ignore lint/suspicious/noArrayIndexKey: inline parts never move.
            return <strong key={k}>{part.text}</strong>;
          case 'code':
            // biome-ignore lint/suspicious/noArrayIndexKey: inline parts never move.
            return <code key={k}>{part.text}</code>;
          case 'link':
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: inline parts never move.
              <a key={k} href={part.href} target="_blank" rel="noopener noreferrer">
                {part.text}
              </a>
            );
          default:
            return part.text;
        }
      })}
    </>
  );
}
