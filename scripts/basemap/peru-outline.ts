import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from './gmt-lines.ts';
import { segmentDistanceSq } from './simplify.ts';

const CELL_DEG = 0.5;
/** A border vertex this close to Peru's outline (about 6 km) belongs to Peru's border. */
const NEAR_DEG = 0.06;

/** Tests against Peru's departments: is a ring inside Peru, does a border line follow Peru's outline. */
export function createPeruTest(departments: GeoJSON.FeatureCollection) {
  const polygons = departments.features.map(
    (feature) => feature.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon,
  );
  const cells = new Map<string, [Position, Position][]>();
  const cellOf = (lng: number, lat: number) => `${Math.floor(lng / CELL_DEG)},${Math.floor(lat / CELL_DEG)}`;
  for (const geometry of polygons) {
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i += 1) {
        const a = ring[i - 1] as Position;
        const b = ring[i] as Position;
        for (const [lng, lat] of [a, b]) {
          for (const dx of [-1, 0, 1]) {
            for (const dy of [-1, 0, 1]) {
              const cell = cellOf(lng + dx * CELL_DEG, lat + dy * CELL_DEG);
              const list = cells.get(cell) ?? [];
              list.push([a, b]);
              cells.set(cell, list);
            }
          }
        }
      }
    }
  }
  const isNearOutline = (point: Position) =>
    (cells.get(cellOf(point[0], point[1])) ?? []).some(
      ([a, b]) => segmentDistanceSq(point, a, b) < NEAR_DEG * NEAR_DEG,
    );
  return {
    /** Whether the ring's mean vertex lies in a department of Peru. */
    contains(ring: Position[]): boolean {
      const lng = ring.reduce((sum, point) => sum + point[0], 0) / ring.length;
      const lat = ring.reduce((sum, point) => sum + point[1], 0) / ring.length;
      return polygons.some((geometry) => booleanPointInPolygon([lng, lat], geometry));
    },
    /** Whether most of the line's vertices lie on Peru's outline. */
    borders(line: Position[]): boolean {
      const near = line.filter(isNearOutline).length;
      return near * 2 > line.length;
    },
  };
}
