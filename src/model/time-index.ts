import { parseIsoDay } from '../data/days.ts';
import type { Incident } from '../data/schema.ts';
import { identityOrder, sortByKey } from './radix-order.ts';
import { buildRangeMax } from './range-max.ts';
import type { Totals } from './totals.ts';

/** Incidents started on one day: how many, and the people killed and injured in them. */
export interface DayCount {
  day: number;
  incidents: number;
  killed: number;
  injured: number;
}

/**
 * Totals by date in O(log n): see buildTimeIndex. Days are day numbers (days since 1970-01-01, see
 * data/days.ts); every range is inclusive of both days, and a range with fromDay > toDay is empty.
 */
export interface TimeIndex {
  /** How many incidents were indexed. */
  readonly count: number;
  /** Smallest start day, or NaN when empty. */
  readonly firstDay: number;
  /** Largest end day (start day for incidents without end_date), or NaN when empty. */
  readonly lastDay: number;
  /** Totals of incidents whose [start, end] span overlaps [fromDay, toDay]. O(log d), d = distinct days. */
  totals(fromDay: number, toDay: number): Totals;
  /**
   * The same totals per region: a new array of regionCount Totals, entry r for region r as given by regionOf
   * at build. Incidents whose region is not a whole number in [0, regionCount) count in totals only.
   * O(log d + r).
   */
  totalsByRegion(fromDay: number, toDay: number): Totals[];
  /**
   * Indices (into the incidents given at build) of the incidents overlapping the range, in start-day order,
   * ties by index: multi-day incidents that started before fromDay come first. O(log n + k) for k indices.
   */
  indicesInRange(fromDay: number, toDay: number): Int32Array;
  /** One entry per day from firstDay to lastDay, in order: incidents starting that day. [] when empty. O(d). */
  dailyHistogram(): DayCount[];
}

/** Running sums over sorted distinct days, for one or several regions (region-major). */
interface DaySums {
  days: Int32Array;
  /** Entry r · (days + 1) + k sums region r's incidents on the first k distinct days; k = 0 is zero. */
  counts: Float64Array;
  killed: Float64Array;
  injured: Float64Array;
}

/**
 * Indexes incidents by day once, so that every query is a few binary searches. An incident overlaps the
 * inclusive range [from, to] iff start ≤ to and end ≥ from. Since end ≥ start, the incidents with
 * end ≤ from − 1 are among those with start ≤ to (when from ≤ to), so
 *   totals(from, to) = S(start ≤ to) − E(end ≤ from − 1),
 * two running sums over distinct days, looked up by binary search (the half-open split "≤ day" is the only
 * one used inside). An end_date before the date is read as the date; an unparsable date as day 0 (validated
 * incidents have neither). Build O(n + d log d) with radix sorts; memory O(n + r · d) in typed arrays, plus
 * O(m log m) for the m multi-day incidents.
 */
export function buildTimeIndex(
  incidents: readonly Incident[],
  regionOf: (incident: Incident) => number,
  regionCount: number,
): TimeIndex {
  const n = incidents.length;
  const { starts, ends, byStart, multi, multiStarts, multiReach, firstDay, lastDay } = indexDays(
    incidents,
    regionOf,
    regionCount,
  );

  /** Region r's totals between the split points s (starts) and e (ends). */
  const totalsAt = (r: number, s: number, e: number): Totals => {
    const at = (sums: DaySums, k: number) => r * (sums.days.length + 1) + k;
    return {
      killed: (starts.killed[at(starts, s)] as number) - (ends.killed[at(ends, e)] as number),
      injured: (starts.injured[at(starts, s)] as number) - (ends.injured[at(ends, e)] as number),
      incidents: (starts.counts[at(starts, s)] as number) - (ends.counts[at(ends, e)] as number),
    };
  };
  const splits = (fromDay: number, toDay: number): [number, number] => [
    countAtMost(starts.days, toDay),
    countAtMost(ends.days, fromDay - 1),
  ];
  const isEmpty = (fromDay: number, toDay: number) => n === 0 || !(fromDay <= toDay);
  const zero = (): Totals => ({ killed: 0, injured: 0, incidents: 0 });

  return {
    count: n,
    firstDay,
    lastDay,
    totals(fromDay, toDay) {
      if (isEmpty(fromDay, toDay)) return zero();
      return totalsAt(regionCount, ...splits(fromDay, toDay));
    },
    totalsByRegion(fromDay, toDay) {
      if (isEmpty(fromDay, toDay)) return Array.from({ length: regionCount }, zero);
      const [s, e] = splits(fromDay, toDay);
      return Array.from({ length: regionCount }, (_, r) => totalsAt(r, s, e));
    },
    indicesInRange(fromDay, toDay) {
      if (isEmpty(fromDay, toDay)) return new Int32Array(0);
      const position = (k: number) => starts.counts[regionCount * (starts.days.length + 1) + k] as number;
      const first = position(countAtMost(starts.days, fromDay - 1));
      const last = position(countAtMost(starts.days, toDay));
      const earlier: number[] = [];
      multiReach.reportAtLeast(0, countAtMost(multiStarts, fromDay - 1), fromDay, (p) => {
        earlier.push(multi[p] as number);
      });
      const indices = new Int32Array(earlier.length + last - first);
      indices.set(earlier);
      indices.set(byStart.subarray(first, last), earlier.length);
      return indices;
    },
    dailyHistogram() {
      if (n === 0) return [];
      const histogram: DayCount[] = [];
      const total = regionCount * (starts.days.length + 1);
      let k = 0;
      for (let day = firstDay; day <= lastDay; day += 1) {
        const bin = { day, incidents: 0, killed: 0, injured: 0 };
        if (starts.days[k] === day) {
          bin.incidents = (starts.counts[total + k + 1] as number) - (starts.counts[total + k] as number);
          bin.killed = (starts.killed[total + k + 1] as number) - (starts.killed[total + k] as number);
          bin.injured = (starts.injured[total + k + 1] as number) - (starts.injured[total + k] as number);
          k += 1;
        }
        histogram.push(bin);
      }
      return histogram;
    },
  };
}

