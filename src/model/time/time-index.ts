import { bisectRight } from 'd3-array';
import type { Incident } from '../../data/schema.ts';
import { type ClusterPoints, toClusterPoints } from '../clusters/cluster-index.ts';
import { sumByDay, sumIndex } from './day-sums.ts';
import { buildRangeMaxLevels, rangeMaxFrom } from './range-max.ts';
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
   * at build (regionOf(incident, i) for incident i). Incidents whose region is not a whole number in [0, regionCount) count in totals only.
   * O(log d + r).
   */
  totalsByRegion(fromDay: number, toDay: number): Totals[];
  /**
   * Indices (into the incidents given at build) of the incidents overlapping the range, in start-day order,
   * ties by index: multi-day incidents that started before fromDay come first. Only the first `limit` when
   * given (a page of a list). O(log n + k) for k indices.
   */
  indicesInRange(fromDay: number, toDay: number, limit?: number): Int32Array;
  /** One entry per day from firstDay to lastDay, in order: incidents starting that day; [] when empty. O(d). */
  dailyHistogram(): DayCount[];
}

/**
 * Indexes incidents by day once, so that every query is a few binary searches. An incident overlaps the
 * inclusive range [from, to] iff start ≤ to and end ≥ from. Since end ≥ start, the incidents with
 * end ≤ from − 1 are among those with start ≤ to (when from ≤ to), so
 *   totals(from, to) = S(start ≤ to) − E(end ≤ from − 1),
 * two running sums over distinct days (see day-sums.ts), looked up by binary search; the half-open split
 * "≤ day" is the only one used inside. An end_date before the date is read as the date; an unparsable date as
 * day 0 (validated incidents have neither). Build O(n + D + r · d) for D days spanned, with counting sorts;
 * memory O(n + r · d) in typed arrays, plus O(m log m) for the m multi-day incidents.
 */
export function buildTimeIndex(
  incidents: readonly Incident[],
  regionOf: (incident: Incident, index: number) => number,
  regionCount: number,
): TimeIndex {
  return timeIndexFrom(buildTimeData(incidents, regionOf, regionCount));
}

/** What buildTimeIndex precomputes: typed arrays only, so a worker can build it and hand it over. */
export type TimeData = ReturnType<typeof indexDays> & { regionCount: number };

/** The days index of buildTimeIndex, as data (see timeIndexFrom). Same cost. */
export function buildTimeData(
  incidents: readonly Incident[],
  regionOf: (incident: Incident, index: number) => number,
  regionCount: number,
): TimeData {
  // Float64, not Int32: a region number that is not a whole number must stay one, to be left out.
  const regions = Float64Array.from(incidents, regionOf);
  return buildTimeDataFrom(toClusterPoints(incidents), regions, regionCount);
}

/** The start and end day and the counts of each incident, as typed arrays (see IncidentFacts). */
export type DayFacts = Pick<ClusterPoints, 'startDay' | 'endDay' | 'killed' | 'injured'>;

/**
 * buildTimeData over incidents already read into typed arrays (`facts`, entry i for incident i, an end day
 * before the start read as the start) and their region numbers: the loading worker builds a pack's index
 * from its columns without making incident objects. Same data as buildTimeData on the same incidents. Same cost.
 */
export function buildTimeDataFrom(
  facts: DayFacts,
  regions: ArrayLike<number>,
  regionCount: number,
): TimeData {
  return { ...indexDays(facts, regions, regionCount), regionCount };
}

