import { describe, expect, it } from 'vitest';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../../src/data/vocabulary.ts';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import {
  DEFAULT_VIEW_PARAMS,
  parseViewParams,
  type ViewParams,
  writeViewParams,
} from '../../../src/model/links/view-params.ts';

const parse = (query: string) => parseViewParams(new URLSearchParams(query));
const write = (view: ViewParams, query = '') => {
  const params = new URLSearchParams(query);
  writeViewParams(params, view);
  return params.toString();
};
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('parseViewParams(params)', () => {
  it('gives every filter, no region and people killed when the link says nothing', () => {
    const parsed = parse('');
    expect(parsed.ignored).toEqual([]);
    expect(parsed.region).toBeNull();
    expect(parsed.measure).toBe('killed');
    expect(parsed.filters.categories.size).toBe(VIOLATIONS.length);
    expect(parsed.filters.contexts.size).toBe(CONTEXTS.length);
    expect(parsed.filters.perpetrators.size).toBe(PERPETRATORS.length);
  });

  it('reads ?cat=life,expression&region=PE-PUN&measure=injured', () => {
    const parsed = parse('cat=life,expression&region=PE-PUN&measure=injured');
    expect(sorted(parsed.filters.categories)).toEqual(['expression', 'life']);
    expect(parsed.region).toBe('PE-PUN');
    expect(parsed.measure).toBe('injured');
    expect(parsed.ignored).toEqual([]);
  });

  it('reads context and perpetrator lists, and `none` as nothing selected', () => {
    const parsed = parse('context=blockade&perpetrator=police,army&cat=none');
    expect(sorted(parsed.filters.contexts)).toEqual(['blockade']);
    expect(sorted(parsed.filters.perpetrators)).toEqual(['army', 'police']);
    expect(parsed.filters.categories.size).toBe(0);
  });

  it('accepts a lower-case region code and values in any case', () => {
    const parsed = parse('region=pe-cus&cat=LIFE');
    expect(parsed.region).toBe('PE-CUS');
    expect(sorted(parsed.filters.categories)).toEqual(['life']);
  });

  it('drops unknown values, keeps the known ones and names the parameter', () => {
    const parsed = parse('cat=life,torture&context=clash');
    expect(sorted(parsed.filters.categories)).toEqual(['life']);
    expect(parsed.ignored).toEqual(['cat']);
  });

  it('falls back to the default for a parameter with nothing usable, and says so', () => {
    const parsed = parse('cat=<script>&region=PE-XYZ&measure=deaths&perpetrator=');
    expect(parsed.filters.categories.size).toBe(VIOLATIONS.length);
    expect(parsed.filters.perpetrators.size).toBe(PERPETRATORS.length);
    expect(parsed.region).toBeNull();
    expect(parsed.measure).toBe('killed');
    expect(parsed.ignored).toEqual(['cat', 'perpetrator', 'region', 'measure']);
  });
});

describe('writeViewParams(params, view)', () => {
  it('writes nothing for the defaults and removes stale parameters', () => {
    expect(write(DEFAULT_VIEW_PARAMS, 'cat=life&region=PE-PUN&measure=injured&lang=en')).toBe('lang=en');
  });

  it('writes lists in vocabulary order, `none` for an empty list', () => {
    const view: ViewParams = {
      filters: { ...ALL_FILTERS, categories: new Set(['expression', 'life']), contexts: new Set() },
      region: 'PE-PUN',
      measure: 'incidents',
    };
    expect(write(view)).toBe('cat=life%2Cexpression&context=none&region=PE-PUN&measure=incidents');
  });

  it('round-trips through parseViewParams', () => {
    const views: ViewParams[] = [
      DEFAULT_VIEW_PARAMS,
      {
        filters: {
          categories: new Set(['sexual_integrity']),
          contexts: new Set(['clash', 'other']),
          perpetrators: new Set(['police_and_army']),
        },
        region: 'PE-CAL',
        measure: 'injured',
      },
      { filters: { ...ALL_FILTERS, perpetrators: new Set() }, region: null, measure: 'killed' },
    ];
    for (const view of views) {
      const { ignored, ...parsed } = parse(write(view));
      expect(ignored).toEqual([]);
      expect(parsed.region).toBe(view.region);
      expect(parsed.measure).toBe(view.measure);
      for (const key of ['categories', 'contexts', 'perpetrators'] as const)
        expect(sorted(parsed.filters[key])).toEqual(sorted(view.filters[key]));
    }
  });
});
