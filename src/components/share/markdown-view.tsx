import type { Element, ElementContent } from 'hast';
import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Only https links are followed; anything else (javascript:, data:, relative paths) renders as plain text. */
function isSafeHref(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

function SafeLink({ href, children }: ComponentProps<'a'>) {
  return isSafeHref(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    children
  );
}

/** A wide table scrolls sideways in its own box, which a keyboard user must be able to reach (axe: scrollable-region-focusable). */
function ScrollableTable({ children, node }: ComponentProps<'table'> & ExtraProps) {
  const { messages } = useI18n();
  const firstRow = node ? headerTexts(node) : [];
  return (
    <section
      className="markdown-table"
      aria-label={messages.markdownTableLabel(firstRow.join(', '))}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keys can scroll it.
      tabIndex={0}
    >
      <table>{children}</table>
    </section>
  );
}

/** The text of a table's header cells, which names the table for screen readers. */
function headerTexts(table: Element): string[] {
  const texts: string[] = [];
  const textOf = (node: ElementContent): string =>
    node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'th') texts.push(textOf(node).trim());
    else if (node.tagName === 'thead' || node.tagName === 'tr') node.children.forEach(visit);
  };
  table.children.forEach(visit);
  return texts;
}

/** Headings sit one level below the dialog's own (h2): # → h3, ## → h4, deeper → h5. */
const COMPONENTS: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h5>{children}</h5>,
  h5: ({ children }) => <h5>{children}</h5>,
  h6: ({ children }) => <h5>{children}</h5>,
  a: SafeLink,
  table: ScrollableTable,
  th: ({ children, style }) => (
    <th scope="col" style={style}>
      {children}
    </th>
  ),
  img: ({ alt }) => <>{alt}</>,
};

const PLUGINS = [remarkGfm];

/**
 * Renders GitHub-flavoured Markdown (tables with escaped `\|`, lists, emphasis, code spans, links) as React
 * elements through react-markdown and remark-gfm. Raw HTML in the text is dropped, never parsed; images are
 * replaced by their alt text, so nothing loads from elsewhere. `lang` names the text's language, which may
 * differ from the page's. Loaded in its own chunk when "About the data" opens.
 */
export function MarkdownView({ text, lang }: { text: string; lang: string }) {
  return (
    <div className="markdown" lang={lang}>
      <ReactMarkdown remarkPlugins={PLUGINS} components={COMPONENTS} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
