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

/**
 * Groups points, given in `order` sorted by (cell key, day), into cells and raw day bins. O(m) for m points;
 * the result holds raw bins (call accumulate before querying).
 */
export function binPoints(order: Int32Array, source: BinSource): BinnedCells {
  const m = order.length;
  const keys = new Float64Array(m);
  const offsets = new Int32Array(m + 1);
  const days = new Int32Array(m);
  const counts = new Int32Array(m);
  const killed = new Float64Array(m);
  const injured = new Float64Array(m);
  const sums = source.weights.map(() => new Float64Array(m));
  let cells = 0;
  let bins = 0;
  for (let p = 0; p < m; p += 1) {
    const i = order[p] as number;
    const key = source.cellKey[i] as number;
    const day = source.day[i] as number;
    if (cells === 0 || key !== keys[cells - 1]) {
      keys[cells] = key;
      offsets[cells] = bins;
      cells += 1;
      startBin(day);
    } else if (day !== days[bins - 1]) startBin(day);
    counts[bins - 1] = (counts[bins - 1] as number) + 1;
    killed[bins - 1] = (killed[bins - 1] as number) + (source.killed[i] as number);
    injured[bins - 1] = (injured[bins - 1] as number) + (source.injured[i] as number);
    source.weights.forEach((weight, w) => {
      const sum = sums[w] as Float64Array;
      sum[cells - 1] = (sum[cells - 1] as number) + (weight[i] as number);
    });
  }
  offsets[cells] = bins;
  return {
    keys: keys.slice(0, cells),
    bins: trimBins(offsets.slice(0, cells + 1), days, counts, killed, injured, bins),
    sums: sums.map((sum) => sum.slice(0, cells)),
  };

  function startBin(day: number): void {
    days[bins] = day;
    bins += 1;
  }
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
      child.sums.forEach((sum, w) => {
        (sums[w] as Float64Array)[parent] =
          ((sums[w] as Float64Array)[parent] as number) + (sum[from + r] as number);
      });
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
  let low = first;
  let high = bins.offsets[c + 1] as number;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((bins.days[mid] as number) <= day) low = mid + 1;
    else high = mid;
  }
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
