import { bisectRight } from 'd3-array';
import {
  accumulate,
  addAtMost,
  type BinnedCells,
  type BinSource,
  binPoints,
  type DayBins,
  mergeToParents,
} from '../time/day-bins.ts';
import { identityOrder, offsetKeys, sortByKey } from '../time/radix-order.ts';
import { buildRangeMaxLevels, type RangeMax, rangeMaxFrom } from '../time/range-max.ts';
import type { ClusterPoints } from './cluster-index.ts';
import { pointCells } from './grid-cells.ts';

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
 * The incidents of each cell at the deepest zoom, to name single incidents: all of them by (cell, start day),
 * and the multi-day ones again by (cell, start day) with a range-maximum table over their end days.
 */
export interface LeafLists {
  /** Leaf cell c's incidents are order[pointOffsets[c] … pointOffsets[c + 1]), by start day. */
  pointOffsets: Int32Array;
  order: Int32Array;
  /** The start day at each position of order. */
  pointStarts: Int32Array;
  /** The leaf level's multiOf: leaf cell → multi-day cell, or −1. */
  multiOf: Int32Array;
  /** Multi-day cell m's incidents are multis[multiOffsets[m] … multiOffsets[m + 1]), by start day. */
  multiOffsets: Int32Array;
  multis: Int32Array;
  multiStarts: Int32Array;
  multiEnds: Int32Array;
  /** The range-maximum table over multiEnds, as data (see buildRangeMaxLevels) and as the queries use it. */
  multiReachLevels: Int32Array[];
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
  const { key: cellKey, low, high } = pointCells(points.lng, points.lat, leafSize);
  let firstDay = n > 0 ? Number.POSITIVE_INFINITY : 0;
  const isMulti = new Uint8Array(n);
  let multiCount = 0;
  for (let i = 0; i < n; i += 1) {
    firstDay = Math.min(firstDay, points.startDay[i] as number);
    if ((points.endDay[i] as number) > (points.startDay[i] as number)) {
      isMulti[i] = 1;
      multiCount += 1;
    }
  }
  const byCell = (order: Int32Array, dayKeys: Uint32Array) =>
    sortByKey(sortByKey(sortByKey(order, dayKeys), low), high);
  const order = byCell(identityOrder(n), offsetKeys(points.startDay, firstDay));
  const multiByStart = new Int32Array(multiCount);
  for (let p = 0, m = 0; p < n; p += 1)
    if (isMulti[order[p] as number] === 1) multiByStart[m++] = order[p] as number;
  const multiByEnd = byCell(multiByStart.slice().sort(), offsetKeys(points.endDay, firstDay, multiByStart));
  const source = (day: Int32Array, weights: Float64Array[]): BinSource => ({
    cellKey,
    day,
    killed: points.killed,
    injured: points.injured,
    weights,
  });
  const allLeaf = binPoints(order, source(points.startDay, [points.lng, points.lat]));
  const startsLeaf = binPoints(multiByStart, source(points.startDay, []));
  const all = pyramid(allLeaf.cells, maxZoom);
  const starts = pyramid(startsLeaf.cells, maxZoom);
  const ends = pyramid(binPoints(multiByEnd, source(points.endDay, [])).cells, maxZoom);

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
  const multiEnds = new Int32Array(multiCount);
  for (let m = 0; m < multiCount; m += 1) multiEnds[m] = points.endDay[multiByStart[m] as number] as number;
  const multiReachLevels = buildRangeMaxLevels(multiEnds);
  const leaf: LeafLists = {
    pointOffsets: allLeaf.pointOffsets,
    order,
    pointStarts: allLeaf.pointDays,
    multiOf: (levels[maxZoom] as ClusterLevel).multiOf,
    multiOffsets: startsLeaf.pointOffsets,
    multis: multiByStart,
    multiStarts: startsLeaf.pointDays,
    multiEnds,
    multiReachLevels,
    multiReach: rangeMaxFrom(multiEnds, multiReachLevels),
  };
  return { levels, leaf };
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

/**
 * Calls visit with every in-range incident of leaf cell c: those starting in the range (a binary search in
 * the cell's start days), then the multi-day ones that started earlier and run into it (the range-maximum
 * table). O(log m + k) for k incidents.
 */
export function visitLeafMembers(
  leaf: LeafLists,
  c: number,
  fromDay: number,
  toDay: number,
  visit: (index: number) => void,
): void {
  const end = leaf.pointOffsets[c + 1] as number;
  const first = bisectRight(leaf.pointStarts, fromDay - 1, leaf.pointOffsets[c] as number, end);
  const last = bisectRight(leaf.pointStarts, toDay, first, end);
  for (let p = first; p < last; p += 1) visit(leaf.order[p] as number);
  const m = leaf.multiOf[c] as number;
  if (m < 0) return;
  const multisStart = leaf.multiOffsets[m] as number;
  const before = bisectRight(leaf.multiStarts, fromDay - 1, multisStart, leaf.multiOffsets[m + 1] as number);
  leaf.multiReach.reportAtLeast(multisStart, before, fromDay, (p) => visit(leaf.multis[p] as number));
}
