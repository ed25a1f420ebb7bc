import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * What each cluster sums from its points, in MapLibre's `[operator, map expression]` form:
 * `killed` and `injured` are the people killed and injured in every incident of the cluster.
 */
export const CLUSTER_PROPERTIES: Record<'killed' | 'injured', [string, ExpressionSpecification]> = {
  killed: ['+', ['get', 'killed']],
  injured: ['+', ['get', 'injured']],
};

/** Cluster bubble radius in px, growing with the square root of its incident count so area tracks count. */
export const CLUSTER_RADIUS_PX: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['sqrt', ['get', 'point_count']],
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
