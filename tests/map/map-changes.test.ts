import { describe, expect, it } from 'vitest';
import { mapChanges } from '../../src/map/map-changes.ts';
import type { MapViewState } from '../../src/map/map-port.ts';

const features = { type: 'FeatureCollection', features: [] } as MapViewState['features'];
const fills = { 'PE-PUN': '#3f007d' };
const box: [number, number, number, number] = [-71, -18, -68, -13];
const point: MapViewState['features']['features'][number] = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-70.13, -15.5] },
  properties: { kind: 'cluster', cell: 7, zoom: 5, incidents: 3, killed: 2, injured: 9 },
};
const base: MapViewState = { features, selectedId: null, regions: { fills, focused: null, focusBox: null } };

describe('mapChanges(applied, next, hasLinkedView)', () => {
  it('sends everything on the first update, with no incident highlighted', () => {
    expect(mapChanges(null, base, false)).toEqual({ selectedId: '', fills });
  });

  it('changes nothing when the same state comes again', () => {
    expect(mapChanges(base, { ...base, regions: { ...base.regions } }, false)).toEqual({});
  });

  it('leaves the incidents to the map: other features change nothing here', () => {
    const next = { ...base, features: { type: 'FeatureCollection', features: [point] } } as MapViewState;
    expect(mapChanges(base, next, false)).toEqual({});
  });

  it('sends the selection when it changes, and clears it with an empty id', () => {
    const selected = { ...base, selectedId: 'puno-juliaca' };
    expect(mapChanges(base, selected, false)).toEqual({ selectedId: 'puno-juliaca' });
    expect(mapChanges(selected, base, false)).toEqual({ selectedId: '' });
  });

  it('sends new fills only', () => {
    const next = { ...base, regions: { ...base.regions, fills: { 'PE-PUN': '#54278f' } } };
    expect(mapChanges(base, next, false)).toEqual({ fills: next.regions.fills });
  });

  it('sends no fills when new ones colour every department the same', () => {
    const next = { ...base, regions: { ...base.regions, fills: { ...fills } } };
    expect(mapChanges(base, next, false)).toEqual({});
  });

  it('sends fills that colour one more department', () => {
    const next = { ...base, regions: { ...base.regions, fills: { ...fills, 'PE-CUS': '#54278f' } } };
    expect(mapChanges(base, next, false)).toEqual({ fills: next.regions.fills });
  });

  it('outlines a newly focused department and fits its box, and clears the outline', () => {
    const focused = { ...base, regions: { fills, focused: 'PE-PUN', focusBox: box } };
    expect(mapChanges(base, focused, false)).toEqual({ focus: { iso: 'PE-PUN', fitBox: box } });
    expect(mapChanges(focused, base, false)).toEqual({ focus: { iso: '', fitBox: null } });
  });

  it("fits the department the page opened on when its box arrives after the map's first update", () => {
    const waiting = { ...base, regions: { fills, focused: 'PE-PUN', focusBox: null } };
    const known = { ...base, regions: { fills, focused: 'PE-PUN', focusBox: box } };
    expect(mapChanges(null, waiting, false).focus).toEqual({ iso: 'PE-PUN', fitBox: null });
    expect(mapChanges(waiting, known, false).focus).toEqual({ iso: 'PE-PUN', fitBox: box });
    // The link's ?map= still wins, and a box already fitted is not fitted again.
    expect(mapChanges(waiting, known, true).focus).toEqual({ iso: 'PE-PUN', fitBox: null });
    expect(mapChanges(known, { ...known }, false).focus).toBeUndefined();
  });

  it('keeps the view of the link when the page opens on a focused department', () => {
    const focused = { ...base, regions: { fills, focused: 'PE-PUN', focusBox: box } };
    expect(mapChanges(null, focused, true).focus).toEqual({ iso: 'PE-PUN', fitBox: null });
    expect(mapChanges(null, focused, false).focus).toEqual({ iso: 'PE-PUN', fitBox: box });
    expect(mapChanges(base, focused, true).focus).toEqual({ iso: 'PE-PUN', fitBox: box });
  });
});
