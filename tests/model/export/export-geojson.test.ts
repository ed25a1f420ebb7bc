import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/days.ts';
import { validateCollection } from '../../../src/data/validate.ts';
import {
  DEFAULT_LICENCE,
  DEFAULT_TITLE,
  type ExportContext,
  publishedProperties,
  toExportCollection,
  toExportGeoJson,
} from '../../../src/model/export/export-geojson.ts';
import { ALL_FILTERS } from '../../../src/model/regions/filters.ts';
import { METADATA, makeIncident, TOWNS } from '../../factories.ts';

const day = (text: string) => parseIsoDay(text) as number;
const context: ExportContext = {
  metadata: { ...METADATA },
  range: { fromDay: day('2023-01-09'), toDay: day('2023-01-09') },
  region: 'PE-PUN',
  filters: { ...ALL_FILTERS, categories: new Set(['life'] as const) },
  generatedAt: '2026-11-23T10:00:00.000Z',
  viewUrl: 'https://example.org/?region=PE-PUN',
  readmeUrl: 'https://example.org/data/README.md',
};

/** The real dataset, through the app's own validation. */
function readDataset() {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/incidents.geojson'), 'utf8'));
  const read = validateCollection(raw);
  if (!read.ok) throw new Error(read.error);
  return { raw: raw as { features: { properties: object; geometry: object }[] }, ...read };
}

describe('toExportCollection(incidents, context)', () => {
  const a = makeIncident({
    id: 'a',
    killed: 3,
    injured: 10,
    people: [
      {
        name: 'Persona',
        age: 20,
        role: 'civilian',
        cause: 'firearm',
        sources: [
          {
            title: 'Informe',
            publisher: 'Defensoría',
            url: 'https://example.org/informe',
            date: '2023-01-10',
          },
        ],
      },
    ],
  });
  const b = makeIncident({ id: 'b', injured: 4, end_date: '2023-01-10', lng: -70.2, lat: -15.4 });

  it('has one Point per given incident, in order, at [lng, lat]', () => {
    const collection = toExportCollection([a, b], context);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => feature.properties.id)).toEqual(['a', 'b']);
    expect(collection.features.map((feature) => feature.geometry)).toEqual([
      { type: 'Point', coordinates: [TOWNS.juliaca.lng, TOWNS.juliaca.lat] },
      { type: 'Point', coordinates: [-70.2, -15.4] },
    ]);
  });

  it('keeps every published property and does not repeat the point in the properties', () => {
    const [first] = toExportCollection([a], context).features;
    const { lng: _lng, lat: _lat, ...properties } = a;
    expect(first?.properties).toEqual(properties);
    expect(first?.properties).not.toHaveProperty('lng');
    expect(first?.properties).not.toHaveProperty('lat');
  });

  it('describes itself: title, licence, attribution, citation, links, filters, figures and time', () => {
    const { metadata } = toExportCollection([a, b], context);
    expect(metadata).toMatchObject({
      title: METADATA.title,
      license: METADATA.license,
      description: METADATA.description,
      updated: METADATA.updated,
      sources: METADATA.sources,
      documentation: 'https://example.org/data/README.md',
      view: 'https://example.org/?region=PE-PUN',
      filters: {
        from: '2023-01-09',
        to: '2023-01-09',
        region: 'PE-PUN',
        categories: ['life'],
        contexts: [...ALL_FILTERS.contexts],
        perpetrators: [...ALL_FILTERS.perpetrators],
      },
      incidents: 2,
      killed: 3,
      injured: 14,
      generated: '2026-11-23T10:00:00.000Z',
    });
    expect(metadata.attribution).toMatch(/sources cited per incident/);
    expect(metadata.citation).toBe(
      `${METADATA.title}. Peru protest map. Updated ${METADATA.updated}. Licence ${METADATA.license}. https://example.org/data/README.md`,
    );
  });

  it('falls back to a default title and licence when the dataset has no metadata', () => {
    const { metadata } = toExportCollection([a], { ...context, metadata: null });
    expect(metadata).toMatchObject({ title: DEFAULT_TITLE, license: DEFAULT_LICENCE, incidents: 1 });
    expect(metadata).not.toHaveProperty('description');
    expect(metadata.citation).not.toMatch(/Updated/);
  });

  it('records a whole-country view as region null, and the range inclusive of both days', () => {
    const range = { fromDay: day('2022-12-07'), toDay: day('2023-03-31') };
    const { filters } = toExportCollection([a], { ...context, range, region: null }).metadata;
    expect(filters).toMatchObject({ from: '2022-12-07', to: '2023-03-31', region: null });
  });

  it('lists the filters in vocabulary order, whatever order they were toggled in', () => {
    const filters = {
      categories: new Set(['property', 'life', 'liberty'] as const),
      contexts: new Set(['other', 'clash'] as const),
      perpetrators: new Set([] as const),
    };
    expect(toExportCollection([a], { ...context, filters }).metadata.filters).toMatchObject({
      categories: ['life', 'liberty', 'property'],
      contexts: ['clash', 'other'],
      perpetrators: [],
    });
  });

  it('exports an empty selection as a valid empty collection with zero figures', () => {
    const text = toExportGeoJson([], context);
    expect(() => check(text)).not.toThrow();
    expect(toExportCollection([], context)).toMatchObject({
      features: [],
      metadata: { incidents: 0, killed: 0, injured: 0 },
    });
  });
});

