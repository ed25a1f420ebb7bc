import type {
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import { BASEMAP_COLOURS } from '../theme/colours.ts';
import { TIERS, type Tier } from './basemap-tiers.ts';
import { CLUSTER_RADIUS_PX, POINT_RADIUS_PX } from './cluster-properties.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The source id of a basemap tier; only the first is loaded with the style, the others on zooming in. */
export const tierSource = (index: number) => `basemap-${index}`;

const isLayer = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];

/**
 * `value` for every feature, written as a per-feature expression (both branches equal). MapLibre compiles one
 * shader for each mix of per-feature and per-layer paint properties of a layer type; SwiftShader (a phone or a
 * machine without a usable GPU) takes 0.1–0.3 s to compile each at first use, during the first frames. With
 * every fill colouring per feature, every circle sizing and colouring per feature and every line sized per
 * layer, the opening view needs one shader per layer type instead of two or three.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', 'layer'], value, value];
}

/**
 * Every label's opacity, per feature (see perFeature): the clusters' digits take theirs from feature state, so
 * with town and department names per feature too, all text shares one shader, compiled once (about 0.1 s of
 * the GPU's time where it is software, measured at the first frame).
 */
export const LABEL_OPACITY = perFeature(1);

/** Fills: coloured per feature (see perFeature) and not antialiased, which would take a second shader. */
export function fillPaint(
  colour: string | ExpressionSpecification,
  opacity?: number | ExpressionSpecification,
): FillLayerSpecification['paint'] {
  return {
    'fill-color': typeof colour === 'string' ? perFeature(colour) : colour,
    'fill-antialias': false,
    ...(opacity === undefined ? {} : { 'fill-opacity': opacity }),
  };
}

/**
 * One source per tier: the overview as data when the page has read it (else its URL), the detail files empty
 * until the map asks for them.
 */
export function basemapSources(
  baseUrl: string,
  overview: GeoJSON.FeatureCollection | null = null,
): Record<string, SourceSpecification> {
  return Object.fromEntries(
    TIERS.map((tier, index) => [
      tierSource(index),
      {
        type: 'geojson',
        data: index === 0 ? (overview ?? new URL(`basemap/${tier.file}`, baseUrl).href) : EMPTY,
      },
    ]),
  );
}

const zooms = (tier: Tier) => ({ minzoom: tier.fromZoom, maxzoom: tier.untilZoom });

/** Land, under Peru's departments. */
export function landLayers(): LayerSpecification[] {
  return TIERS.map((tier, index) => ({
    id: `land-${index}`,
    type: 'fill',
    source: tierSource(index),
    ...zooms(tier),
    filter: isLayer('land'),
    paint: fillPaint(BASEMAP_COLOURS.land),
  }));
}

/** Lakes in the sea's colour, islands in them, rivers: over the departments' fill, under their lines. */
export function waterLayers(): LayerSpecification[] {
  return TIERS.flatMap((tier, index): LayerSpecification[] => [
    {
      id: `lakes-${index}`,
      type: 'fill',
      source: tierSource(index),
      ...zooms(tier),
      filter: isLayer('lake'),
      paint: fillPaint(BASEMAP_COLOURS.sea),
    },
    {
      id: `lake-islands-${index}`,
      type: 'fill',
      source: tierSource(index),
      ...zooms(tier),
      filter: isLayer('island'),
      paint: fillPaint(['case', ['get', 'peru'], BASEMAP_COLOURS.peru, BASEMAP_COLOURS.land]),
    },
    {
      id: `rivers-${index}`,
      type: 'line',
      source: tierSource(index),
      ...zooms(tier),
      filter: isLayer('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': BASEMAP_COLOURS.river, 'line-width': riverWidth(tier) },
    },
  ]);
}

/**
 * A river's width by zoom: per layer where the tier has major rivers only (the overview, so the opening view's
 * lines share one shader), else per feature too, by level.
 */
function riverWidth(tier: Tier): ExpressionSpecification {
  if (tier.riverLevels.length === 1) return ['interpolate', ['linear'], ['zoom'], 4, 0.9, 10, 2.2];
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['match', ['get', 'level'], 1, 0.9, 0.5],
    10,
    ['match', ['get', 'level'], 1, 2.2, 2, 1.6, 1.1],
  ];
}

/**
 * National borders over the departments' lines, Peru's heavier: two layers with a width each rather than one
 * with a width per feature, which would take a shader of its own.
 */
