import { describe, expect, it } from 'vitest';
import { dataUrlFromSearch } from '../../src/app/data-url.ts';

describe('dataUrlFromSearch', () => {
  it('loads the real dataset by default', () => {
    expect(dataUrlFromSearch('')).toBe('data/incidents.geojson');
  });

  it('accepts a same-origin .geojson path for tests and benchmarks', () => {
    expect(dataUrlFromSearch('?data=/bench/synthetic-100k.geojson')).toBe('/bench/synthetic-100k.geojson');
  });

  it('accepts a same-origin pack, .pack or .arrow (the loader tells the format by its first bytes)', () => {
    expect(dataUrlFromSearch('?data=/bench/synthetic-100k.pack')).toBe('/bench/synthetic-100k.pack');
    expect(dataUrlFromSearch('?data=/bench/big.arrow')).toBe('/bench/big.arrow');
    expect(dataUrlFromSearch(`?data=${encodeURIComponent('//evil.example/x.pack')}`)).toBe(
      'data/incidents.geojson',
    );
  });

  it('refuses other origins, protocols, parent folders and other file types', () => {
    for (const value of [
      '//evil.example/x.geojson',
      'https://evil.example/x.geojson',
      'javascript:alert(1)',
      '/../secret.geojson',
      '/data/incidents.json',
      'data/x.geojson',
    ]) {
      expect(dataUrlFromSearch(`?data=${encodeURIComponent(value)}`)).toBe('data/incidents.geojson');
    }
  });
});
