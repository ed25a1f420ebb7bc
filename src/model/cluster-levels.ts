import type { ClusterPoints } from './cluster-index.ts';
import {
  accumulate,
  addAtMost,
  type BinnedCells,
  type BinSource,
  binPoints,
  type DayBins,
  mergeToParents,
} from './day-bins.ts';
import { cellCoordinate, mercatorX, mercatorY, mortonHigh, mortonLow } from './grid-cells.ts';
import { identityOrder, sortByKey } from './radix-order.ts';
import { buildRangeMax, type RangeMax } from './range-max.ts';

/**
 * One zoom of the cluster grid. Every cell keeps bins of all its incidents by start day; cells holding
 * multi-day incidents also keep bins of just those, by start day and by end day. An incident overlaps the
 * inclusive range [from, to] iff start ≤ to and end ≥ from, so a cell's in-range totals are
 *   all(start ≤ to) − all(start ≤ from − 1) + multi(start ≤ from − 1) − multi(end ≤ from − 1):
 * those starting inside the range, plus the multi-day ones that started before it and are still running.
 */
export interface ClusterLevel {
  zoom: number;
  /** Cells a side of the world at this zoom. */
  size: number;
  keys: Float64Array;
  bins: DayBins;
  sumLng: Float64Array;
  sumLat: Float64Array;
  /** For each cell, its index in multiStarts/multiEnds, or −1 when it holds no multi-day incident. */
  multiOf: Int32Array;
  multiStarts: DayBins;
  multiEnds: DayBins;
}

/**
 * The incidents of each cell at the deepest zoom, to name single incidents: single-day ones sorted by start
 * day, and multi-day ones sorted by start day with a range-maximum table over their end days.
 */
export interface LeafLists {
  singleOffsets: Int32Array;
  singles: Int32Array;
  singleStarts: Int32Array;
  multiOffsets: Int32Array;
  multis: Int32Array;
  multiStarts: Int32Array;
  multiEnds: Int32Array;
  multiReach: RangeMax;
}

/**
 * Builds the grid for zooms 0..maxZoom with `base` · 2^zoom cells a side: one radix sort of the points by
 * (deepest cell, start day), bins at the deepest zoom, then each coarser zoom merged from the one below.
 * O(n + Σ bins) time; typed arrays only.
 */
export function buildClusterLevels(
  points: ClusterPoints,
  maxZoom: number,
  base: number,
): { levels: ClusterLevel[]; leaf: LeafLists } {
  const n = points.lng.length;
  const leafSize = base * 2 ** maxZoom;
  const cellKey = new Float64Array(n);
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  let firstDay = n > 0 ? Number.POSITIVE_INFINITY : 0;
  for (let i = 0; i < n; i += 1) {
    const x = cellCoordinate(mercatorX(points.lng[i] as number), leafSize);
    const y = cellCoordinate(mercatorY(points.lat[i] as number), leafSize);
    low[i] = mortonLow(x, y);
    high[i] = mortonHigh(x, y);
    cellKey[i] = (high[i] as number) * 2 ** 26 + (low[i] as number);
    firstDay = Math.min(firstDay, points.startDay[i] as number);
  }
  const dayKey = (days: Int32Array) => Uint32Array.from(days, (day) => day - firstDay);
  const byCell = (order: Int32Array, days: Int32Array) =>
    sortByKey(sortByKey(sortByKey(order, dayKey(days)), low), high);

  const isMulti = (i: number) => (points.endDay[i] as number) > (points.startDay[i] as number);
  const order = byCell(identityOrder(n), points.startDay);
  const multiByStart = order.filter(isMulti);
  const multiByEnd = byCell(Int32Array.from(multiByStart).sort(), points.endDay);
  const source = (day: Int32Array, weights: Float64Array[]): BinSource => ({
    cellKey,
    day,
    killed: points.killed,
    injured: points.injured,
    weights,
  });
  const all = pyramid(binPoints(order, source(points.startDay, [points.lng, points.lat])), maxZoom);
  const starts = pyramid(binPoints(multiByStart, source(points.startDay, [])), maxZoom);
  const ends = pyramid(binPoints(multiByEnd, source(points.endDay, [])), maxZoom);

  const levels = all.map((cells, zoom): ClusterLevel => {
    const multiCells = starts[zoom] as BinnedCells;
    return {
      zoom,
      size: base * 2 ** zoom,
      keys: cells.keys,
      bins: cells.bins,
      sumLng: cells.sums[0] as Float64Array,
      sumLat: cells.sums[1] as Float64Array,
      multiOf: matchKeys(cells.keys, multiCells.keys),
      multiStarts: multiCells.bins,
      multiEnds: (ends[zoom] as BinnedCells).bins,
    };
  });
  const leafKeys = (all[maxZoom] as BinnedCells).keys;
  return { levels, leaf: buildLeafLists(order, multiByStart, cellKey, leafKeys, points) };
}

