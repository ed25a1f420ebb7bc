import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  type IncidentLayout,
  labelSlot,
  layoutDigits,
  layoutIncidents,
  type StateChange,
  slotOffsets,
  stateChanges,
} from '../../src/map/incident-layout.ts';
import type { MapFeatureCollection, MapFeatureProperties } from '../../src/model/clusters/map-features.ts';

const cluster = (cell: number, lng: number, killed: number, incidents = killed + 2, injured = 1) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, -13] },
    properties: { kind: 'cluster', cell, zoom: 5, incidents, killed, injured },
  }) as Feature<Point, MapFeatureProperties>;

const incident = (id: string, lng: number, killed = 1) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, -12] },
    properties: { kind: 'incident', id, killed, injured: 0, severity: 'life' },
  }) as Feature<Point, MapFeatureProperties>;

const collection = (...features: Feature<Point, MapFeatureProperties>[]): MapFeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/**
 * What the map draws, as a reader sees it: the layout with every state change applied in order, each shown
 * cluster's figures and its label read from left to right (the digits shown, ordered by their offset).
 */
class Drawn {
  private readonly states = { incidents: new Map<number, Record<string, unknown>>(), digits: new Map() };
  constructor(private readonly layout: IncidentLayout) {}

  apply(update: { changes: StateChange[] } | null): this {
    const changes = update?.changes ?? [];
    for (const { source, id, state } of changes) {
      this.states[source].set(id, { ...this.states[source].get(id), ...state });
    }
    return this;
  }

  /** Shown clusters and incidents by key (`cell` or incident id): figures, and for clusters the label. */
  shown(): Record<string, string> {
    const offsets = slotOffsets(0.5);
    const shown: Record<string, string> = {};
    for (const feature of this.layout.incidents.features) {
      const state = this.states.incidents.get(feature.id as number) ?? {};
      const properties = feature.properties;
      const laidOut = { incidents: 1, ...properties } as Record<string, unknown>;
      const value = (name: 'incidents' | 'killed' | 'injured') => state[name] ?? laidOut[name];
      const key = properties.kind === 'cluster' ? `cell ${properties.cell}` : properties.id;
      shown[key] = `${value('incidents')}/${value('killed')}/${value('injured')}`;
    }
    const labels = new Map<string, { x: number; digit: string }[]>();
    for (const digit of this.layout.digits.features) {
      const state = this.states.digits.get(digit.id as number) ?? {};
      if (!(state.on ?? digit.properties.on)) continue;
      const [lng] = digit.geometry.coordinates as [number, number];
      const owner = this.layout.incidents.features.find(
        (feature) => feature.geometry.coordinates[0] === lng && feature.properties.kind === 'cluster',
      );
      const key = `cell ${owner?.properties.kind === 'cluster' ? owner.properties.cell : '?'}`;
      labels.set(key, [
        ...(labels.get(key) ?? []),
        { x: offsets[digit.properties.slot] as number, digit: digit.properties.digit },
      ]);
    }
    for (const [key, digits] of labels) {
      const xs = digits.map((d) => d.x);
      // Centred: the offsets of the digits shown are symmetric about the cluster's centre.
      expect(Math.min(...xs) + Math.max(...xs)).toBeCloseTo(0);
      const label = digits
        .sort((a, b) => a.x - b.x)
        .map((d) => d.digit)
        .join('');
      shown[key] = `${shown[key]} "${label}"`;
    }
    return shown;
  }
}

