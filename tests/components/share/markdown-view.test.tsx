import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from '../../../src/components/share/markdown-view.tsx';
import { I18nProvider } from '../../../src/i18n/i18n-context.tsx';

function renderMarkdown(text: string) {
  return render(
    <I18nProvider language="es">
      <MarkdownView text={text} lang="en" />
    </I18nProvider>,
  );
}

const TABLE = [
  '| field | values | meaning |',
  '| --- | --- | --- |',
  '| `precision` | `exact` \\| `town` \\| `district` | how exact the point is |',
  '| `killed` | a whole number | people killed |',
].join('\n');

describe('MarkdownView', () => {
  it('keeps escaped pipes inside their cell, so every row has as many cells as the header', () => {
    renderMarkdown(TABLE);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.querySelectorAll('th, td')).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[1]?.textContent).toBe(
      'exact | town | district',
    );
  });

  it('wraps a table in a labelled box that takes keyboard focus, so it can be scrolled sideways', () => {
    renderMarkdown(TABLE);
    const box = screen.getByRole('region', { name: /field, values, meaning/ });
    expect(box.tabIndex).toBe(0);
    expect(box.querySelector('table')).not.toBeNull();
  });

  it('marks the text with its own language', () => {
    const { container } = renderMarkdown('Some English text.');
    expect(container.querySelector('.markdown')?.getAttribute('lang')).toBe('en');
  });

  it('renders headings one level below the dialog heading', () => {
    renderMarkdown('# Title\n\n## Section\n\n### Detail');
    expect(screen.getByRole('heading', { name: 'Title' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Section' }).tagName).toBe('H4');
    expect(screen.getByRole('heading', { name: 'Detail' }).tagName).toBe('H5');
  });

  it('opens https links in a new tab without handing over the page', () => {
    renderMarkdown('See [the report](https://example.org/report).');
    const link = screen.getByRole('link', { name: 'the report' });
    expect(link.getAttribute('href')).toBe('https://example.org/report');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows links that are not https as plain text', () => {
    renderMarkdown('[one](javascript:alert(1)) [two](http://example.org) [three](data/README.md)');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/one two three/)).toBeTruthy();
  });

  it('never parses raw HTML in the text, and loads no images', () => {
    const { container } = renderMarkdown(
      'Before <img src="https://example.org/x.png" onerror="alert(1)"> after\n\n<script>alert(1)</script>\n\n![a map](https://example.org/map.png)',
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('a map');
  });

  it('styles code spans and strong text as such', () => {
    const { container } = renderMarkdown('Run `npm run data:check` on **every** change.');
    expect(container.querySelector('code')?.textContent).toBe('npm run data:check');
    expect(container.querySelector('strong')?.textContent).toBe('every');
  });
});
