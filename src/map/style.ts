import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { VIOLATIONS } from '../data/vocabulary.ts';
import { CLUSTER_LABEL, CLUSTER_RADIUS_PX, POINT_RADIUS_PX } from './cluster-properties.ts';
import { BASEMAP_COLOURS, VIOLATION_COLOURS } from '../theme/colours.ts';

export const INCIDENT_SOURCE = 'incidents';
export const LAYER = {
  clusters: 'incident-clusters',
  clusterLabels: 'incident-cluster-labels',
  points: 'incident-points',
  selected: 'incident-selected',
  regions: 'departments-fill',
  regionFocus: 'departments-focus',
} as const;

const IS_CLUSTER: FilterSpecification = ['==', ['get', 'kind'], 'cluster'];
const IS_INCIDENT: FilterSpecification = ['==', ['get', 'kind'], 'incident'];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The departments' fill for a choropleth: a `match` on the ISO code, the plain land colour for any department
 * not listed. O(d).
 */
export function regionFillExpression(
  fills: Readonly<Record<string, string>>,
): ExpressionSpecification | string {
  const entries = Object.entries(fills);
  if (entries.length === 0) return BASEMAP_COLOURS.peru;
  return [
    'match',
    ['get', 'iso_3166_2'],
    ...entries.flat(),
    BASEMAP_COLOURS.peru,
  ] as unknown as ExpressionSpecification;
}

/** Colour of a single incident: the match of its most severe violation (`severity`) to the palette. */
const severityColour = [
  'match',
  ['get', 'severity'],
  ...VIOLATIONS.flatMap((violation) => [violation, VIOLATION_COLOURS[violation]]),
  BASEMAP_COLOURS.border,
];

/**
 * The whole map style, written in code and served from the app's own origin: the sea as background,
 * Natural Earth countries and borders, INEI departments (fill, outline, labels) and the clustered incidents.
 * No `glyphs` URL: MapLibre renders labels with the system's sans-serif font, so nothing leaves the origin.
 * `baseUrl` is the absolute URL of the folder holding `basemap/`.
 */
export function buildStyle(baseUrl: string): StyleSpecification {
  const basemap = (file: string) => new URL(`basemap/${file}`, baseUrl).href;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: basemap('countries.geojson') },
      borders: { type: 'geojson', data: basemap('borders.geojson') },
      departments: {
        type: 'geojson',
        data: basemap('peru-departments.simplified.geojson'),
        promoteId: 'ubigeo',
      },
      // Clustered by the app (model/cluster-index.ts), so a date change never re-clusters in MapLibre's worker.
      [INCIDENT_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
      {
        id: 'countries',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': BASEMAP_COLOURS.land },
      },
      {
        id: LAYER.regions,
        type: 'fill',
        source: 'departments',
        paint: { 'fill-color': BASEMAP_COLOURS.peru },
      },
      {
        id: 'departments-line',
        type: 'line',
        source: 'departments',
        paint: { 'line-color': BASEMAP_COLOURS.departmentLine, 'line-width': 0.8 },
      },
      {
        id: LAYER.regionFocus,
        type: 'line',
        source: 'departments',
        filter: ['==', ['get', 'iso_3166_2'], ''],
        paint: { 'line-color': BASEMAP_COLOURS.selected, 'line-width': 2.5 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': BASEMAP_COLOURS.border,
          'line-width': ['case', ['get', 'peru'], 1.6, 0.8],
        },
      },
      {
        id: 'departments-label',
        type: 'symbol',
        source: 'departments',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14],
          'text-max-width': 8,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.label,
          'text-halo-color': BASEMAP_COLOURS.peru,
          'text-halo-width': 1.2,
        },
      },
      {
        id: LAYER.clusters,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: IS_CLUSTER,
        paint: {
          'circle-color': BASEMAP_COLOURS.cluster,
          'circle-opacity': 0.88,
          'circle-radius': CLUSTER_RADIUS_PX,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: LAYER.clusterLabels,
        type: 'symbol',
        source: INCIDENT_SOURCE,
        filter: IS_CLUSTER,
        layout: {
          'text-field': CLUSTER_LABEL,
          'text-font': ['sans-serif'],
          'text-size': 13,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': BASEMAP_COLOURS.clusterText },
      },
      {
        id: LAYER.points,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: IS_INCIDENT,
        paint: {
          'circle-color': severityColour as never,
          'circle-radius': POINT_RADIUS_PX,
          'circle-opacity': 0.9,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.2,
        },
      },
      {
        id: LAYER.selected,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: ['==', ['get', 'id'], ''],
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': ['+', POINT_RADIUS_PX, 4],
          'circle-stroke-color': BASEMAP_COLOURS.selected,
          'circle-stroke-width': 3,
        },
      },
    ],
  };
}
