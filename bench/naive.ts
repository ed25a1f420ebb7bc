import turfBbox from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Supercluster from 'supercluster';
import type { DepartmentFeature } from '../src/data/department-index.ts';
import type { Incident } from '../src/data/schema.ts';
import type { Totals } from '../src/model/time/totals.ts';

/** The department polygons; withBoxes adds each one's bbox, so Turf skips it with one box test. */
export type Departments = FeatureCollection<Polygon | MultiPolygon, DepartmentFeature['properties']>;

/** What one naive update produces: what ours produces, in the shapes a simple app would use. */
export interface NaiveResult {
  totals: Totals;
  byDepartment: Map<string, Totals>;
  clusters: ReturnType<Supercluster['getClusters']>;
}

/**
 * One timeline update as other timemaps do it, with nothing kept between updates: filter every incident by
 * date overlap (ISO strings compared as text, the cheapest filter there is), find each in-range incident's
 * department with Turf point-in-polygon, and re-cluster the in-range points with supercluster (MapLibre's
 * defaults: radius 50, max zoom 14), then read the clusters for the view. O(n + k · d · v + k log k).
 */
export function naiveUpdate(
  incidents: readonly Incident[],
  departments: Departments,
  query: { fromIso: string; toIso: string; zoom: number; bbox: [number, number, number, number] },
): NaiveResult {
  const inRange = incidents.filter(
    (incident) => incident.date <= query.toIso && (incident.end_date ?? incident.date) >= query.fromIso,
  );
  const totals: Totals = { killed: 0, injured: 0, incidents: 0 };
  const byDepartment = new Map<string, Totals>();
  for (const incident of inRange) {
    add(totals, incident);
    const found = departments.features.find((feature: Feature<Polygon | MultiPolygon>) =>
      booleanPointInPolygon([incident.lng, incident.lat], feature),
    );
    const code = found?.properties?.iso_3166_2 ?? 'none';
    const department = byDepartment.get(code) ?? { killed: 0, injured: 0, incidents: 0 };
    add(department, incident);
    byDepartment.set(code, department);
  }
  const index = new Supercluster({ radius: 50, maxZoom: 14 });
  index.load(
    inRange.map((incident) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [incident.lng, incident.lat] },
      properties: { killed: incident.killed, injured: incident.injured },
    })),
  );
  return { totals, byDepartment, clusters: index.getClusters(query.bbox, query.zoom) };
}

function add(totals: Totals, incident: Incident): void {
  totals.killed += incident.killed;
  totals.injured += incident.injured;
  totals.incidents += 1;
}

/** The departments with a bbox on each feature, computed once at load as a Turf user would. O(v). */
export function withBoxes(departments: Departments): Departments {
  return {
    ...departments,
    features: departments.features.map((feature) => ({ ...feature, bbox: turfBbox(feature) })),
  };
}
