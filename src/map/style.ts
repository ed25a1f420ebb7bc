import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { VIOLATIONS } from '../data/vocabulary.ts';
import { BASEMAP_COLOURS, VIOLATION_COLOURS } from '../theme/colours.ts';
import {
  basemapSources,
  borderLayers,
  fillPaint,
  incidentFootprint,
  LABEL_OPACITY,
  landLayers,
  perFeature,
  tierSource,
  townLayers,
  waterLayers,
} from './basemap-style.ts';
import { DEPARTMENTS_FILE } from './basemap-tiers.ts';
import { CLUSTER_RADIUS_NOW_PX, DIGIT_OPACITY, POINT_RADIUS_PX } from './cluster-properties.ts';
import { type IncidentLayout, slotOffsets, sourceData } from './incident-layout.ts';
import type { MapBasemapData } from './map-port.ts';

export const INCIDENT_SOURCE = 'incidents';
/**
 * The width of a digit in ems of the label's font where the page cannot measure it (tests): the digits of
 * common sans-serif faces are 0.55–0.6 em wide, and equal.
 */
export const DEFAULT_DIGIT_EM = 0.56;
export const LAYER = {
  clusters: 'incident-clusters',
  clusterLabels: 'incident-cluster-labels',
  points: 'incident-points',
  selected: 'incident-selected',
  regions: 'departments-fill',
  regionFocus: 'departments-focus',
  /** The choropleth over the strips of Peru that INEI leaves to its lakes (see peru-under-lakes). */
  regionsUnderLakes: 'peru-under-lakes-fill',
} as const;

/**
 * The zoom up to which the choropleth is opaque, hiding the plain Peru fill beneath it: that fill is drawn only
 * from here, one full-screen layer less to paint at the opening view (two with the strips under the lakes).
 */
const OPAQUE_UNTIL_ZOOM = 6;
/** The choropleth's opacity: full at country zoom, pale once the reader zooms in to places and towns. */
const REGION_OPACITY: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  OPAQUE_UNTIL_ZOOM,
  1,
  8,
  0.5,
  10,
  0.35,
];

const IS_CLUSTER: FilterSpecification = ['==', ['get', 'kind'], 'cluster'];
const IS_INCIDENT: FilterSpecification = ['==', ['get', 'kind'], 'incident'];
const IS_DIGIT: FilterSpecification = ['==', ['get', 'kind'], 'digit'];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The departments' fill for a choropleth: a `match` on the ISO code, the plain land colour for any department
 * not listed. O(d).
 */
export function regionFillExpression(fills: Readonly<Record<string, string>>): ExpressionSpecification {
  const fill = matchColour('iso_3166_2', Object.entries(fills), BASEMAP_COLOURS.peru);
  // Per feature even when all are plain: the layer keeps one shader, and the worker lays it out only once.
  return typeof fill === 'string' ? perFeature(fill) : fill;
}

/** A `match` of a feature property to colours, or the fallback alone when there is nothing to match. */
function matchColour(
  property: string,
  pairs: readonly (readonly [string, string])[],
  fallback: string,
): ExpressionSpecification | string {
  const [first, ...rest] = pairs;
  if (!first) return fallback;
  return ['match', ['get', property], first[0], first[1], ...rest.flat(), fallback];
}

/** Colour of a single incident: the match of its most severe violation (`severity`) to the palette. */
const severityColour = matchColour(
  'severity',
  VIOLATIONS.map((violation) => [violation, VIOLATION_COLOURS[violation]] as const),
  BASEMAP_COLOURS.border,
);

/**
 * The whole map style, written in code and served from the app's own origin: the sea as background, land,
 * lakes, rivers and borders from GSHHG/WDBII in tiers by zoom (basemap-style.ts), INEI departments (fill,
 * outline, labels), GeoNames towns and, on top, the clustered incidents.
 * No `glyphs` URL: MapLibre renders labels with the system's sans-serif font, so nothing leaves the origin.
 * `baseUrl` is the absolute URL of the folder holding `basemap/`; `data`, the basemap files the page has read
 * (the others are fetched by MapLibre's worker); `incidents`, what the incidents' layers show at first;
 * `digitEm`, the width of a digit of the labels' font in ems.
 */
