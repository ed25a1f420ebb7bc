import type { ExpressionSpecification } from 'maplibre-gl';

/** Cluster bubble radius in px, growing with the square root of its incident count so area tracks count. */
export const CLUSTER_RADIUS_PX: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['sqrt', ['get', 'incidents']],
  1.4,
  14,
  4,
  22,
  10,
  36,
];

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

/** The cluster label: its people killed (the figure readers look for first). */
export const CLUSTER_LABEL: ExpressionSpecification = ['to-string', ['get', 'killed']];
