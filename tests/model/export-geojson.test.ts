import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/data/days.ts';
import { validateCollection } from '../../src/data/validate.ts';
import { toExportCollection, toExportGeoJson } from '../../src/model/export-geojson.ts';
import { ALL_FILTERS } from '../../src/model/filters.ts';
import { METADATA, makeIncident } from '../factories.ts';

const day = (text: string) => parseIsoDay(text) as number;
const context = {
  metadata: { ...METADATA },
  range: { fromDay: day('2023-01-09'), toDay: day('2023-01-09') },
  region: 'PE-PUN',
  filters: { ...ALL_FILTERS, categories: new Set(['life'] as const) },
  generatedAt: '2026-11-23T10:00:00.000Z',
  viewUrl: 'https://example.org/?region=PE-PUN',
  readmeUrl: 'https://example.org/data/README.md',
};

describe('toExportCollection(incidents, context)', () => {
  const a = makeIncident({ id: 'a', killed: 3, injured: 10, victims: [{ name: 'Persona', age: 20 }] });
  const b = makeIncident({ id: 'b', injured: 4, lng: -70.2, lat: -15.4 });

  it('is a FeatureCollection of the given incidents with every published property and [lng, lat]', () => {
    const collection = toExportCollection([a, b], context);
    expect(collection.features.map((feature) => feature.properties.id)).toEqual(['a', 'b']);
    expect(collection.features[1]?.geometry.coordinates).toEqual([-70.2, -15.4]);
    const { lng: _lng, lat: _lat, ...properties } = a;
    expect(collection.features[0]?.properties).toEqual(properties);
    expect(collection.features[0]?.properties).not.toHaveProperty('lng');
  });

  it('describes itself: title, licence, attribution, filters, figures and time', () => {
    const { metadata } = toExportCollection([a, b], context);
    expect(metadata).toMatchObject({
      title: METADATA.title,
      license: METADATA.license,
      documentation: 'https://example.org/data/README.md',
      view: 'https://example.org/?region=PE-PUN',
      filters: { from: '2023-01-09', to: '2023-01-09', region: 'PE-PUN', categories: ['life'] },
      incidents: 2,
      killed: 3,
      injured: 14,
      generated: '2026-11-23T10:00:00.000Z',
    });
    expect(String(metadata.attribution)).toMatch(/INEI/);
  });

  it('passes a GeoJSON validator, and the app reads its own export back unchanged', () => {
    const text = toExportGeoJson([a, b], context);
    expect(() => check(text)).not.toThrow();
    const read = validateCollection(JSON.parse(text));
    expect(read.ok && read.incidents).toEqual([a, b]);
    expect(read.ok && read.problems).toEqual([]);
  });

  it('exports an empty selection as a valid empty collection', () => {
    expect(() => check(toExportGeoJson([], context))).not.toThrow();
    expect(toExportCollection([], context).metadata).toMatchObject({ incidents: 0, killed: 0 });
  });
});

describe('the export of the real dataset', () => {
  it('is read by GDAL ogrinfo with every feature', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../data/incidents.geojson'), 'utf8');
    const read = validateCollection(JSON.parse(text));
    if (!read.ok) throw new Error(read.error);
    const file = join(mkdtempSync(join(tmpdir(), 'export-')), 'peru.geojson');
    writeFileSync(file, toExportGeoJson(read.incidents, { ...context, metadata: read.metadata }));
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Feature Count: ${read.incidents.length}\\b`));
    expect(info).toMatch(/Geometry: Point/);
  });
});