/** The index over data built by buildTimeData (here or in a worker). O(1): every table is in the data. */
export function timeIndexFrom(data: TimeData): TimeIndex {
  const { starts, ends, byStart, multi, multiStarts, firstDay, lastDay, regionCount } = data;
  const n = byStart.length;
  const multiReach = rangeMaxFrom(data.multiEnds, data.multiReachLevels);

  /** Region r's totals between the split points s (starts) and e (ends). */
  const totalsAt = (r: number, s: number, e: number): Totals => {
    const started = sumIndex(starts, r, s);
    const ended = sumIndex(ends, r, e);
    return {
      killed: (starts.killed[started] as number) - (ends.killed[ended] as number),
      injured: (starts.injured[started] as number) - (ends.injured[ended] as number),
      incidents: (starts.counts[started] as number) - (ends.counts[ended] as number),
    };
  };
  const splits = (fromDay: number, toDay: number): [number, number] => [
    bisectRight(starts.days, toDay),
    bisectRight(ends.days, fromDay - 1),
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
    indicesInRange(fromDay, toDay, limit = Number.POSITIVE_INFINITY) {
      if (isEmpty(fromDay, toDay) || !(limit > 0)) return new Int32Array(0);
      const position = (k: number) => starts.counts[sumIndex(starts, regionCount, k)] as number;
      const first = position(bisectRight(starts.days, fromDay - 1));
      const last = position(bisectRight(starts.days, toDay));
      const earlier: number[] = [];
      multiReach.reportAtLeast(0, bisectRight(multiStarts, fromDay - 1), fromDay, (p) => {
        earlier.push(multi[p] as number);
      });
      const length = Math.min(limit, earlier.length + last - first);
      const indices = new Int32Array(length);
      indices.set(earlier.length > length ? earlier.slice(0, length) : earlier);
      if (length > earlier.length)
        indices.set(byStart.subarray(first, first + length - earlier.length), earlier.length);
      return indices;
    },
    dailyHistogram() {
      if (n === 0) return [];
      const histogram: DayCount[] = [];
      const total = sumIndex(starts, regionCount, 0);
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
 * building can be collected afterwards. One pass over the incidents, then typed arrays only.
 * O(n + D + r · d).
 */
function indexDays(facts: DayFacts, regions: ArrayLike<number>, regionCount: number) {
  const n = facts.startDay.length;
  const startDay = new Int32Array(n);
  const endDay = new Int32Array(n);
  const columns = {
    killed: new Float64Array(n),
    injured: new Float64Array(n),
    region: new Int32Array(n),
    regionCount,
  };
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const start = facts.startDay[i] as number;
    startDay[i] = start;
    endDay[i] = Math.max(start, facts.endDay[i] as number);
    columns.killed[i] = facts.killed[i] as number;
    columns.injured[i] = facts.injured[i] as number;
    const r = regions[i] as number;
    columns.region[i] = Number.isInteger(r) && r >= 0 && r < regionCount ? r : -1;
    if (start < firstDay) firstDay = start;
    if ((endDay[i] as number) > lastDay) lastDay = endDay[i] as number;
  }
  const span = n === 0 ? 0 : lastDay - firstDay + 1;
  const starts = sumByDay(startDay, firstDay, span, columns);
  const ends = sumByDay(endDay, firstDay, span, columns);

  // Counting sort by start day, stable, so ties keep the input order.
  const cursor = new Int32Array(starts.sums.days.length);
  for (let k = 0; k < cursor.length; k += 1)
    cursor[k] = starts.sums.counts[sumIndex(starts.sums, regionCount, k)] as number;
  const byStart = new Int32Array(n);
  let multiCount = 0;
  for (let i = 0; i < n; i += 1) {
    const slot = (starts.slotOfDay[(startDay[i] as number) - firstDay] as number) - 1;
    byStart[cursor[slot] as number] = i;
    cursor[slot] = (cursor[slot] as number) + 1;
    if ((endDay[i] as number) > (startDay[i] as number)) multiCount += 1;
  }
  const multi = new Int32Array(multiCount);
  const multiStarts = new Int32Array(multiCount);
  const multiEnds = new Int32Array(multiCount);
  for (let p = 0, m = 0; p < n; p += 1) {
    const i = byStart[p] as number;
    if ((endDay[i] as number) <= (startDay[i] as number)) continue;
    multi[m] = i;
    multiStarts[m] = startDay[i] as number;
    multiEnds[m] = endDay[i] as number;
    m += 1;
  }
  return {
    starts: starts.sums,
    ends: ends.sums,
    byStart,
    multi,
    multiStarts,
    multiEnds,
    // Built here, where the rest is (the loading worker), not on the page's thread: 0.3 s at 1M incidents.
    multiReachLevels: buildRangeMaxLevels(multiEnds),
    firstDay: n === 0 ? Number.NaN : firstDay,
    lastDay: n === 0 ? Number.NaN : lastDay,
  };
}
