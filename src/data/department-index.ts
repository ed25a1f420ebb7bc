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
 *
 * Past `gridAfter` look-ups (GRID_AFTER unless a test says otherwise: a big file), a grid over the parts' extent
 * answers most of them in O(1): a cell that no ring's edge comes near lies wholly inside or wholly outside each
 * part, so every point in it gets the answer of the first point looked up there (kept per cell); a point in a
 * cell an edge comes near, or off the grid, gets the exact test. Same answers as the exact test; built in
 * O(V + cells).
 */
export function createDepartmentIndex(
  departments: DepartmentCollection,
  { gridAfter = GRID_AFTER }: { gridAfter?: number } = {},
): DepartmentIndex {
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

  const locateExactly = (lng: number, lat: number): string | null => {
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
  };
  let lookups = 0;
  let grid: AnswerGrid | null = null;
  return {
    locate(lng, lat) {
      if (grid) return grid.locate(lng, lat);
      lookups += 1;
      if (lookups > gridAfter && parts.length > 0) {
        grid = createAnswerGrid(parts, tree, locateExactly);
        return grid.locate(lng, lat);
      }
      return locateExactly(lng, lat);
    },
  };
}

/** Look-ups answered exactly before the grid is built: a dataset of the app's size never pays for it. */
export const GRID_AFTER = 20_000;
/** Cells along each side of the grid: about 0.025° × 0.036° (3–4 km) over Peru. */
const GRID_SIDE = 512;

interface AnswerGrid {
  locate(lng: number, lat: number): string | null;
}

/**
 * The grid behind createDepartmentIndex's fast path. A cell is "near an edge" when some ring's edge passes
 * through it or one of its 8 neighbours: each edge is walked in steps of at most half a cell and each step marks
 * its cell and the cells around it, so no cell an edge crosses is missed, with a cell's margin for rounding.
 * O(V + cells) to build, O(1) a look-up in a cell clear of edges once the cell has an answer.
 */
function createAnswerGrid(
  parts: readonly { polygon: Polygon }[],
  tree: Flatbush,
  locateExactly: (lng: number, lat: number) => string | null,
): AnswerGrid {
  const [west, south, east, north] = [tree.minX, tree.minY, tree.maxX, tree.maxY];
  const cellWidth = (east - west) / GRID_SIDE || 1;
  const cellHeight = (north - south) / GRID_SIDE || 1;
  const isNearEdge = new Uint8Array(GRID_SIDE * GRID_SIDE);
  const mark = (lng: number, lat: number) => {
    const column = Math.floor((lng - west) / cellWidth);
    const row = Math.floor((lat - south) / cellHeight);
    for (let r = Math.max(0, row - 1); r <= Math.min(GRID_SIDE - 1, row + 1); r += 1) {
      for (let c = Math.max(0, column - 1); c <= Math.min(GRID_SIDE - 1, column + 1); c += 1) {
        isNearEdge[r * GRID_SIDE + c] = 1;
      }
    }
  };
  for (const { polygon } of parts) {
    for (const ring of polygon.coordinates) {
      // Every edge, the closing one too (none when the ring repeats its first point, as GeoJSON's do).
      for (let i = 0; i < ring.length; i += 1) {
        const [x0 = 0, y0 = 0] = ring[i] as number[];
        const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length] as number[];
        const steps = Math.ceil(2 * Math.max(Math.abs(x1 - x0) / cellWidth, Math.abs(y1 - y0) / cellHeight));
        // An edge that cannot be walked (a coordinate that is not a number) could cross any cell.
        if (!Number.isFinite(steps)) return { locate: locateExactly };
        for (let step = 0; step <= steps; step += 1) {
          const t = steps === 0 ? 0 : step / steps;
          mark(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
        }
      }
    }
  }
  // Per cell clear of edges: 0 unknown yet, 1 no department, k + 2 the k-th department code met.
  const answers = new Int32Array(GRID_SIDE * GRID_SIDE);
  const codes: string[] = [];
  return {
    locate(lng, lat) {
      // Written so that NaN fails the test and goes to the exact look-up.
      if (!(lng >= west && lng < east && lat >= south && lat < north)) return locateExactly(lng, lat);
      const cell =
        Math.min(GRID_SIDE - 1, Math.floor((lat - south) / cellHeight)) * GRID_SIDE +
        Math.min(GRID_SIDE - 1, Math.floor((lng - west) / cellWidth));
      if (isNearEdge[cell] === 1) return locateExactly(lng, lat);
      const known = answers[cell] as number;
      if (known === 1) return null;
      if (known > 1) return codes[known - 2] as string;
      const found = locateExactly(lng, lat);
      if (found === null) answers[cell] = 1;
      else {
        let code = codes.indexOf(found);
        if (code < 0) code = codes.push(found) - 1;
        answers[cell] = code + 2;
      }
      return found;
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
