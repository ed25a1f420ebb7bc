import { describe, expect, it } from 'vitest';
import { VIOLATIONS } from '../../../src/data/vocabulary.ts';
import {
  ALL_FILTERS,
  isEveryIncident,
  matchesFilters,
  toggleValue,
} from '../../../src/model/regions/filters.ts';
import { makeIncident } from '../../factories.ts';

describe('matchesFilters(incident, filters)', () => {
  const incident = makeIncident({ violations: ['life', 'assembly'], context: 'clash', perpetrator: 'army' });

  it('keeps an incident with any one of the selected categories', () => {
    expect(matchesFilters(incident, { ...ALL_FILTERS, categories: new Set(['assembly']) })).toBe(true);
    expect(matchesFilters(incident, { ...ALL_FILTERS, categories: new Set(['expression']) })).toBe(false);
  });

  it('drops an incident whose context or perpetrator is not selected', () => {
    expect(matchesFilters(incident, { ...ALL_FILTERS, contexts: new Set(['blockade']) })).toBe(false);
    expect(matchesFilters(incident, { ...ALL_FILTERS, perpetrators: new Set(['police']) })).toBe(false);
  });

  it('keeps everything with all filters, nothing with an empty list', () => {
    expect(matchesFilters(incident, ALL_FILTERS)).toBe(true);
    expect(matchesFilters(incident, { ...ALL_FILTERS, categories: new Set() })).toBe(false);
  });
});

describe('toggleValue(set, value)', () => {
  it('switches a value off in a copy, and back on', () => {
    const without = toggleValue(ALL_FILTERS.categories, 'life');
    expect(without.has('life')).toBe(false);
    expect(without.size).toBe(VIOLATIONS.length - 1);
    expect(toggleValue(without, 'life').size).toBe(VIOLATIONS.length);
    expect(ALL_FILTERS.categories.has('life')).toBe(true);
  });
});

describe('isEveryIncident(filters)', () => {
  it('is true for the filters the page opens with', () => {
    expect(isEveryIncident(ALL_FILTERS)).toBe(true);
  });

  it('is false once any category, context or perpetrator is switched off', () => {
    expect(isEveryIncident({ ...ALL_FILTERS, categories: toggleValue(ALL_FILTERS.categories, 'life') })).toBe(
      false,
    );
    expect(isEveryIncident({ ...ALL_FILTERS, contexts: toggleValue(ALL_FILTERS.contexts, 'other') })).toBe(
      false,
    );
    expect(
      isEveryIncident({ ...ALL_FILTERS, perpetrators: toggleValue(ALL_FILTERS.perpetrators, 'army') }),
    ).toBe(false);
  });
});
