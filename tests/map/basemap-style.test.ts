import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TOWN_LAYERS } from '../../src/map/basemap-style.ts';
import { DATA_BOX, MAX_BOUNDS, TIERS } from '../../src/map/basemap-tiers.ts';
import { layoutIncidents, sourceData } from '../../src/map/incident-layout.ts';
import { buildStyle, INCIDENT_SOURCE, LAYER } from '../../src/map/style.ts';

const style = buildStyle('https://example.org/app/');
const order = style.layers.map((layer) => layer.id);
const basemap = (file: string) =>
  readFileSync(resolve(import.meta.dirname, '../../public/basemap', file), 'utf8');

describe('the basemap style', () => {
  it('loads only the overview with the style; the detail files wait for the map to ask', () => {
    const urls = Object.values(style.sources).flatMap((source) =>
      'data' in source && typeof source.data === 'string' ? [source.data] : [],
    );
    expect(urls).toContain('https://example.org/app/basemap/overview.geojson');
    expect(urls.some((url) => url.includes('detail-'))).toBe(false);
  });

  it('carries the overview and the departments the page has downloaded, and their URLs when it has not', () => {
    const overview: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    const departments: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    const given = buildStyle('https://example.org/app/', { overview, departments }).sources;
    expect(given['basemap-0']).toMatchObject({ data: overview });
    expect(given.departments).toMatchObject({ data: departments });
    const missing = buildStyle('https://example.org/app/', { overview: null, departments: null }).sources;
    expect(missing['basemap-0']).toMatchObject({ data: 'https://example.org/app/basemap/overview.geojson' });
    expect(missing.departments).toMatchObject({
      data: 'https://example.org/app/basemap/peru-departments.simplified.geojson',
    });
  });

  it('starts the incidents with those it is given, so the worker is not sent an empty set first', () => {
    const layout = layoutIncidents({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'cluster', cell: 1, zoom: 5, incidents: 3, killed: 4, injured: 0 },
          geometry: { type: 'Point', coordinates: [-72, -13] },
        },
      ],
    });
    const sources = buildStyle('https://example.org/app/', undefined, layout).sources;
    // The bubble, then its label's digit, in one source.
    expect(sources[INCIDENT_SOURCE]).toMatchObject({ data: sourceData(layout) });
    expect(sourceData(layout).features.map((feature) => feature.properties.kind)).toEqual([
      'cluster',
      'digit',
    ]);
    expect(style.sources[INCIDENT_SOURCE]).toMatchObject({
      data: { type: 'FeatureCollection', features: [] },
    });
  });

  it('draws incident bubbles and their labels above every town name', () => {
    const lastTown = Math.max(...TOWN_LAYERS.map((id) => order.indexOf(id)));
    expect(lastTown).toBeGreaterThan(0);
    expect(order.indexOf(LAYER.clusters)).toBeGreaterThan(lastTown);
    expect(order.indexOf(LAYER.clusterLabels)).toBeGreaterThan(lastTown);
    expect(order.indexOf('incident-footprint')).toBeGreaterThan(lastTown);
  });

  it('gives every label an opacity per feature, as the clusters’ digits have, so all text shares one shader', () => {
    const labels = style.layers.filter((layer) => layer.type === 'symbol' && layer.layout?.['text-field']);
    expect(labels.map((layer) => layer.id)).toEqual(
      expect.arrayContaining(['departments-label', LAYER.clusterLabels, ...TOWN_LAYERS]),
    );
    for (const layer of labels) {
      const opacity = JSON.stringify(
        layer.paint && 'text-opacity' in layer.paint ? layer.paint['text-opacity'] : null,
      );
      expect(opacity, layer.id).toMatch(/\["(get|has|feature-state)"/);
    }
  });

  it('draws lakes over the departments, so Titicaca is water and not Peru', () => {
    const lakes = order.filter((id) => id.startsWith('lakes-'));
    expect(lakes).toHaveLength(TIERS.length);
    for (const id of lakes) expect(order.indexOf(id)).toBeGreaterThan(order.indexOf(LAYER.regions));
  });

  it('hands each zoom to exactly one tier, from the widest view to the closest', () => {
    expect(TIERS[0]?.fromZoom).toBe(0);
    for (const [i, tier] of TIERS.slice(1).entries()) expect(tier.fromZoom).toBe(TIERS[i]?.untilZoom);
    expect(TIERS[TIERS.length - 1]?.untilZoom).toBeGreaterThanOrEqual(14);
  });

  it('keeps the pannable area inside the basemap, so no edge of the data is ever on screen', () => {
    const [west, south, east, north] = DATA_BOX;
    const [[minLng, minLat], [maxLng, maxLat]] = MAX_BOUNDS;
    expect(minLng).toBeGreaterThan(west);
    expect(minLat).toBeGreaterThan(south);
    expect(maxLng).toBeLessThan(east);
    expect(maxLat).toBeLessThan(north);
  });
});

describe('the built basemap files', () => {
  it('keep the opening view light: the overview is under 32 KB gzipped', () => {
    expect(gzipSync(basemap('overview.geojson')).length).toBeLessThan(32 * 1024);
  });

  it('have land, lakes, rivers, borders and towns in every tier', () => {
    for (const tier of TIERS) {
      const layers = new Set(
        (JSON.parse(basemap(tier.file)) as GeoJSON.FeatureCollection).features.map(
          (feature) => feature.properties?.layer,
        ),
      );
      expect([...layers].sort()).toEqual(expect.arrayContaining(['border', 'lake', 'land', 'river', 'town']));
    }
  });

  it('rank the 25 department capitals and Lima first, in the overview', () => {
    const towns = (JSON.parse(basemap('overview.geojson')) as GeoJSON.FeatureCollection).features.filter(
      (feature) => feature.properties?.layer === 'town',
    );
    const names = towns.map((feature) => feature.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Lima', 'Puno', 'Cusco', 'Ayacucho', 'Iquitos']));
    expect(names).not.toContain('Juliaca');
    expect(towns.length).toBeGreaterThanOrEqual(25);
  });
});
