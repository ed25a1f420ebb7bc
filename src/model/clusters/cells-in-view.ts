import { bisectLeft } from 'd3-array';
import { cellCoordinate, mercatorX, mercatorY, mortonKey, mortonX, mortonY } from './grid-cells.ts';

/** A bounding box `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

/** Coarse cover: the view is tiled by at most this many coarser cells a side before scanning key runs. */
const COVER_CELLS = 8;

/**
 * Calls `visit(c)` for every position c of the sorted Morton `keys` (a grid of `size` cells a side) whose
 * cell intersects the bbox, edges included. Longitudes are clamped to ±180° and latitudes to the Web-Mercator
 * limit; a bbox with west > east crosses the antimeridian and is visited as two boxes; a bbox at least 360°
 * wide is the whole width. NaN coordinates visit nothing.
 *
 * The view is covered by ≤ 9 × 9 coarser cells, each a contiguous run of keys found by binary search, and
 * cells of a run outside the view are skipped: O(81 log c + cells in the cover), the cover being at most
 * about 2.25 times the view's area.
 */
export function visitCellsInView(
  keys: Float64Array,
  size: number,
  bbox: Bbox,
  visit: (c: number) => void,
): void {
  const [west, south, east, north] = bbox;
  if ([west, south, east, north].some(Number.isNaN) || south > north) return;
  if (east - west >= 360) visitBox(keys, size, -180, south, 180, north, visit);
  else if (west > east) {
    visitBox(keys, size, west, south, 180, north, visit);
    visitBox(keys, size, -180, south, east, north, visit);
  } else visitBox(keys, size, west, south, east, north, visit);
}

function visitBox(
  keys: Float64Array,
  size: number,
  west: number,
  south: number,
  east: number,
  north: number,
  visit: (c: number) => void,
): void {
  const x0 = cellCoordinate(mercatorX(west), size);
  const x1 = cellCoordinate(mercatorX(east), size);
  const y0 = cellCoordinate(mercatorY(north), size);
  const y1 = cellCoordinate(mercatorY(south), size);
  let shift = 0;
  while (Math.max(x1 - x0, y1 - y0) + 1 > COVER_CELLS * 2 ** shift) shift += 1;
  const run = 4 ** shift;
  for (let cy = Math.floor(y0 / 2 ** shift); cy <= Math.floor(y1 / 2 ** shift); cy += 1) {
    for (let cx = Math.floor(x0 / 2 ** shift); cx <= Math.floor(x1 / 2 ** shift); cx += 1) {
      const first = mortonKey(cx, cy) * run;
      const end = first + run;
      for (let c = bisectLeft(keys, first); c < keys.length && (keys[c] as number) < end; c += 1) {
        const x = mortonX(keys[c] as number);
        const y = mortonY(keys[c] as number);
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1) visit(c);
      }
    }
  }
}
