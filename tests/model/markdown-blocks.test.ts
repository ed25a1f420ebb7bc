import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../src/model/markdown-blocks.ts';

describe('parseInline(text)', () => {
  it('splits text, bold, code and https links', () => {
    expect(parseInline('a **b** `c` [d](https://e.org/x) f')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'd', href: 'https://e.org/x' },
      { kind: 'text', text: ' f' },
    ]);
  });

  it('keeps links that are not https as plain text, and never reads HTML', () => {
    expect(parseInline('[x](javascript:alert(1)) <img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'text', text: ') <img src=x onerror=alert(1)>' },
    ]);
  });
});

describe('parseMarkdown(text)', () => {
  it('reads headings, paragraphs joined across lines, lists with continuations, and tables', () => {
    const blocks = parseMarkdown(
      '## Title\n\nOne\ntwo.\n\n- first\n  more\n- second\n\n| a | b |\n|---|---:|\n| 1 | **2** |\n<!-- gone -->',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'table']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: [{ kind: 'text', text: 'Title' }] });
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: [{ kind: 'text', text: 'One two.' }] });
    expect(blocks[2]).toEqual({
      kind: 'list',
      items: [[{ kind: 'text', text: 'first more' }], [{ kind: 'text', text: 'second' }]],
    });
    expect(blocks[3]).toMatchObject({
      kind: 'table',
      rows: [[[{ text: '1' }], [{ kind: 'strong', text: '2' }]]],
    });
  });

  it("reads the dataset's README, with its comparison table and its disagreements", () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../data/README.md'), 'utf8');
    const blocks = parseMarkdown(readme);
    const headings = blocks.flatMap((block) =>
      block.kind === 'heading' ? [block.text.map((part) => part.text).join('')] : [],
    );
    expect(headings).toContain('Disagreements between sources');
    expect(headings).toContain('How these totals compare with the published tallies');
    const tables = blocks.filter((block) => block.kind === 'table');
    expect(tables.length).toBeGreaterThan(3);
    const links = JSON.stringify(blocks).match(/"kind":"link"/g) ?? [];
    expect(links.length).toBeGreaterThan(5);
  });
});
