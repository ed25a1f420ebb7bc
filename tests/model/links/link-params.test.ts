import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import { type LinkState, parseLinkParams, writeLinkParams } from '../../../src/model/links/link-params.ts';
import { DEFAULT_VIEW_PARAMS } from '../../../src/model/links/view-params.ts';

const day = (text: string) => parseIsoDay(text) as number;
const BOUNDS = { fromDay: day('2022-12-07'), toDay: day('2023-03-31') };
const parse = (query: string) => parseLinkParams(new URLSearchParams(query), BOUNDS);
const write = (state: LinkState, query = '') => {
  const params = new URLSearchParams(query);
  writeLinkParams(params, state, BOUNDS);
  return params.toString();
};

describe('parseLinkParams(params, bounds)', () => {
  it('restores every parameter of a full link', () => {
    const link = parse(
      'from=2023-01-09&to=2023-01-10&region=PE-PUN&cat=life,expression&context=clash&perpetrator=police&incident=2023-01-09-juliaca-aeropuerto&measure=injured&map=9.5/-15.5/-70.13&lang=en',
    );
    expect(link.range).toEqual({ fromDay: day('2023-01-09'), toDay: day('2023-01-10') });
    expect(link.view.region).toBe('PE-PUN');
    expect([...link.view.filters.categories].sort()).toEqual(['expression', 'life']);
    expect([...link.view.filters.contexts]).toEqual(['clash']);
    expect([...link.view.filters.perpetrators]).toEqual(['police']);
    expect(link.view.measure).toBe('injured');
    expect(link.selectedId).toBe('2023-01-09-juliaca-aeropuerto');
    expect(link.camera).toEqual({ zoom: 9.5, lat: -15.5, lng: -70.13 });
    expect(link.ignored).toEqual([]);
    expect(link.rangeNotice).toBeNull();
  });

  it('ignores a malformed incident id and map view, names them, and applies the rest', () => {
    const link = parse('incident=<img src=x>&map=99/0/0&region=PE-CUS');
    expect(link.selectedId).toBeNull();
    expect(link.camera).toBeNull();
    expect(link.view.region).toBe('PE-CUS');
    expect(link.ignored.sort()).toEqual(['incident', 'map']);
  });

  it('reports unusable dates as a range notice, not as ignored parameters', () => {
    const link = parse('from=2023-02-30');
    expect(link.range).toEqual(BOUNDS);
    expect(link.rangeNotice).toBe('invalid-date');
    expect(link.ignored).toEqual([]);
  });
});

describe('writeLinkParams(params, state, bounds)', () => {
  const state: LinkState = {
    range: { fromDay: day('2023-01-09'), toDay: day('2023-01-09') },
    view: {
      filters: { ...ALL_FILTERS, categories: new Set(['life']) },
      region: 'PE-PUN',
      measure: 'incidents',
    },
    selectedId: 'juliaca',
    camera: { zoom: 7.25, lat: -15.5, lng: -70.13 },
  };

  it('writes a link that parses back to the same state, keeping other parameters', () => {
    const query = write(state, 'lang=en&embed=1');
    expect(new URLSearchParams(query).get('lang')).toBe('en');
    expect(new URLSearchParams(query).get('embed')).toBe('1');
    const link = parse(query);
    expect(link.range).toEqual(state.range);
    expect(link.view.region).toBe('PE-PUN');
    expect([...link.view.filters.categories]).toEqual(['life']);
    expect(link.view.measure).toBe('incidents');
    expect(link.selectedId).toBe('juliaca');
    expect(link.camera).toEqual(state.camera);
  });

  it('writes nothing for the default view and removes what a previous view had set', () => {
    const defaults: LinkState = { range: BOUNDS, view: DEFAULT_VIEW_PARAMS, selectedId: null, camera: null };
    expect(write(defaults, 'incident=x&map=5/1/1&region=PE-PUN&from=2023-01-01&to=2023-01-02&lang=es')).toBe(
      'lang=es',
    );
  });
});
