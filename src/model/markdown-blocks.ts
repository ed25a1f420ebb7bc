/**
 * A small Markdown reader for the project's own data/README.md, enough to show it in the app without ever
 * turning text into HTML: headings, paragraphs, bullet lists, tables, and inline bold, code and links. Anything
 * else stays plain text. HTML comments are dropped.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: number; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits a line into text, bold, code and links. Links that are not https stay plain text. O(length). */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ kind: 'text', text: text.slice(last, at) });
    const [whole, strong, code, label, href] = match;
    if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
    else if (code !== undefined) parts.push({ kind: 'code', text: code });
    else if (label !== undefined && href?.startsWith('https://'))
      parts.push({ kind: 'link', text: label, href });
    else parts.push({ kind: 'text', text: label ?? whole });
    last = at + whole.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

/** Reads Markdown text into blocks. Continuation lines of a list item or paragraph are joined. O(length). */
export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const blocks: Block[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k] as string;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      k += 1;
    } else if (heading) {
      blocks.push({
        kind: 'heading',
        level: (heading[1] as string).length,
        text: parseInline(heading[2] as string),
      });
      k += 1;
    } else if (line.trimStart().startsWith('|')) {
      const rows: string[] = [];
      while (k < lines.length && (lines[k] as string).trimStart().startsWith('|'))
        rows.push(lines[k++] as string);
      const body = rows.slice(1).filter((row) => !/^\s*\|[\s|:-]+\|\s*$/.test(row));
      blocks.push({ kind: 'table', header: cells(rows[0] as string), rows: body.map(cells) });
    } else if (/^\s*[-*]\s+/.test(line)) {
      const items: string[] = [];
      while (k < lines.length && (lines[k] as string).trim() !== '') {
        const current = lines[k] as string;
        if (/^\s*[-*]\s+/.test(current)) items.push(current.replace(/^\s*[-*]\s+/, ''));
        else items[items.length - 1] += ` ${current.trim()}`;
        k += 1;
      }
      blocks.push({ kind: 'list', items: items.map(parseInline) });
    } else {
      const text: string[] = [];
      while (k < lines.length) {
        const current = lines[k] as string;
        if (current.trim() === '' || /^(#{1,6}\s|\s*\||\s*[-*]\s)/.test(current)) break;
        text.push(current.trim());
        k += 1;
      }
      blocks.push({ kind: 'paragraph', text: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}
