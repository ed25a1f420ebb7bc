import { DEPARTMENTS } from '../data/departments.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../data/vocabulary.ts';
import { type FilterMask, filterMask, firstReaching, type IncidentColumns } from './incident-columns.ts';
import type { IncidentModel } from './incident-model.ts';
import type { Filters } from './regions/filters.ts';
import { buildMaskSums, isWorthSums, type MaskSums, maskSumsFrom } from './regions/mask-sums.ts';
import type { DayCount, TimeIndex } from './time/time-index.ts';
import type { Totals } from './time/totals.ts';

/**
 * The model of every incident answering only for the incidents `mask` keeps (see filterMask),
 * without rebuilding an index: each query scans the columns and tests the mask while it aggregates, and the
 * cluster grid does the same in its cells (ClusterIndex.masked). Built in O(n) for first and last day; a
 * time query costs O(log n + k) for the k incidents starting between its first day less the longest span and
 * its last day, a cluster query O(m) for the m incidents in the cells in view, instead of O(log n) on a model
 * built for the selection, which costs O(n log n) per filter change (see the folder's README for the
 * measurements).
 * Indices are into `model.incidents`, as in any IncidentModel.
 */
export function maskModel(model: IncidentModel, columns: IncidentColumns, mask: FilterMask): IncidentModel {
  return {
    incidents: model.incidents,
    regions: model.regions,
    time: maskTime(columns, mask.byPosition, DEPARTMENTS.length),
    clusters: model.clusters.masked(mask.byLeaf),
  };
}

/**
 * A TimeIndex over the kept incidents (see maskModel). O(n) to build. Totals come from running sums per day
 * (buildMaskSums) built on the first totals query, O(r) each after; the list of incidents in a range and the
 * histogram scan the columns. Past MAX_SUM_DAYS days, or with fewer
 * incidents than the sums would hold (isWorthSums), totals scan the columns too.
 */
export function maskTime(columns: IncidentColumns, keep: Uint8Array, regionCount: number): TimeIndex {
  const { startDay, endDay, killed, injured, region, order } = columns;
  let count = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < keep.length; p += 1) {
    if (keep[p] !== 1) continue;
    count += 1;
    firstDay = Math.min(firstDay, startDay[p] as number);
    lastDay = Math.max(lastDay, endDay[p] as number);
  }
  /** Visits the positions of the first `limit` kept incidents overlapping [fromDay, toDay], in order. */
  const visit = (fromDay: number, toDay: number, limit: number, each: (p: number) => void) => {
    if (count === 0 || !(fromDay <= toDay)) return;
    let left = limit;
    for (let p = firstReaching(columns, fromDay); p < order.length && left > 0; p += 1) {
      if ((startDay[p] as number) > toDay) return;
      if (keep[p] === 1 && (endDay[p] as number) >= fromDay) {
        each(p);
        left -= 1;
      }
    }
  };
  /** Sums by region (row regionCount for none) of the kept incidents in range; the hot loop, inlined. */
  const byRegion = (fromDay: number, toDay: number) => {
    const counts = new Int32Array(regionCount + 1);
    const killedSums = new Float64Array(regionCount + 1);
    const injuredSums = new Float64Array(regionCount + 1);
    if (count === 0 || !(fromDay <= toDay)) return { counts, killedSums, injuredSums };
    const n = order.length;
    for (let p = firstReaching(columns, fromDay); p < n; p += 1) {
      if ((startDay[p] as number) > toDay) break;
      if (keep[p] !== 1 || (endDay[p] as number) < fromDay) continue;
      const r = region[p] as number;
      const row = r >= 0 && r < regionCount ? r : regionCount;
      counts[row] = (counts[row] as number) + 1;
      killedSums[row] = (killedSums[row] as number) + (killed[p] as number);
      injuredSums[row] = (injuredSums[row] as number) + (injured[p] as number);
    }
    return { counts, killedSums, injuredSums };
  };
  let indexed: MaskSums | null | undefined;
  const sumsOf = () => {
    if (indexed === undefined)
      indexed = isWorthSums(columns, regionCount) ? buildMaskSums(columns, keep, regionCount) : null;
    return indexed;
  };
  const at = (sums: ReturnType<typeof byRegion>, row: number): Totals => ({
    killed: sums.killedSums[row] as number,
    injured: sums.injuredSums[row] as number,
    incidents: sums.counts[row] as number,
  });
  return {
    count,
    firstDay: count === 0 ? Number.NaN : firstDay,
    lastDay: count === 0 ? Number.NaN : lastDay,
    totals(fromDay, toDay) {
      const indexedSums = sumsOf();
      if (indexedSums) return indexedSums.totals(fromDay, toDay);
      const sums = byRegion(fromDay, toDay);
      const totals = { killed: 0, injured: 0, incidents: 0 };
      for (let row = 0; row <= regionCount; row += 1) {
        totals.killed += sums.killedSums[row] as number;
        totals.injured += sums.injuredSums[row] as number;
        totals.incidents += sums.counts[row] as number;
      }
      return totals;
    },
    totalsByRegion(fromDay, toDay) {
      const indexedSums = sumsOf();
      if (indexedSums) return indexedSums.totalsByRegion(fromDay, toDay);
      const sums = byRegion(fromDay, toDay);
      return Array.from({ length: regionCount }, (_, r) => at(sums, r));
    },
    indicesInRange(fromDay, toDay, limit = Number.POSITIVE_INFINITY) {
      let found = 0;
      visit(fromDay, toDay, limit, () => {
        found += 1;
      });
      const indices = new Int32Array(found);
      let k = 0;
      visit(fromDay, toDay, limit, (p) => {
        indices[k++] = order[p] as number;
      });
      return indices;
    },
    dailyHistogram() {
      if (count === 0) return [];
      const histogram: DayCount[] = [];
      const indexedSums = sumsOf();
      if (indexedSums) {
        for (let day = firstDay; day <= lastDay; day += 1)
          histogram.push({ day, ...indexedSums.startedOn(day) });
        return histogram;
      }
      for (let day = firstDay; day <= lastDay; day += 1)
        histogram.push({ day, incidents: 0, killed: 0, injured: 0 });
      for (let p = 0; p < keep.length; p += 1) {
        if (keep[p] !== 1) continue;
        const bin = histogram[(startDay[p] as number) - firstDay] as DayCount;
        bin.incidents += 1;
        bin.killed += killed[p] as number;
        bin.injured += injured[p] as number;
      }
      return histogram;
    },
  };
}

