import { describe, expect, it } from 'vitest';
import { toMapFeatures } from '../../../src/model/clusters/map-features.ts';
import { makeIncident } from '../../factories.ts';

describe('toMapFeatures', () => {
  const incidents = [
    makeIncident({
      id: 'a',
      killed: 3,
      injured: 7,
      violations: ['assembly', 'life'],
      lng: -74.22,
      lat: -13.16,
    }),
  ];

  it('makes a single incident a Point at its own place, [lng, lat], with its most severe violation', () => {
    // The item's point differs from the incident's and lng differs from lat, so a test of the coordinates tells
    // which are read and in which order.
    const collection = toMapFeatures(
      [{ kind: 'incident', index: 0, lng: 10, lat: 20, killed: 3, injured: 7 }],
      incidents,
    );
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-74.22, -13.16] },
      properties: { kind: 'incident', id: 'a', killed: 3, injured: 7, severity: 'life' },
    });
  });

  it('makes a cluster a Point carrying its cell, zoom and sums', () => {
    const collection = toMapFeatures(
      [{ kind: 'cluster', cellId: 42, zoom: 5, lng: -70, lat: -15, incidents: 4, killed: 18, injured: 90 }],
      incidents,
    );
    expect(collection.features[0]?.properties).toEqual({
      kind: 'cluster',
      cell: 42,
      zoom: 5,
      incidents: 4,
      killed: 18,
      injured: 90,
    });
    expect(collection.features[0]?.geometry.coordinates).toEqual([-70, -15]);
  });

  it('skips an item whose incident does not exist', () => {
    expect(
      toMapFeatures([{ kind: 'incident', index: 9, lng: 0, lat: 0, killed: 0, injured: 0 }], incidents)
        .features,
    ).toEqual([]);
  });
});
