import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Incident } from '../data/schema.ts';
import type { Violation } from '../data/vocabulary.ts';
import { mostSevereViolation } from './severity.ts';

/** The few properties the map needs per point; the rest stays in the app, looked up by id. */
export interface PointProperties {
  id: string;
  killed: number;
  injured: number;
  severity: Violation;
}

export type PointCollection = FeatureCollection<Point, PointProperties>;

/**
 * Turns incidents into the lean point features handed to the map source: only what styling and clustering
 * need (id, killed, injured, most severe violation), so the map's worker copies as little as possible. O(n).
 */
export function toPointFeatures(incidents: readonly Incident[]): PointCollection {
  const features: Feature<Point, PointProperties>[] = incidents.map((incident) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [incident.lng, incident.lat] },
    properties: {
      id: incident.id,
      killed: incident.killed,
      injured: incident.injured,
      severity: mostSevereViolation(incident.violations),
    },
  }));
  return { type: 'FeatureCollection', features };
}
