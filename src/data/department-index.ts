import bbox from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A department polygon from the INEI boundary file (`iso_3166_2`, `name`, `ubigeo`). */
export type DepartmentFeature = Feature<
  Polygon | MultiPolygon,
  { iso_3166_2: string; name: string; ubigeo: string }
>;

export type DepartmentCollection = FeatureCollection<Polygon | MultiPolygon, DepartmentFeature['properties']>;

/** Finds which department a point lies in. */
export interface DepartmentIndex {
  /** The ISO 3166-2 code of the department containing `[lng, lat]`, or null (sea, lake, abroad). */
  locate(lng: number, lat: number): string | null;
}

/**
 * Indexes department polygons for point-in-polygon look-ups. Every polygon part (a multipart department such
 * as Lima has several) gets its bounding box in a Flatbush R-tree, so a look-up runs Turf's exact test only
 * on the one to three parts whose box holds the point: O(log p) for p parts plus O(v) for the candidates'
 * vertices. Build O(V) over all vertices.
 */
export function createDepartmentIndex(departments: DepartmentCollection): DepartmentIndex {
  const parts: { iso: string; polygon: Polygon }[] = [];
  for (const feature of departments.features) {
    const { geometry } = feature;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const coordinates of polygons) {
      parts.push({ iso: feature.properties.iso_3166_2, polygon: { type: 'Polygon', coordinates } });
    }
  }
  const tree = new Flatbush(Math.max(1, parts.length));
  for (const { polygon } of parts) {
    // The outer ring bounds the holes, so the polygon's box is its outer ring's.
    const [west, south, east, north] = bbox(polygon);
    tree.add(west, south, east, north);
  }
  if (parts.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();

  return {
    locate(lng, lat) {
      if (parts.length === 0) return null;
      const candidates = tree.search(lng, lat, lng, lat);
      // Flatbush returns candidates in tree order; sort so that a point on a shared border always gets the
      // same department (the first in file order), whatever the tree's shape.
      candidates.sort((a, b) => a - b);
      for (const candidate of candidates) {
        const part = parts[candidate];
        if (part && booleanPointInPolygon([lng, lat], part.polygon)) return part.iso;
      }
      return null;
    },
  };
}

/** Each department's bounding box `[west, south, east, north]` by ISO 3166-2 code, to fit the map to it. O(V). */
export function departmentBoxes(
  departments: DepartmentCollection,
): Map<string, [number, number, number, number]> {
  return new Map(
    departments.features.map((feature) => [
      feature.properties.iso_3166_2,
      bbox(feature).slice(0, 4) as [number, number, number, number],
    ]),
  );
}
