import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Incident, IncidentProperties, Person } from '../src/data/schema.ts';

/** Known town centres, `[lng, lat]`, each inside its department in the INEI boundaries. */
export const TOWNS = {
  juliaca: { lng: -70.13, lat: -15.5, department: 'PE-PUN' },
  huamanga: { lng: -74.22, lat: -13.16, department: 'PE-AYA' },
  andahuaylas: { lng: -73.38, lat: -13.66, department: 'PE-APU' },
  lima: { lng: -77.03, lat: -12.05, department: 'PE-LIM' },
  cusco: { lng: -71.97, lat: -13.53, department: 'PE-CUS' },
} as const;

let counter = 0;

/** Synthetic incident properties for tests (not real events); override what a test is about. */
export function makeProperties(overrides: Partial<IncidentProperties> = {}): IncidentProperties {
  counter += 1;
  return {
    id: `test-incident-${counter}`,
    date: '2023-01-09',
    place: 'Juliaca, San Román',
    department: 'PE-PUN',
    precision: 'town',
    killed: 0,
    injured: 0,
    context: 'clash',
    violations: ['assembly'],
    perpetrator: 'police',
    summary_es: 'Resumen de prueba.',
    summary_en: 'Test summary.',
    sources: [{ title: 'Test source', publisher: 'Test', url: 'https://example.org/a', date: '2023-01-10' }],
    ...overrides,
  };
}

/** A synthetic person killed (not a real person): a civilian, cause unknown, with one source. */
export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    role: 'civilian',
    cause: 'unknown',
    sources: [{ title: 'Test source', publisher: 'Test', url: 'https://example.org/p', date: '2023-01-10' }],
    ...overrides,
  };
}

/** A validated incident (properties plus point), at Juliaca unless overridden. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return { ...makeProperties(), lng: TOWNS.juliaca.lng, lat: TOWNS.juliaca.lat, ...overrides };
}

/** A GeoJSON feature as it appears in the file. */
export function makeFeature(
  overrides: Partial<IncidentProperties> = {},
  geometry: Geometry = { type: 'Point', coordinates: [TOWNS.juliaca.lng, TOWNS.juliaca.lat] },
): Feature {
  return { type: 'Feature', geometry, properties: makeProperties(overrides) };
}

export const METADATA = {
  title: 'Test dataset',
  description: 'Synthetic incidents for tests.',
  license: 'CC BY 4.0',
  updated: '2026-11-23',
  sources: [{ title: 'Test source', publisher: 'Test', url: 'https://example.org/a', date: '2023-01-10' }],
};

export function makeCollection(
  features: unknown[],
  withMetadata = true,
): FeatureCollection & { metadata?: unknown } {
  return {
    type: 'FeatureCollection',
    features: features as Feature[],
    ...(withMetadata ? { metadata: METADATA } : {}),
  };
}
