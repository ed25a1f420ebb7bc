import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A cluster's figure as shown now: its feature state, set when the timeline or a filter changed it without a
 * new layout (incident-layout.ts), else the property it was laid out with. Paint properties only: layout
 * properties cannot read feature state.
 */
export function figureNow(name: 'incidents' | 'killed' | 'injured'): ExpressionSpecification {
  return ['coalesce', ['feature-state', name], ['get', name]];
}

/** Cluster bubble radius in px for `incidents`, growing with its square root so area tracks count. */
function clusterRadius(incidents: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', incidents], 1.4, 14, 4, 22, 10, 36];
}

/** Cluster bubble radius in px as laid out (for layout properties, such as the footprint's icon size). */
export const CLUSTER_RADIUS_PX = clusterRadius(['get', 'incidents']);

/** Cluster bubble radius in px as shown now (paint). */
export const CLUSTER_RADIUS_NOW_PX = clusterRadius(figureNow('incidents'));

/** Single-incident radius in px, by the square root of people killed plus injured (0 → 5 px, 100 → 25 px). */
export const POINT_RADIUS_PX: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['sqrt', ['+', ['get', 'killed'], ['get', 'injured']]],
  0,
  5,
  1,
  7,
  10,
  25,
];

/** A digit of a cluster label (incident-layout.ts) shows when its state, else its layout, says so. */
export const DIGIT_OPACITY: ExpressionSpecification = [
  'case',
  ['to-boolean', ['coalesce', ['feature-state', 'on'], ['get', 'on']]],
  1,
  0,
];