describe('toExportGeoJson(incidents, context)', () => {
  const a = makeIncident({
    id: 'a',
    place: 'Juliaca, "plaza" – Puno',
    summary_es: 'Línea\ncon ñ y “comillas”.',
  });

  it('passes an RFC 7946 validator', () => {
    expect(() => check(toExportGeoJson([a, makeIncident()], context))).not.toThrow();
  });

  it('is text the app reads back into the same incidents and metadata, with no problem', () => {
    const read = validateCollection(JSON.parse(toExportGeoJson([a], context)));
    expect(read.ok && read.incidents).toEqual([a]);
    expect(read.ok && read.problems).toEqual([]);
    expect(read.ok && read.metadata).toEqual(METADATA);
  });

  it('ends with a newline', () => {
    expect(toExportGeoJson([a], context).endsWith('}\n')).toBe(true);
  });
});

describe('the export of the real dataset', () => {
  const dataset = readDataset();
  const text = toExportGeoJson(dataset.incidents, { ...context, metadata: dataset.metadata });

  it('has exactly the features, property names and values of data/incidents.geojson', () => {
    expect(dataset.problems).toEqual([]);
    const exported = JSON.parse(text) as typeof dataset.raw;
    expect(exported.features).toHaveLength(dataset.raw.features.length);
    exported.features.forEach((feature, k) => {
      const original = dataset.raw.features[k];
      expect(Object.keys(feature.properties)).toEqual(Object.keys(original?.properties ?? {}));
      expect(feature.properties).toEqual(original?.properties);
      expect(feature.geometry).toEqual(original?.geometry);
    });
  });

  it('passes an RFC 7946 validator', () => {
    expect(() => check(text)).not.toThrow();
  });

  it('is read by GDAL ogrinfo with every feature and typed fields', () => {
    // No skip when ogrinfo is missing: CI installs gdal-bin, and a missing tool must show as a failure.
    const folder = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      const file = join(folder, 'peru.geojson');
      writeFileSync(file, text);
      const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`Feature Count: ${dataset.incidents.length}\\b`));
      expect(info).toMatch(/Geometry: Point/);
      expect(info).toMatch(/^date: Date/m);
      expect(info).toMatch(/^killed: Integer/m);
      expect(info).toMatch(/^injured: Integer/m);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('publishedProperties(incident)', () => {
  it('is the incident without its point, and does not change the incident', () => {
    const incident = makeIncident({ id: 'kept' });
    const properties = publishedProperties(incident);
    expect(properties).not.toHaveProperty('lng');
    expect(properties.id).toBe('kept');
    expect(incident.lng).toBe(TOWNS.juliaca.lng);
  });
});
