import bbox from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A department polygon from the INEI boundary file (`iso_3166_2`, `name`, `ubigeo`). */
export type DepartmentFeature = Feature<
  Polygon | MultiPolygon,
  { iso_3166_2: string; name: string; ubigeo: string }
>;

/** Finds which department a point lies in. */
export interface DepartmentIndex {
  /** The ISO 3166-2 code of the department containing `[lng, lat]`, or null (sea, lake, abroad). */
  locate(lng: number, lat: number): string | null;
}

/**
 * Indexes department polygons for point-in-polygon look-ups. Each polygon's bounding box is computed once,
 * so a look-up runs Turf's exact test only on the one to three departments whose box holds the point:
 * O(d) box tests plus O(v) for the candidates' vertices.
 */
export function createDepartmentIndex(
  departments: FeatureCollection<Polygon | MultiPolygon, DepartmentFeature['properties']>,
): DepartmentIndex {
  const entries = departments.features.map((feature) => ({ feature, box: bbox(feature) }));
  return {
    locate(lng, lat) {
      for (const { feature, box } of entries) {
        const [west, south, east, north] = box as [number, number, number, number];
        if (lng < west || lng > east || lat < south || lat > north) continue;
        if (booleanPointInPolygon([lng, lat], feature)) return feature.properties.iso_3166_2;
      }
      return null;
    },
  };
}
