import bbox from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

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
    const [west, south, east, north] = ringBox(polygon.coordinates[0] ?? []);
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

/** The box `[west, south, east, north]` of a ring (the outer ring bounds its holes). O(v). */
function ringBox(ring: readonly Position[]): [number, number, number, number] {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const [lng = 0, lat = 0] of ring) {
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [west, south, east, north];
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
