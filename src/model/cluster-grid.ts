import type { ClusterPoints } from './cluster-index.ts';

/**
 * One zoom level's grid over a subset of the points: cells in row-major key order, each owning a run of
 * entries sorted by start day with running sums (and, for multi-day incidents, the same sorted by end day).
 * Running sums are Int32: exact up to 2^31 people per cell.
 */
export interface GridPart {
  size: number;
  keys: Float64Array;
  /** Cell c owns entries [offsets[c], offsets[c + 1]). */
  offsets: Int32Array;
  byStart: Int32Array;
  startDays: Int32Array;
  startKilled: Int32Array;
  startInjured: Int32Array;
  /** Null for single-day incidents, whose end day is their start day. */
  ends: { days: Int32Array; killed: Int32Array; injured: Int32Array } | null;
  sumLng: Float64Array;
  sumLat: Float64Array;
}

/** count, killed, injured */
export type GridTotals = [number, number, number];

const RANK = 2 ** 21;

/** Web-Mercator x in [0, 1) of a longitude. */
export function mercatorX(lng: number): number {
  return Math.min(0.999999, Math.max(0, (lng + 180) / 360));
}

/** Web-Mercator y in [0, 1) of a latitude (north is 0). */
export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return Math.min(0.999999, Math.max(0, 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI));
}

/** Members (point indices) ordered by a day array, ties by index, via one typed-array sort. O(m log m). */
function orderByDay(members: Int32Array, days: Int32Array): Int32Array {
  const m = members.length;
  const composite = new Float64Array(m);
  for (let j = 0; j < m; j += 1) composite[j] = (days[members[j] as number] as number) * RANK + j;
  composite.sort();
  const order = new Int32Array(m);
  for (let p = 0; p < m; p += 1) order[p] = members[(composite[p] as number) % RANK] as number;
  return order;
}

/** Sorts member indices (already in day order) by cell key, keeping day order inside each cell. */
function orderByCell(
  dayOrder: Int32Array,
  cellOf: (i: number) => number,
): { order: Int32Array; keys: Float64Array } {
  const m = dayOrder.length;
  const composite = new Float64Array(m);
  for (let rank = 0; rank < m; rank += 1) composite[rank] = cellOf(dayOrder[rank] as number) * RANK + rank;
  composite.sort();
  const order = new Int32Array(m);
  const keys = new Float64Array(m);
  for (let p = 0; p < m; p += 1) {
    const value = composite[p] as number;
    order[p] = dayOrder[value % RANK] as number;
    keys[p] = Math.floor(value / RANK);
  }
  return { order, keys };
}

/**
 * Builds one level's grid (`size` cells per world width) over `members`. O(m log m) with native typed sorts.
 * Supports up to 2^21 members per part.
 */
export function buildPart(
  points: ClusterPoints & { mx: Float64Array; my: Float64Array },
  members: Int32Array,
  size: number,
  withEnds: boolean,
): GridPart {
  if (members.length >= RANK)
    throw new RangeError(`the cluster grid takes at most ${RANK - 1} incidents per part`);
  const cellOf = (i: number) =>
    Math.floor((points.my[i] as number) * size) * size + Math.floor((points.mx[i] as number) * size);
  const byStart = orderByCell(orderByDay(members, points.startDay), cellOf);
  const m = members.length;
  const cellKeys: number[] = [];
  const offsets: number[] = [];
  for (let p = 0; p < m; p += 1) {
    if (p === 0 || byStart.keys[p] !== byStart.keys[p - 1]) {
      cellKeys.push(byStart.keys[p] as number);
      offsets.push(p);
    }
  }
  offsets.push(m);
  const part: GridPart = {
    size,
    keys: Float64Array.from(cellKeys),
    offsets: Int32Array.from(offsets),
    byStart: byStart.order,
    startDays: new Int32Array(m),
    startKilled: new Int32Array(m),
    startInjured: new Int32Array(m),
    ends: null,
    sumLng: new Float64Array(cellKeys.length),
    sumLat: new Float64Array(cellKeys.length),
  };
  fillRuns(
    part.offsets,
    byStart.order,
    points.startDay,
    points,
    part.startDays,
    part.startKilled,
    part.startInjured,
  );
  for (let c = 0; c < cellKeys.length; c += 1) {
    for (let p = part.offsets[c] as number; p < (part.offsets[c + 1] as number); p += 1) {
      const i = byStart.order[p] as number;
      part.sumLng[c] = (part.sumLng[c] as number) + (points.lng[i] as number);
      part.sumLat[c] = (part.sumLat[c] as number) + (points.lat[i] as number);
    }
  }
  if (withEnds) {
    const byEnd = orderByCell(orderByDay(members, points.endDay), cellOf);
    part.ends = { days: new Int32Array(m), killed: new Int32Array(m), injured: new Int32Array(m) };
    fillRuns(
      part.offsets,
      byEnd.order,
      points.endDay,
      points,
      part.ends.days,
      part.ends.killed,
      part.ends.injured,
    );
  }
  return part;
}