describe('the incidents laid out once and changed through feature state', () => {
  it('lays each place out with a unique id, each cluster label as the digits it shows, then as candidates', () => {
    const layout = layoutIncidents(collection(cluster(1, -72, 18), incident('a', -73), cluster(2, -71, 5)));
    const ids = () => [...layout.incidents.features, ...layout.digits.features].map((feature) => feature.id);
    expect(new Set(ids()).size).toBe(ids().length);
    // "18" and "5": three digits, no candidates yet.
    expect(layout.digits.features).toHaveLength(3);
    const drawn = { 'cell 1': '20/18/1 "18"', a: '1/1/0', 'cell 2': '7/5/1 "5"' };
    expect(new Drawn(layout).shown()).toEqual(drawn);
    layoutDigits(layout);
    expect(new Set(ids()).size).toBe(ids().length);
    // Candidates for the label's length and one less: 10 + 20 for "18", 10 for "5"; the same labels drawn.
    expect(layout.digits.features).toHaveLength(40);
    expect(new Drawn(layout).shown()).toEqual(drawn);
  });

  it('shows a timeline step as state only once the candidates are laid out: figures and labels, centred', () => {
    const layout = layoutIncidents(collection(cluster(1, -72, 18), cluster(2, -71, 5)));
    layoutDigits(layout);
    const drawn = new Drawn(layout);
    const step = stateChanges(layout, collection(cluster(1, -72, 7, 9, 3), cluster(2, -71, 8, 50, 0)));
    expect(step?.needsDigits).toBe(false);
    expect(drawn.apply(step).shown()).toEqual({ 'cell 1': '9/7/3 "7"', 'cell 2': '50/8/0 "8"' });
    const longer = stateChanges(layout, collection(cluster(1, -72, 16, 9, 3), cluster(2, -71, 8, 50, 0)));
    expect(drawn.apply(longer).shown()).toEqual({ 'cell 1': '9/16/3 "16"', 'cell 2': '50/8/0 "8"' });
    // Back again: the digits turned on by state are turned off again, those of the layout on.
    const back = stateChanges(layout, collection(cluster(1, -72, 18), cluster(2, -71, 5)));
    expect(drawn.apply(back).shown()).toEqual({ 'cell 1': '20/18/1 "18"', 'cell 2': '7/5/1 "5"' });
  });

  it('asks for the digits to be laid out when a label changes without candidates, or outgrows its room', () => {
    const layout = layoutIncidents(collection(cluster(1, -72, 18), cluster(2, -71, 5)));
    const drawn = new Drawn(layout);
    // Figures that keep the labels: state only.
    const same = stateChanges(layout, collection(cluster(1, -72, 18, 30), cluster(2, -71, 5)));
    expect(same?.needsDigits).toBe(false);
    expect(drawn.apply(same).shown()).toEqual({ 'cell 1': '30/18/1 "18"', 'cell 2': '7/5/1 "5"' });
    const step = stateChanges(layout, collection(cluster(1, -72, 7, 9), cluster(2, -71, 5)));
    expect(step?.needsDigits).toBe(true);
    expect(step?.changes.every((change) => change.source === 'incidents')).toBe(true);
    layoutDigits(layout);
    expect(drawn.apply(step).shown()).toEqual({ 'cell 1': '9/7/1 "7"', 'cell 2': '7/5/1 "5"' });
    // "7" has candidates for one digit: 9 fits, 10 does not; "10" then for one and two: 100 does not fit.
    expect(stateChanges(layout, collection(cluster(1, -72, 9), cluster(2, -71, 5)))?.needsDigits).toBe(false);
    const longer = stateChanges(layout, collection(cluster(1, -72, 10), cluster(2, -71, 5)));
    expect(longer?.needsDigits).toBe(true);
    layoutDigits(layout);
    expect(drawn.apply(longer).shown()).toEqual({ 'cell 1': '12/10/1 "10"', 'cell 2': '7/5/1 "5"' });
    expect(stateChanges(layout, collection(cluster(1, -72, 100), cluster(2, -71, 5)))?.needsDigits).toBe(
      true,
    );
  });

  it('lays out again when places come or go, so town names are never left out around a bubble not drawn', () => {
    const layout = layoutIncidents(collection(cluster(1, -72, 18), incident('a', -73)));
    expect(stateChanges(layout, collection(incident('a', -73)))).toBeNull();
    expect(stateChanges(layout, collection())).toBeNull();
    expect(
      stateChanges(layout, collection(cluster(1, -72, 18), incident('a', -73), incident('b', -74))),
    ).toBeNull();
    // The same number of features, but one place twice and one missing.
    expect(stateChanges(layout, collection(cluster(1, -72, 18), cluster(1, -72, 18)))).toBeNull();
    expect(stateChanges(layout, collection(cluster(1, -72, 3), incident('a', -73)))).not.toBeNull();
  });

  it('sends nothing for the collection already shown, and only what changed otherwise', () => {
    const layout = layoutIncidents(collection(cluster(1, -72, 18), cluster(2, -71, 5)));
    layoutDigits(layout);
    expect(stateChanges(layout, collection(cluster(1, -72, 18), cluster(2, -71, 5)))).toEqual({
      changes: [],
      needsDigits: false,
    });
    const changes = stateChanges(layout, collection(cluster(1, -72, 18), cluster(2, -71, 6)))?.changes ?? [];
    const incidentIds = changes.filter((c) => c.source === 'incidents').map((c) => c.id);
    expect(incidentIds).toEqual([layout.incidents.features[1]?.id]);
    // The 5 goes off, the 6 comes on.
    expect(changes.filter((c) => c.source === 'digits').map((c) => c.state)).toEqual([
      { on: false },
      { on: true },
    ]);
  });

  it('needs a new layout for a new place, a moved one or a changed single incident', () => {
    const layout = layoutIncidents(collection(cluster(1, -72, 18), incident('a', -73)));
    const a = incident('a', -73);
    expect(stateChanges(layout, collection(cluster(3, -70, 1), a))).toBeNull();
    expect(stateChanges(layout, collection(cluster(1, -72.5, 18), a))).toBeNull();
    expect(stateChanges(layout, collection(cluster(1, -72, 18), incident('a', -73, 2)))).toBeNull();
    expect(stateChanges(layout, collection(cluster(1, -72, 18), incident('b', -73)))).toBeNull();
  });

  it('takes fresh ids from where the last layout stopped', () => {
    const first = layoutIncidents(collection(cluster(1, -72, 18)));
    layoutDigits(first);
    const second = layoutIncidents(collection(cluster(1, -72, 18)), first.nextId);
    const firstIds = new Set([...first.incidents.features, ...first.digits.features].map((f) => f.id));
    const secondIds = [...second.incidents.features, ...second.digits.features].map((f) => f.id);
    expect(secondIds.some((id) => firstIds.has(id))).toBe(false);
    expect(Math.min(...(secondIds as number[]))).toBe(first.nextId);
  });

  it('numbers slots length by length and centres every label', () => {
    expect([labelSlot(1, 0), labelSlot(2, 0), labelSlot(2, 1), labelSlot(3, 0), labelSlot(3, 2)]).toEqual([
      0, 1, 2, 3, 5,
    ]);
    const offsets = slotOffsets(0.6, 3);
    expect(offsets[labelSlot(1, 0)]).toBe(0);
    expect(offsets[labelSlot(2, 0)]).toBeCloseTo(-0.3);
    expect(offsets[labelSlot(2, 1)]).toBeCloseTo(0.3);
    expect(offsets[labelSlot(3, 0)]).toBeCloseTo(-0.6);
    expect(offsets[labelSlot(3, 1)]).toBeCloseTo(0);
  });
});
