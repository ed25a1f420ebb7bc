import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import type { LinkState } from '../../../src/model/links/link-params.ts';
import { embedSnippets, escapeAttribute, viewUrl } from '../../../src/model/links/share-links.ts';

const day = (text: string) => parseIsoDay(text) as number;
const BOUNDS = { fromDay: day('2022-12-07'), toDay: day('2023-03-31') };
const state: LinkState & { language: string } = {
  language: 'en',
  range: { fromDay: day('2023-01-09'), toDay: day('2023-01-09') },
  view: { filters: ALL_FILTERS, region: 'PE-PUN', measure: 'killed' },
  selectedId: null,
  camera: null,
};

describe('viewUrl(pageUrl, state, bounds, isEmbed)', () => {
  it('links to the view from the page address, dropping whatever else the address had', () => {
    const url = new URL(viewUrl('https://example.org/mapa/?data=/x.geojson&embed=1#top', state, BOUNDS));
    expect(url.origin + url.pathname).toBe('https://example.org/mapa/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      lang: 'en',
      from: '2023-01-09',
      to: '2023-01-09',
      region: 'PE-PUN',
    });
    expect(url.hash).toBe('');
  });

  it('adds embed=1 for the embed', () => {
    expect(new URL(viewUrl('https://example.org/', state, BOUNDS, true)).searchParams.get('embed')).toBe('1');
  });
});

describe('embedSnippets(embedUrl, title)', () => {
  const url = 'https://example.org/mapa/?lang=es&embed=1&region=PE-PUN';

  it('gives a responsive iframe with the embed script from the same folder, and a fixed one without', () => {
    const { responsive, fixed } = embedSnippets(url, 'Mapa');
    expect(responsive).toContain('src="https://example.org/mapa/?lang=es&amp;embed=1&amp;region=PE-PUN"');
    expect(responsive).toContain('<script src="https://example.org/mapa/embed.js" async></script>');
    expect(fixed).toMatch(/^<iframe [^>]*height="640"[^>]*><\/iframe>$/);
    expect(fixed).not.toContain('<script');
  });

  it('parses back to an iframe with the same address and title', () => {
    const { responsive } = embedSnippets(url, 'Perú: "muertes" & <heridos>');
    // A <template> parses the markup as a browser would, without loading the iframe.
    const template = document.createElement('template');
    template.innerHTML = responsive;
    const frame = template.content.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe(url);
    expect(frame?.getAttribute('title')).toBe('Perú: "muertes" & <heridos>');
    expect(template.content.querySelectorAll('iframe, script')).toHaveLength(2);
  });
});

describe('escapeAttribute(text)', () => {
  it('escapes the characters that could end an attribute or open a tag', () => {
    expect(escapeAttribute('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
  });
});
