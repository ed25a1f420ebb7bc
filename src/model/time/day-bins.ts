import { bisectRight } from 'd3-array';
/**
 * Grid cells with per-day bins: for each cell, the days on which its incidents start (or end), with how many
 * incidents, people killed and people injured fall on each. While a pyramid is built the bins hold each
 * day's own sums ("raw"); once finished they hold running sums from the cell's first day, so the totals up
 * to any day are one binary search away.
 */

/** Bins of many cells in one set of typed arrays. Cell c owns bins [offsets[c], offsets[c + 1]), by day. */
export interface DayBins {
  offsets: Int32Array;
  days: Int32Array;
  counts: Int32Array;
  killed: Float64Array;
  injured: Float64Array;
}

/** One zoom level of a pyramid: cells by ascending Morton key, their bins, and per-cell sums of weights. */
export interface BinnedCells {
  keys: Float64Array;
  bins: DayBins;
  /** One array per weight given to binPoints (for example the sum of longitudes, for centroids). */
  sums: Float64Array[];
}

/** The per-point values binPoints reads, indexed by point. */
export interface BinSource {
  cellKey: Float64Array;
  day: Int32Array;
  killed: Int32Array;
  injured: Int32Array;
  weights: readonly Float64Array[];
}

/** What binPoints makes: the cells, and where each cell's points start in the order, with their days. */
export interface BinnedPoints {
  cells: BinnedCells;
  /** Cell c's points are order[pointOffsets[c] … pointOffsets[c + 1]). */
  pointOffsets: Int32Array;
  /** The day of the point at each position of the order. */
  pointDays: Int32Array;
}

/**
 * Groups points, given in `order` sorted by (cell key, day), into cells and raw day bins. O(m) for m points;
 * the cells hold raw bins (call accumulate before querying).
 */
export function binPoints(order: Int32Array, source: BinSource): BinnedPoints {
  const { cellKey, day, killed, injured, weights } = source;
  const m = order.length;
  // First pass: how many cells and bins, so that every array is allocated once at its final size.
  let cellCount = 0;
  let binCount = 0;
  for (let p = 0; p < m; p += 1) {
    const i = order[p] as number;
    const previous = p > 0 ? (order[p - 1] as number) : -1;
    const isNewCell = previous < 0 || cellKey[i] !== cellKey[previous];
    if (isNewCell) cellCount += 1;
    if (isNewCell || day[i] !== day[previous]) binCount += 1;
  }
  const keys = new Float64Array(cellCount);
  const bins: DayBins = {
    offsets: new Int32Array(cellCount + 1),
    days: new Int32Array(binCount),
    counts: new Int32Array(binCount),
    killed: new Float64Array(binCount),
    injured: new Float64Array(binCount),
  };
  const sums = weights.map(() => new Float64Array(cellCount));
  const pointOffsets = new Int32Array(cellCount + 1);
  const pointDays = new Int32Array(m);
  let c = -1;
  let b = -1;
  for (let p = 0; p < m; p += 1) {
    const i = order[p] as number;
    const key = cellKey[i] as number;
    const today = day[i] as number;
    if (c < 0 || key !== keys[c]) {
      c += 1;
      keys[c] = key;
      pointOffsets[c] = p;
      b += 1;
      bins.offsets[c] = b;
      bins.days[b] = today;
    } else if (today !== bins.days[b]) {
      b += 1;
      bins.days[b] = today;
    }
    pointDays[p] = today;
    bins.counts[b] = (bins.counts[b] as number) + 1;
    bins.killed[b] = (bins.killed[b] as number) + (killed[i] as number);
    bins.injured[b] = (bins.injured[b] as number) + (injured[i] as number);
    for (let w = 0; w < sums.length; w += 1) {
      const sum = sums[w] as Float64Array;
      sum[c] = (sum[c] as number) + ((weights[w] as Float64Array)[i] as number);
    }
  }
  bins.offsets[cellCount] = binCount;
  pointOffsets[cellCount] = m;
  return { cells: { keys, bins, sums }, pointOffsets, pointDays };
}

/**
 * The next coarser level: each parent (key ⌊K / 4⌋) gets its children's bins merged by day and their sums
 * added. Children of one parent are adjacent in Morton order, so this is one pass with an at-most-4-way
 * merge per parent: O(b) for b child bins. Reads and writes raw bins.
 */