/**
 * Totals per region and violation category over [fromDay, toDay] for the kept incidents, as
 * CategoryIndex.table gives them: `table[r][c]` for region r and category VIOLATIONS[c], row `regionCount`
 * for every region; an incident counts once in each of its categories. O(k · v) for k incidents scanned.
 */
export function maskedCategoryTable(
  columns: IncidentColumns,
  keep: FilterMask,
  regionCount: number,
  fromDay: number,
  toDay: number,
): Totals[][] {
  const width = VIOLATIONS.length;
  // First by (region, set of categories), in one tight pass; then each set spread over its categories.
  const rows = regionCount + 1;
  const counts = new Int32Array(rows * 256);
  const killedBy = new Float64Array(rows * 256);
  const injuredBy = new Float64Array(rows * 256);
  const { startDay, endDay, classes, region, killed, injured } = columns;
  const kept = keep.byPosition;
  if (fromDay <= toDay) {
    for (let p = firstReaching(columns, fromDay); p < startDay.length; p += 1) {
      if ((startDay[p] as number) > toDay) break;
      if (kept[p] !== 1 || (endDay[p] as number) < fromDay) continue;
      const r = region[p] as number;
      const key = (r >= 0 && r < regionCount ? r : regionCount) * 256 + ((classes[p] as number) & 0xff);
      counts[key] = (counts[key] as number) + 1;
      killedBy[key] = (killedBy[key] as number) + (killed[p] as number);
      injuredBy[key] = (injuredBy[key] as number) + (injured[p] as number);
    }
  }
  const sums = new Float64Array(rows * width * 3);
  const add = (cell: number, key: number) => {
    sums[cell * 3] = (sums[cell * 3] as number) + (counts[key] as number);
    sums[cell * 3 + 1] = (sums[cell * 3 + 1] as number) + (killedBy[key] as number);
    sums[cell * 3 + 2] = (sums[cell * 3 + 2] as number) + (injuredBy[key] as number);
  };
  for (let row = 0; row < rows; row += 1) {
    for (let bits = 1; bits < 256; bits += 1) {
      const key = row * 256 + bits;
      if (counts[key] === 0) continue;
      for (let c = 0; c < width; c += 1) {
        if ((bits & (1 << c)) === 0) continue;
        if (row < regionCount) add(row * width + c, key);
        add(regionCount * width + c, key);
      }
    }
  }
  return Array.from({ length: regionCount + 1 }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = (r * width + c) * 3;
      return {
        killed: sums[cell + 1] as number,
        injured: sums[cell + 2] as number,
        incidents: sums[cell] as number,
      };
    }),
  );
}

/**
 * The region × category table of the kept incidents as a function of the range, as maskedCategoryTable gives
 * it: from running sums built now (O(k · v), then O(r · c) per range), or a scan per range when the days span
 * more than MAX_SUM_DAYS or the incidents are too few for sums to pay (isWorthSums).
 */
export function categoryTableOf(
  columns: IncidentColumns,
  keep: FilterMask,
  regionCount: number,
): (fromDay: number, toDay: number) => Totals[][] {
  const sums = isWorthSums(columns, regionCount)
    ? buildMaskSums(columns, keep.byPosition, regionCount)
    : null;
  return sums
    ? (fromDay, toDay) => sums.categoryTable(fromDay, toDay)
    : (fromDay, toDay) => maskedCategoryTable(columns, keep, regionCount, fromDay, toDay);
}

/**
 * categoryTableOf for the incidents whose context and perpetrator `filters` select (its categories aside: the
 * counts beside the category boxes follow the other filters only). With every context and perpetrator selected,
 * which keeps every incident, it reads the columns' sumsOfAll when they were built for `regionCount` regions:
 * O(1) instead of a mask and a pass over the incidents on the page's first render.
 */
export function scopedCategoryTable(
  columns: IncidentColumns,
  filters: Pick<Filters, 'contexts' | 'perpetrators'>,
  regionCount: number,
): (fromDay: number, toDay: number) => Totals[][] {
  const { contexts, perpetrators } = filters;
  const isEveryScope = contexts.size === CONTEXTS.length && perpetrators.size === PERPETRATORS.length;
  const sums = columns.sumsOfAll;
  if (isEveryScope && sums && sums.regionCount === regionCount) {
    const all = maskSumsFrom(sums);
    return (fromDay, toDay) => all.categoryTable(fromDay, toDay);
  }
  const scoped = filterMask(columns, { categories: new Set(), contexts, perpetrators }, false);
  return categoryTableOf(columns, scoped, regionCount);
}