/**
 * Everything the queries need, built in a scope of its own so that the per-incident columns used only while
 * building can be collected afterwards. O(n + d log d).
 */
function indexDays(
  incidents: readonly Incident[],
  regionOf: (incident: Incident) => number,
  regionCount: number,
) {
  const n = incidents.length;
  const startDay = new Int32Array(n);
  const endDay = new Int32Array(n);
  const killed = new Float64Array(n);
  const injured = new Float64Array(n);
  const region = new Int32Array(n);
  let firstDay = Number.POSITIVE_INFINITY;
  incidents.forEach((incident, i) => {
    const start = parseIsoDay(incident.date) ?? 0;
    const end = incident.end_date ? (parseIsoDay(incident.end_date) ?? start) : start;
    startDay[i] = start;
    endDay[i] = Math.max(start, end);
    killed[i] = incident.killed;
    injured[i] = incident.injured;
    const r = regionOf(incident);
    region[i] = Number.isInteger(r) && r >= 0 && r < regionCount ? r : -1;
    firstDay = Math.min(firstDay, start);
  });
  const dayKeys = (days: Int32Array) => Uint32Array.from(days, (day) => day - firstDay);
  const byStart = sortByKey(identityOrder(n), dayKeys(startDay));
  const byEnd = sortByKey(identityOrder(n), dayKeys(endDay));
  const columns = { killed, injured, region, regionCount };
  const multi = byStart.filter((i) => (endDay[i] as number) > (startDay[i] as number));
  return {
    starts: sumByDay(byStart, startDay, columns),
    ends: sumByDay(byEnd, endDay, columns),
    byStart,
    multi,
    multiStarts: Int32Array.from(multi, (i) => startDay[i] as number),
    multiReach: buildRangeMax(Int32Array.from(multi, (i) => endDay[i] as number)),
    firstDay: n === 0 ? Number.NaN : firstDay,
    lastDay: n === 0 ? Number.NaN : (endDay[byEnd[n - 1] as number] as number),
  };
}

/**
 * Running sums over the distinct days of `day` (incidents given in `order`, sorted by that day), one block per
 * region and a last block, r = regionCount, for all incidents. O(n + r · d).
 */
function sumByDay(
  order: Int32Array,
  day: Int32Array,
  columns: { killed: Float64Array; injured: Float64Array; region: Int32Array; regionCount: number },
): DaySums {
  const distinct: number[] = [];
  const slot = new Int32Array(order.length);
  order.forEach((i, p) => {
    if (p === 0 || day[i] !== distinct[distinct.length - 1]) distinct.push(day[i] as number);
    slot[p] = distinct.length;
  });
  const width = distinct.length + 1;
  const size = (columns.regionCount + 1) * width;
  const sums = {
    days: Int32Array.from(distinct),
    counts: new Float64Array(size),
    killed: new Float64Array(size),
    injured: new Float64Array(size),
  };
  const add = (at: number, i: number) => {
    sums.counts[at] = (sums.counts[at] as number) + 1;
    sums.killed[at] = (sums.killed[at] as number) + (columns.killed[i] as number);
    sums.injured[at] = (sums.injured[at] as number) + (columns.injured[i] as number);
  };
  order.forEach((i, p) => {
    const r = columns.region[i] as number;
    add(columns.regionCount * width + (slot[p] as number), i);
    if (r >= 0) add(r * width + (slot[p] as number), i);
  });
  for (let block = 0; block < size; block += width) {
    for (let k = block + 1; k < block + width; k += 1) {
      sums.counts[k] = (sums.counts[k] as number) + (sums.counts[k - 1] as number);
      sums.killed[k] = (sums.killed[k] as number) + (sums.killed[k - 1] as number);
      sums.injured[k] = (sums.injured[k] as number) + (sums.injured[k - 1] as number);
    }
  }
  return sums;
}

/** How many entries of a sorted array are ≤ day: the split point of "≤ day". O(log d). */
function countAtMost(sorted: Int32Array, day: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}
