/**
 * Square Web-Mercator grid cells named by Morton (Z-order) keys. A cell's key interleaves the bits of its
 * column x and row y, so the four children of cell K at the next zoom are exactly the keys 4K … 4K + 3, the
 * parent of K is ⌊K / 4⌋, and every cell's descendants form one contiguous run of keys. Keys are whole
 * numbers below 2^52, exact in a double; columns and rows therefore take at most 26 bits.
 */

/** Columns and rows must be below 2^GRID_BITS. */
export const GRID_BITS = 26;

const HALF_BITS = 13;
const HALF_MASK = (1 << HALF_BITS) - 1;
const LOW_SPAN = 2 ** (2 * HALF_BITS);
const MAX_LATITUDE = 85.0511287798066;

/** x of a longitude in Web-Mercator world units, 0 at 180° W to 1 at 180° E (clamped). O(1). */
export function mercatorX(lng: number): number {
  return Math.min(1, Math.max(0, (lng + 180) / 360));
}

/** y of a latitude in Web-Mercator units, 0 at the north edge (≈ 85.05° N) to 1 at the south (clamped). O(1). */
export function mercatorY(lat: number): number {
  const clamped = Math.min(MAX_LATITUDE, Math.max(-MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return Math.min(1, Math.max(0, y));
}

/** The column (or row) holding world coordinate `unit` ∈ [0, 1] in a grid of `size` cells a side. O(1). */
export function cellCoordinate(unit: number, size: number): number {
  return Math.min(size - 1, Math.floor(unit * size));
}

/** Spreads the low 13 bits of v to the even bit positions 0, 2, …, 24. */
function spread(v: number): number {
  let bits = v & HALF_MASK;
  bits = (bits | (bits << 8)) & 0x00ff00ff;
  bits = (bits | (bits << 4)) & 0x0f0f0f0f;
  bits = (bits | (bits << 2)) & 0x33333333;
  bits = (bits | (bits << 1)) & 0x55555555;
  return bits;
}

/** Gathers the even bits 0, 2, …, 24 of v back into 13 bits. Inverse of spread. */
function compact(v: number): number {
  let bits = v & 0x55555555;
  bits = (bits | (bits >>> 1)) & 0x33333333;
  bits = (bits | (bits >>> 2)) & 0x0f0f0f0f;
  bits = (bits | (bits >>> 4)) & 0x00ff00ff;
  bits = (bits | (bits >>> 8)) & 0x0000ffff;
  return bits;
}

/** The low 26 bits of the Morton key of column x, row y (bits 0–12 of each interleaved). O(1). */
export function mortonLow(x: number, y: number): number {
  return spread(x) | (spread(y) << 1);
}

/** The Morton key's bits above 2^26 (bits 13–25 of x and y interleaved). O(1). */
export function mortonHigh(x: number, y: number): number {
  return spread(x >>> HALF_BITS) | (spread(y >>> HALF_BITS) << 1);
}

/** The Morton key of column x and row y, each in [0, 2^26). O(1). */
export function mortonKey(x: number, y: number): number {
  return mortonHigh(x, y) * LOW_SPAN + mortonLow(x, y);
}

/** The column of a Morton key. O(1). */
export function mortonX(key: number): number {
  const high = Math.floor(key / LOW_SPAN);
  return compact(key - high * LOW_SPAN) | (compact(high) << HALF_BITS);
}

/** The row of a Morton key. O(1). */
export function mortonY(key: number): number {
  const high = Math.floor(key / LOW_SPAN);
  return compact((key - high * LOW_SPAN) >>> 1) | (compact(high >>> 1) << HALF_BITS);
}

/**
 * Deepest-zoom cells of many points: Morton keys, and the keys' low 32 bits and the bits above, to radix
 * sort by (the high part is 0 for grids up to 2^16 cells a side, and that sort pass is skipped).
 */
export interface PointCells {
  key: Float64Array;
  low: Uint32Array;
  high: Uint32Array;
}

/**
 * The cells of points `[lng[i], lat[i]]` in a grid of `size` (≤ 2^26) cells a side. One loop in this module,
 * so no per-point call crosses a module boundary. O(n).
 */
export function pointCells(lng: Float64Array, lat: Float64Array, size: number): PointCells {
  const n = lng.length;
  const cells: PointCells = { key: new Float64Array(n), low: new Uint32Array(n), high: new Uint32Array(n) };
  for (let i = 0; i < n; i += 1) {
    const x = cellCoordinate(mercatorX(lng[i] as number), size);
    const y = cellCoordinate(mercatorY(lat[i] as number), size);
    const key = mortonHigh(x, y) * LOW_SPAN + mortonLow(x, y);
    const high = Math.floor(key / 2 ** 32);
    cells.key[i] = key;
    cells.high[i] = high;
    cells.low[i] = key - high * 2 ** 32;
  }
  return cells;
}