export function mergeToParents(child: BinnedCells): BinnedCells {
  const { keys, bins } = child;
  const firstChild: number[] = [];
  for (let c = 0; c < keys.length; c += 1) {
    if (c === 0 || Math.floor((keys[c] as number) / 4) !== Math.floor((keys[c - 1] as number) / 4)) {
      firstChild.push(c);
    }
  }
  firstChild.push(keys.length);
  const parents = firstChild.length - 1;
  const capacity = bins.days.length;
  const days = new Int32Array(capacity);
  const counts = new Int32Array(capacity);
  const killed = new Float64Array(capacity);
  const injured = new Float64Array(capacity);
  const offsets = new Int32Array(parents + 1);
  const parentKeys = new Float64Array(parents);
  const sums = child.sums.map(() => new Float64Array(parents));
  const head = new Int32Array(4);
  const end = new Int32Array(4);
  let written = 0;
  for (let parent = 0; parent < parents; parent += 1) {
    const from = firstChild[parent] as number;
    const runs = (firstChild[parent + 1] as number) - from;
    parentKeys[parent] = Math.floor((keys[from] as number) / 4);
    offsets[parent] = written;
    for (let r = 0; r < runs; r += 1) {
      head[r] = bins.offsets[from + r] as number;
      end[r] = bins.offsets[from + r + 1] as number;
      for (let w = 0; w < sums.length; w += 1) {
        const sum = sums[w] as Float64Array;
        sum[parent] = (sum[parent] as number) + ((child.sums[w] as Float64Array)[from + r] as number);
      }
    }
    if (runs === 1) {
      const first = head[0] as number;
      const last = end[0] as number;
      days.set(bins.days.subarray(first, last), written);
      counts.set(bins.counts.subarray(first, last), written);
      killed.set(bins.killed.subarray(first, last), written);
      injured.set(bins.injured.subarray(first, last), written);
      written += last - first;
      continue;
    }
    for (;;) {
      let day = Number.POSITIVE_INFINITY;
      for (let r = 0; r < runs; r += 1) {
        if ((head[r] as number) < (end[r] as number))
          day = Math.min(day, bins.days[head[r] as number] as number);
      }
      if (day === Number.POSITIVE_INFINITY) break;
      days[written] = day;
      for (let r = 0; r < runs; r += 1) {
        const at = head[r] as number;
        if (at >= (end[r] as number) || bins.days[at] !== day) continue;
        counts[written] = (counts[written] as number) + (bins.counts[at] as number);
        killed[written] = (killed[written] as number) + (bins.killed[at] as number);
        injured[written] = (injured[written] as number) + (bins.injured[at] as number);
        head[r] = at + 1;
      }
      written += 1;
    }
  }
  offsets[parents] = written;
  return { keys: parentKeys, bins: trimBins(offsets, days, counts, killed, injured, written), sums };
}

/** Turns raw bins into running sums within each cell, in place. O(b). */
export function accumulate(bins: DayBins): void {
  for (let c = 0; c + 1 < bins.offsets.length; c += 1) {
    for (let p = (bins.offsets[c] as number) + 1; p < (bins.offsets[c + 1] as number); p += 1) {
      bins.counts[p] = (bins.counts[p] as number) + (bins.counts[p - 1] as number);
      bins.killed[p] = (bins.killed[p] as number) + (bins.killed[p - 1] as number);
      bins.injured[p] = (bins.injured[p] as number) + (bins.injured[p - 1] as number);
    }
  }
}

/**
 * Adds `sign` × (count, killed, injured) of cell c's incidents on days ≤ `day` to out[0..2]. Needs
 * accumulated bins. O(log b) for b bins in the cell.
 */
export function addAtMost(bins: DayBins, c: number, day: number, sign: number, out: Float64Array): void {
  const first = bins.offsets[c] as number;
  const low = bisectRight(bins.days, day, first, bins.offsets[c + 1] as number);
  if (low === first) return;
  out[0] = (out[0] as number) + sign * (bins.counts[low - 1] as number);
  out[1] = (out[1] as number) + sign * (bins.killed[low - 1] as number);
  out[2] = (out[2] as number) + sign * (bins.injured[low - 1] as number);
}

/** All of cell c's incidents (its last running count). Needs accumulated bins. O(1). */
export function cellCount(bins: DayBins, c: number): number {
  const last = (bins.offsets[c + 1] as number) - 1;
  return last < (bins.offsets[c] as number) ? 0 : (bins.counts[last] as number);
}

function trimBins(
  offsets: Int32Array,
  days: Int32Array,
  counts: Int32Array,
  killed: Float64Array,
  injured: Float64Array,
  length: number,
): DayBins {
  return {
    offsets,
    days: days.slice(0, length),
    counts: counts.slice(0, length),
    killed: killed.slice(0, length),
    injured: injured.slice(0, length),
  };
}
