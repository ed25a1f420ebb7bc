import { describe, expect, it } from 'vitest';
import { toPointFeatures } from '../../src/model/map-features.ts';
import { makeIncident } from '../factories.ts';

describe('toPointFeatures', () => {
  it('makes one Point per incident in [lng, lat] order', () => {
    const collection = toPointFeatures([makeIncident({ id: 'a', lng: -74.22, lat: -13.16 })]);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [-74.22, -13.16] });
  });

  it('keeps only what the map needs: id, killed, injured and the most severe violation', () => {
    const collection = toPointFeatures([
      makeIncident({ id: 'a', killed: 3, injured: 7, violations: ['assembly', 'life'], summary_es: 'largo' }),
    ]);
    expect(collection.features[0]?.properties).toEqual({ id: 'a', killed: 3, injured: 7, severity: 'life' });
  });
});
