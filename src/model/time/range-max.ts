/**
 * A static sparse table over integer values, answering "which positions in [from, to) hold a value ≥ t?" in
 * O(1 + k). The indexes use it to find multi-day incidents that started before a range and still run into
 * it, without scanning every earlier incident.
 */
export interface RangeMax {
  /** How many values the table covers. */
  readonly length: number;
  /**
   * Calls `visit` with every position p in the half-open range [from, to) whose value is ≥ `threshold`, in
   * increasing order. Out-of-bounds parts of the range are ignored. O(1 + k) for k positions reported.
   */
  reportAtLeast(from: number, to: number, threshold: number, visit: (position: number) => void): void;
}

/**
 * The table of buildRangeMax as data (typed arrays only, so a worker can build it and hand it over): entry
 * j − 1 is level j ≥ 1, holding for each position i the position of the largest value in [i, i + 2^j). Level 0,
 * each position itself, is implied. O(m log m) time and Int32 memory for m values.
 */
export function buildRangeMaxLevels(values: Int32Array): Int32Array[] {
  const m = values.length;
  const levels: Int32Array[] = [];
  if (m < 2) return levels;
  const first = new Int32Array(m - 1);
  for (let i = 0; i < first.length; i += 1)
    first[i] = (values[i + 1] as number) > (values[i] as number) ? i + 1 : i;
  levels.push(first);
  for (let width = 4; width <= m; width *= 2) {
    const below = levels[levels.length - 1] as Int32Array;
    const level = new Int32Array(m - width + 1);
    const half = width / 2;
    for (let i = 0; i < level.length; i += 1) {
      const left = below[i] as number;
      const right = below[i + half] as number;
      level[i] = (values[right] as number) > (values[left] as number) ? right : left;
    }
    levels.push(level);
  }
  return levels;
}

/**
 * Builds the table: level j holds, for each position i, the position of the largest value in [i, i + 2^j).
 * O(m log m) time and Int32 memory for m values; the values array is kept, not copied.
 */
export function buildRangeMax(values: Int32Array): RangeMax {
  return rangeMaxFrom(values, buildRangeMaxLevels(values));
}

/** The RangeMax over `values` with the levels buildRangeMaxLevels made of them (here or in a worker). O(1). */
export function rangeMaxFrom(values: Int32Array, levels: readonly Int32Array[]): RangeMax {
  const m = values.length;
  /** The position of a largest value in the inclusive range [low, high], low ≤ high. O(1). */
  const argMax = (low: number, high: number): number => {
    if (low === high) return low;
    const j = 31 - Math.clz32(high - low + 1);
    const level = levels[j - 1] as Int32Array;
    const left = level[low] as number;
    const right = level[high - (1 << j) + 1] as number;
    return (values[right] as number) > (values[left] as number) ? right : left;
  };

  return {
    length: m,
    reportAtLeast(from, to, threshold, visit) {
      // In-order walk of the implicit Cartesian tree of [from, to): every subrange whose maximum is below the
      // threshold is cut at once, so at most 2k + 1 subranges are looked at. An explicit stack keeps deep
      // ranges off the call stack; an entry (position, -1) means "report this position".
      const first = Math.max(0, from);
      const end = Math.min(m, to);
      if (first >= end) return;
      const stack: number[] = [first, end];
      while (stack.length > 0) {
        const high = stack.pop() as number;
        const low = stack.pop() as number;
        if (high === -1) {
          visit(low);
          continue;
        }
        if (low >= high) continue;
        const top = argMax(low, high - 1);
        if ((values[top] as number) < threshold) continue;
        stack.push(top + 1, high, top, -1, low, top);
      }
    },
  };
}
