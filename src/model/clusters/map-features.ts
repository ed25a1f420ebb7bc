import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Incident } from '../../data/schema.ts';
import type { Violation } from '../../data/vocabulary.ts';
import type { ClusterItem } from './cluster-index.ts';
import { mostSevereViolation } from './severity.ts';

/** A cluster bubble: its grid cell and zoom (to expand it), and what it sums. */
export interface ClusterFeatureProperties {
  kind: 'cluster';
  cell: number;
  zoom: number;
  incidents: number;
  killed: number;
  injured: number;
}

/** One incident: only what styling needs; the rest stays in the app, looked up by id. */
export interface IncidentFeatureProperties {
  kind: 'incident';
  id: string;
  killed: number;
  injured: number;
  severity: Violation;
}

export type MapFeatureProperties = ClusterFeatureProperties | IncidentFeatureProperties;
export type MapFeatureCollection = FeatureCollection<Point, MapFeatureProperties>;

/**
 * Turns the cluster index's output into the lean GeoJSON handed to the map source, `[lng, lat]` order.
 * `incidents` is the array the index was built from (items refer to it by index). O(k) for k items.
 */
export function toMapFeatures(
  items: readonly ClusterItem[],
  incidents: readonly Incident[],
): MapFeatureCollection {
  const features: Feature<Point, MapFeatureProperties>[] = [];
  for (const item of items) {
    if (item.kind === 'cluster') {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [item.lng, item.lat] },
        properties: {
          kind: 'cluster',
          cell: item.cellId,
          zoom: item.zoom,
          incidents: item.incidents,
          killed: item.killed,
          injured: item.injured,
        },
      });
      continue;
    }
    const incident = incidents[item.index];
    if (!incident) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [incident.lng, incident.lat] },
      properties: {
        kind: 'incident',
        id: incident.id,
        killed: incident.killed,
        injured: incident.injured,
        severity: mostSevereViolation(incident.violations),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
