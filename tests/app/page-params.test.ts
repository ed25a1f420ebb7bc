import { describe, expect, it } from 'vitest';
import { ignoredPageParams } from '../../src/app/page-params.ts';

describe('ignoredPageParams', () => {
  it('notices a language the page does not have', () => {
    expect(ignoredPageParams('?lang=fr')).toEqual(['lang']);
  });

  it('notices an embed value other than 1 or 0', () => {
    expect(ignoredPageParams('?embed=2')).toEqual(['embed']);
    expect(ignoredPageParams('?embed=1&lang=en')).toEqual([]);
  });

  it('notices a data path it refuses to load, and accepts a same-origin one', () => {
    expect(ignoredPageParams('?data=https://evil.example/x.geojson')).toEqual(['data']);
    expect(ignoredPageParams('?data=/bench/synthetic-10.geojson')).toEqual([]);
  });

  it('notices names it does not know, once each, and says nothing of the known ones', () => {
    expect(ignoredPageParams('?foo=1&foo=2&from=2023-01-09&bar')).toEqual(['foo', 'bar']);
  });

  it('knows every parameter a share link writes, the side panel tab among them', () => {
    const link =
      '?lang=en&from=2023-01-09&to=2023-01-15&cat=life&context=clash&perpetrator=police&region=PE-PUN' +
      '&measure=injured&incident=x&map=9/-15.5/-70.1&panel=people';
    expect(ignoredPageParams(link)).toEqual([]);
  });

  it('bounds what an absurd link can put in the notice', () => {
    const search = `?${Array.from({ length: 50 }, (_, k) => `p${k}=1`).join('&')}&${'x'.repeat(500)}=1`;
    const ignored = ignoredPageParams(search);
    expect(ignored).toHaveLength(10);
    expect(ignored.every((name) => name.length <= 41)).toBe(true);
  });
});