/** Writes each cell's days and running sums (restarting at every cell). O(m). */
function fillRuns(
  offsets: Int32Array,
  order: Int32Array,
  dayOf: Int32Array,
  points: ClusterPoints,
  days: Int32Array,
  killed: Int32Array,
  injured: Int32Array,
): void {
  for (let c = 0; c + 1 < offsets.length; c += 1) {
    let k = 0;
    let j = 0;
    for (let p = offsets[c] as number; p < (offsets[c + 1] as number); p += 1) {
      const i = order[p] as number;
      k += points.killed[i] as number;
      j += points.injured[i] as number;
      days[p] = dayOf[i] as number;
      killed[p] = k;
      injured[p] = j;
    }
  }
}

/** The first position in sorted[from, to) holding a value > `value`. O(log). */
function upperBound(sorted: Int32Array, value: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The position of the first key ≥ `key`. O(log c). */
function lowerBoundKey(keys: Float64Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((keys[mid] as number) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The cell with exactly this key, or −1. O(log c). */
export function findCell(part: GridPart, key: number): number {
  const c = lowerBoundKey(part.keys, key);
  return part.keys[c] === key ? c : -1;
}

/** In-range totals of cell c: S_start(≤ to) − S_end(≤ from − 1), by binary search. O(log m). */
export function partTotals(part: GridPart, c: number, fromDay: number, toDay: number): GridTotals {
  const from = part.offsets[c] as number;
  const to = part.offsets[c + 1] as number;
  const ends = part.ends ?? { days: part.startDays, killed: part.startKilled, injured: part.startInjured };
  const s = upperBound(part.startDays, toDay, from, to);
  const e = upperBound(ends.days, fromDay - 1, from, to);
  const at = (values: Int32Array, p: number) => (p > from ? (values[p - 1] as number) : 0);
  return [
    s - e,
    at(part.startKilled, s) - at(ends.killed, e),
    at(part.startInjured, s) - at(ends.injured, e),
  ];
}

/** The point indices of cell c's in-range incidents. O(log m + k) for single-day parts. */
export function partMembers(
  part: GridPart,
  points: ClusterPoints,
  c: number,
  fromDay: number,
  toDay: number,
): number[] {
  const from = part.offsets[c] as number;
  const to = part.offsets[c + 1] as number;
  const last = upperBound(part.startDays, toDay, from, to);
  const first = part.ends ? from : upperBound(part.startDays, fromDay - 1, from, to);
  const members: number[] = [];
  for (let p = first; p < last; p += 1) {
    const i = part.byStart[p] as number;
    if ((points.endDay[i] as number) >= fromDay) members.push(i);
  }
  return members;
}

/** The cells of a part that intersect a bbox, row by row with binary search: O(rows · log c + cells in view). */
export function cellsInView(part: GridPart, bbox: [number, number, number, number]): number[] {
  const [west, south, east, north] = bbox;
  const [x0, y0, x1, y1] = [mercatorX(west), mercatorY(north), mercatorX(east), mercatorY(south)];
  const size = part.size;
  const cells: number[] = [];
  const columnFrom = Math.floor(x0 * size);
  const columnTo = Math.floor(x1 * size);
  for (let row = Math.floor(y0 * size); row <= Math.floor(y1 * size); row += 1) {
    const end = lowerBoundKey(part.keys, row * size + columnTo + 1);
    for (let c = lowerBoundKey(part.keys, row * size + columnFrom); c < end; c += 1) cells.push(c);
  }
  return cells;
}
