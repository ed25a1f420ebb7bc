import { DEPARTMENTS } from '../data/departments.ts';
import { VIOLATIONS } from '../data/vocabulary.ts';
import type { IncidentColumns } from './incident-columns.ts';
import type { IncidentModel } from './incident-model.ts';
import type { DayCount, TimeIndex } from './time/time-index.ts';
import type { Totals } from './time/totals.ts';

/**
 * The model of every incident answering for the incidents i with `keep[i] === 1` only (see filterMask),
 * without rebuilding an index: each query scans the columns and tests the mask while it aggregates, and the
 * cluster grid does the same in its cells (ClusterIndex.masked). Built in O(n) for first and last day; a
 * query costs O(k) for the k incidents starting up to its last day, instead of O(log n) on a model built for
 * the selection, which costs O(n log n) per filter change (see the folder's README for the measurements).
 * Indices are into `model.incidents`, as in any IncidentModel.
 */
export function maskModel(model: IncidentModel, columns: IncidentColumns, keep: Uint8Array): IncidentModel {
  return {
    incidents: model.incidents,
    regions: model.regions,
    time: maskTime(columns, keep, DEPARTMENTS.length),
    clusters: model.clusters.masked(keep),
  };
}

/** A TimeIndex over the kept incidents, answering by scans of the columns (see maskModel). O(n) to build. */
export function maskTime(columns: IncidentColumns, keep: Uint8Array, regionCount: number): TimeIndex {
  const { startDay, endDay, killed, injured, region, byStart } = columns;
  let count = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < keep.length; i += 1) {
    if (keep[i] !== 1) continue;
    count += 1;
    firstDay = Math.min(firstDay, startDay[i] as number);
    lastDay = Math.max(lastDay, endDay[i] as number);
  }
  /** Visits the kept incidents overlapping [fromDay, toDay] in start-day order; stops past toDay. */
  const visit = (fromDay: number, toDay: number, each: (i: number) => void) => {
    if (count === 0 || !(fromDay <= toDay)) return;
    for (let p = 0; p < byStart.length; p += 1) {
      const i = byStart[p] as number;
      if ((startDay[i] as number) > toDay) return;
      if (keep[i] === 1 && (endDay[i] as number) >= fromDay) each(i);
    }
  };
  const byRegion = (fromDay: number, toDay: number) => {
    const sums = new Float64Array((regionCount + 1) * 3);
    visit(fromDay, toDay, (i) => {
      const r = region[i] as number;
      const row = r >= 0 && r < regionCount ? r : regionCount;
      sums[row * 3] = (sums[row * 3] as number) + 1;
      sums[row * 3 + 1] = (sums[row * 3 + 1] as number) + (killed[i] as number);
      sums[row * 3 + 2] = (sums[row * 3 + 2] as number) + (injured[i] as number);
    });
    return sums;
  };
  const at = (sums: Float64Array, row: number): Totals => ({
    incidents: sums[row * 3] as number,
    killed: sums[row * 3 + 1] as number,
    injured: sums[row * 3 + 2] as number,
  });
  return {
    count,
    firstDay: count === 0 ? Number.NaN : firstDay,
    lastDay: count === 0 ? Number.NaN : lastDay,
    totals(fromDay, toDay) {
      const totals = { incidents: 0, killed: 0, injured: 0 };
      visit(fromDay, toDay, (i) => {
        totals.incidents += 1;
        totals.killed += killed[i] as number;
        totals.injured += injured[i] as number;
      });
      return totals;
    },
    totalsByRegion(fromDay, toDay) {
      const sums = byRegion(fromDay, toDay);
      return Array.from({ length: regionCount }, (_, r) => at(sums, r));
    },
    indicesInRange(fromDay, toDay) {
      const found: number[] = [];
      visit(fromDay, toDay, (i) => found.push(i));
      return Int32Array.from(found);
    },
    dailyHistogram() {
      if (count === 0) return [];
      const histogram: DayCount[] = [];
      for (let day = firstDay; day <= lastDay; day += 1)
        histogram.push({ day, incidents: 0, killed: 0, injured: 0 });
      for (let i = 0; i < keep.length; i += 1) {
        if (keep[i] !== 1) continue;
        const bin = histogram[(startDay[i] as number) - firstDay] as DayCount;
        bin.incidents += 1;
        bin.killed += killed[i] as number;
        bin.injured += injured[i] as number;
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
  keep: Uint8Array,
  regionCount: number,
  fromDay: number,
  toDay: number,
): Totals[][] {
  const width = VIOLATIONS.length;
  const sums = new Float64Array((regionCount + 1) * width * 3);
  const add = (cell: number, i: number) => {
    sums[cell * 3] = (sums[cell * 3] as number) + 1;
    sums[cell * 3 + 1] = (sums[cell * 3 + 1] as number) + (columns.killed[i] as number);
    sums[cell * 3 + 2] = (sums[cell * 3 + 2] as number) + (columns.injured[i] as number);
  };
  const { startDay, endDay, byStart, classes, region } = columns;
  if (fromDay <= toDay) {
    for (let p = 0; p < byStart.length; p += 1) {
      const i = byStart[p] as number;
      if ((startDay[i] as number) > toDay) break;
      if (keep[i] !== 1 || (endDay[i] as number) < fromDay) continue;
      const r = region[i] as number;
      const bits = (classes[i] as number) & 0xff;
      for (let c = 0; c < width; c += 1) {
        if ((bits & (1 << c)) === 0) continue;
        if (r >= 0 && r < regionCount) add(r * width + c, i);
        add(regionCount * width + c, i);
      }
    }
  }
  return Array.from({ length: regionCount + 1 }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = (r * width + c) * 3;
      return {
        incidents: sums[cell] as number,
        killed: sums[cell + 1] as number,
        injured: sums[cell + 2] as number,
      };
    }),
  );
}