export function buildStyle(
  baseUrl: string,
  data?: MapBasemapData,
  incidents?: IncidentLayout | null,
  digitEm = DEFAULT_DIGIT_EM,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...basemapSources(baseUrl, data?.overview),
      departments: {
        type: 'geojson',
        data: data?.departments ?? new URL(`basemap/${DEPARTMENTS_FILE}`, baseUrl).href,
        promoteId: 'ubigeo',
      },
      // Clustered by the app (model/cluster-index.ts), so a date change never re-clusters in MapLibre's worker.
      [INCIDENT_SOURCE]: { type: 'geojson', data: incidents ? sourceData(incidents) : EMPTY },
    },
    // No background layer: where nothing is drawn the canvas is clear, over its container's sea colour (styles.css;
    // exports fill it in, drawFramedMap). A full-screen layer less in every frame, and one shader less to compile
    // for the first: about 50 ms of the GPU's time where it is software (first frame 472 -> 405 ms, medians).
    layers: [
      ...landLayers(),
      {
        id: 'peru-under-lakes',
        type: 'fill',
        source: tierSource(0),
        minzoom: OPAQUE_UNTIL_ZOOM,
        filter: ['==', ['get', 'layer'], 'peru-under-lakes'],
        paint: fillPaint(BASEMAP_COLOURS.peru),
      },
      {
        id: LAYER.regionsUnderLakes,
        type: 'fill',
        source: tierSource(0),
        filter: ['==', ['get', 'layer'], 'peru-under-lakes'],
        paint: fillPaint(BASEMAP_COLOURS.peru, REGION_OPACITY),
      },
      {
        // Under the choropleth, which turns translucent as one zooms in: Peru stays Peru-coloured beneath it.
        id: 'departments-base',
        type: 'fill',
        source: 'departments',
        minzoom: OPAQUE_UNTIL_ZOOM,
        paint: fillPaint(BASEMAP_COLOURS.peru),
      },
      {
        id: LAYER.regions,
        type: 'fill',
        source: 'departments',
        // The choropleth pales as the reader zooms in to places, so towns and rivers stay readable on it.
        paint: fillPaint(BASEMAP_COLOURS.peru, REGION_OPACITY),
      },
      ...waterLayers(),
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
      ...borderLayers(),
      {
        id: 'departments-label',
        type: 'symbol',
        source: 'departments',
        maxzoom: 10,
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 9, 8, 12],
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.label,
          'text-halo-color': BASEMAP_COLOURS.peru,
          'text-halo-width': 1.2,
          'text-opacity': LABEL_OPACITY,
        },
      },
      ...townLayers(),
      incidentFootprint(),
      {
        id: LAYER.clusters,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: IS_CLUSTER,
        paint: {
          'circle-color': perFeature(BASEMAP_COLOURS.cluster),
          'circle-opacity': 0.88,
          'circle-radius': CLUSTER_RADIUS_NOW_PX,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        // Each digit of a label is a symbol of its own, at its place in the label: the footprint (above) keeps
        // towns' names clear of the bubble, so the digits need not take room in label placement.
        id: LAYER.clusterLabels,
        type: 'symbol',
        source: INCIDENT_SOURCE,
        filter: IS_DIGIT,
        layout: {
          'text-field': ['get', 'digit'],
          'text-font': ['sans-serif'],
          'text-size': CLUSTER_TEXT_PX,
          'text-offset': slotOffsetExpression(digitEm),
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': BASEMAP_COLOURS.clusterText, 'text-opacity': DIGIT_OPACITY },
      },
      {
        id: LAYER.points,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: IS_INCIDENT,
        paint: {
          'circle-color': severityColour,
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
          'circle-color': perFeature('rgba(0,0,0,0)'),
          'circle-radius': ['+', POINT_RADIUS_PX, 4],
          'circle-stroke-color': BASEMAP_COLOURS.selected,
          'circle-stroke-width': 3,
        },
      },
    ],
  };
}

/** The size of the clusters' labels in px. */
const CLUSTER_TEXT_PX = 13;

/** Each digit slot's offset from the cluster's centre (`slotOffsets`), as a `match` on the digit's slot. */
function slotOffsetExpression(digitEm: number): ExpressionSpecification {
  const pairs = slotOffsets(digitEm).flatMap((x, slot) => [slot, ['literal', [x, 0]]]);
  return ['match', ['get', 'slot'], ...pairs, ['literal', [0, 0]]] as unknown as ExpressionSpecification;
}