/** Zooms 0..maxZoom from the deepest one, bins accumulated. O(Σ bins). */
function pyramid(deepest: BinnedCells, maxZoom: number): BinnedCells[] {
  const levels: BinnedCells[] = [deepest];
  for (let zoom = maxZoom - 1; zoom >= 0; zoom -= 1) levels.unshift(mergeToParents(levels[0] as BinnedCells));
  for (const level of levels) accumulate(level.bins);
  return levels;
}

/** For each key of `keys`, its position in the sorted `subset`, or −1. O(c + s). */
function matchKeys(keys: Float64Array, subset: Float64Array): Int32Array {
  const positions = new Int32Array(keys.length).fill(-1);
  let s = 0;
  for (let c = 0; c < keys.length && s < subset.length; c += 1) {
    while (s < subset.length && (subset[s] as number) < (keys[c] as number)) s += 1;
    if (subset[s] === keys[c]) positions[c] = s;
  }
  return positions;
}

/** Splits the (cell, start day)-sorted points into per-leaf-cell lists of single- and multi-day ones. O(n). */
function buildLeafLists(
  order: Int32Array,
  multiByStart: Int32Array,
  cellKey: Float64Array,
  leafKeys: Float64Array,
  points: ClusterPoints,
): LeafLists {
  const singles = order.filter((i) => (points.endDay[i] as number) <= (points.startDay[i] as number));
  const offsetsOf = (list: Int32Array) => {
    const offsets = new Int32Array(leafKeys.length + 1);
    let c = 0;
    for (let p = 0; p < list.length; p += 1) {
      const key = cellKey[list[p] as number] as number;
      while ((leafKeys[c] as number) < key) offsets[++c] = p;
    }
    while (c < leafKeys.length) offsets[++c] = list.length;
    return offsets;
  };
  const multiEnds = Int32Array.from(multiByStart, (i) => points.endDay[i] as number);
  return {
    singleOffsets: offsetsOf(singles),
    singles,
    singleStarts: Int32Array.from(singles, (i) => points.startDay[i] as number),
    multiOffsets: offsetsOf(multiByStart),
    multis: multiByStart,
    multiStarts: Int32Array.from(multiByStart, (i) => points.startDay[i] as number),
    multiEnds,
    multiReach: buildRangeMax(multiEnds),
  };
}

/** Writes cell c's in-range (count, killed, injured) into out. O(log b) for b bins in the cell. */
export function cellTotals(
  level: ClusterLevel,
  c: number,
  fromDay: number,
  toDay: number,
  out: Float64Array,
): void {
  out.fill(0);
  addAtMost(level.bins, c, toDay, 1, out);
  addAtMost(level.bins, c, fromDay - 1, -1, out);
  const m = level.multiOf[c] as number;
  if (m < 0) return;
  addAtMost(level.multiStarts, m, fromDay - 1, 1, out);
  addAtMost(level.multiEnds, m, fromDay - 1, -1, out);
}

/** Calls visit with every in-range incident of leaf cell c. O(log m + k) for k incidents. */
export function visitLeafMembers(
  leaf: LeafLists,
  c: number,
  fromDay: number,
  toDay: number,
  visit: (index: number) => void,
): void {
  const singlesEnd = leaf.singleOffsets[c + 1] as number;
  const firstSingle = upperBound(leaf.singleStarts, fromDay - 1, leaf.singleOffsets[c] as number, singlesEnd);
  const lastSingle = upperBound(leaf.singleStarts, toDay, firstSingle, singlesEnd);
  for (let p = firstSingle; p < lastSingle; p += 1) visit(leaf.singles[p] as number);
  const multisStart = leaf.multiOffsets[c] as number;
  const lastMulti = upperBound(leaf.multiStarts, toDay, multisStart, leaf.multiOffsets[c + 1] as number);
  leaf.multiReach.reportAtLeast(multisStart, lastMulti, fromDay, (p) => visit(leaf.multis[p] as number));
}

/** The first position in sorted[from, to) holding a value > `value`. O(log(to − from)). */
export function upperBound(sorted: Int32Array, value: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