export function borderLayers(): LayerSpecification[] {
  return TIERS.flatMap((tier, index): LayerSpecification[] =>
    [false, true].map((isPeru) => ({
      id: isPeru ? `borders-peru-${index}` : `borders-${index}`,
      type: 'line',
      source: tierSource(index),
      ...zooms(tier),
      filter: ['all', isLayer('border'), ['==', ['get', 'peru'], isPeru]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP_COLOURS.border, 'line-width': isPeru ? 1.6 : 0.8 },
    })),
  );
}

/** The zoom from which towns of each rank are labelled: department capitals at once, provincial ones at 7. */
export const TOWN_MIN_ZOOM = { 1: 0, 2: 7, 3: 9 } as const;

/** Which tier's file holds towns of which rank, topmost (placed first) last: `[rank, tier index]`. */
const TOWN_SOURCES: [1 | 2 | 3, number][] = ([3, 2, 1] as const).flatMap((rank) =>
  TIERS.flatMap((tier, index) =>
    tier.townRanks.includes(rank) ? [[rank, index] as [1 | 2 | 3, number]] : [],
  ),
);

/** The town label layers, for reading which names are on screen. */
export const TOWN_LAYERS = TOWN_SOURCES.map(([rank, index]) => `town-labels-${rank}-${index}`);

/**
 * Town dots and names, capitals placed first, larger towns before smaller (MapLibre places the topmost layer
 * first and drops any label that would overlap one already placed). The overview's capitals show at every zoom;
 * a detail file's towns only at its own zooms, so a reader opening a close view never fetches the tier above.
 */
export function townLayers(): LayerSpecification[] {
  return TOWN_SOURCES.flatMap(([rank, index]): LayerSpecification[] => {
    const tier = TIERS[index] as Tier;
    const source = tierSource(index);
    const range = {
      minzoom: Math.max(TOWN_MIN_ZOOM[rank], tier.fromZoom),
      maxzoom: index === 0 ? 24 : tier.untilZoom,
    };
    const filter: FilterSpecification = ['all', isLayer('town'), ['==', ['get', 'rank'], rank]];
    const base = rank === 1 ? 12 : rank === 2 ? 11 : 10.5;
    return [
      {
        id: `town-dots-${rank}-${index}`,
        type: 'circle',
        source,
        ...range,
        filter,
        paint: {
          'circle-color': perFeature(BASEMAP_COLOURS.town),
          'circle-radius': perFeature(rank === 1 ? 2.6 : 2),
          'circle-stroke-color': BASEMAP_COLOURS.peru,
          'circle-stroke-width': 0.8,
        },
      },
      {
        id: `town-labels-${rank}-${index}`,
        type: 'symbol',
        source,
        ...range,
        filter,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, base, 11, base + 2],
          // Beside the dot if there is room; else above or below an incident bubble that covers the town.
          'text-variable-anchor-offset': [
            'left',
            [0.5, 0],
            'right',
            [-0.5, 0],
            'top',
            [0, 0.4],
            'bottom',
            [0, -0.4],
            'top',
            [0, 1.6],
            'bottom',
            [0, -1.6],
          ],
          'text-justify': 'auto',
          'text-padding': 3,
          'text-max-width': 9,
          'symbol-sort-key': ['-', ['get', 'population']],
        },
        paint: {
          'text-color': rank === 1 ? BASEMAP_COLOURS.townCapital : BASEMAP_COLOURS.town,
          'text-halo-color': BASEMAP_COLOURS.peru,
          'text-halo-width': 1.4,
          'text-opacity': LABEL_OPACITY,
        },
      },
    ];
  });
}

/** An image of 2 × 2 transparent pixels: a collision box for symbols, never seen. */
export const BLANK_IMAGE = 'blank';

/**
 * Invisible icons the size of each incident bubble, above the towns: MapLibre places them first, so no town
 * name is drawn under a cluster or an incident (circles alone take no room in label placement).
 */
export function incidentFootprint(): LayerSpecification {
  const radius = ['case', ['==', ['get', 'kind'], 'cluster'], CLUSTER_RADIUS_PX, POINT_RADIUS_PX];
  return {
    id: 'incident-footprint',
    type: 'symbol',
    source: 'incidents',
    // Bubbles only: the same source holds the clusters' label digits (incident-layout.ts).
    filter: ['!=', ['get', 'kind'], 'digit'],
    layout: {
      'icon-image': BLANK_IMAGE,
      'icon-size': radius as ExpressionSpecification,
      'icon-allow-overlap': true,
      'icon-padding': 0,
    },
    paint: { 'icon-opacity': 0 },
  };
}
