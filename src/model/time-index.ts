import { parseIsoDay } from '../data/days.ts';
import type { Incident } from '../data/schema.ts';
import type { Totals } from './totals.ts';

/** Totals by date in O(log n): see buildTimeIndex. */
export interface TimeIndex {
  readonly count: number;
  /** Smallest start day (day number), or NaN when empty. */
  readonly firstDay: number;
  /** Largest end day, or NaN when empty. */
  readonly lastDay: number;
  /** Totals of incidents whose [start, end] span overlaps the inclusive day range [fromDay, toDay]. O(log n). */
  totals(fromDay: number, toDay: number): Totals;
  /** The same totals per region (index given by regionOf at build). O(r log n). */
  totalsByRegion(fromDay: number, toDay: number): Totals[];
  /** Indices of incidents overlapping the range, in start-day order. O(log n + k + m), m = multi-day incidents. */
  indicesInRange(fromDay: number, toDay: number): number[];
  /** One entry per day from firstDay to lastDay: incidents starting that day and their killed and injured. O(d). */
  dailyHistogram(): { day: number; incidents: number; killed: number; injured: number }[];
}

interface Prefix {
  days: Int32Array;
  killed: Float64Array;
  injured: Float64Array;
}

/** Cumulative sums over incidents sorted by `day`: entry i sums the first i+1 incidents. */
function buildPrefix(order: readonly number[], dayOf: Int32Array, incidents: readonly Incident[]): Prefix {
  const days = new Int32Array(order.length);
  const killed = new Float64Array(order.length);
  const injured = new Float64Array(order.length);
  let k = 0;
  let j = 0;
  order.forEach((index, position) => {
    const incident = incidents[index] as Incident;
    k += incident.killed;
    j += incident.injured;
    days[position] = dayOf[index] as number;
    killed[position] = k;
    injured[position] = j;
  });
  return { days, killed, injured };
}

/** Incident indices sorted by day, ties by index, with one native typed-array sort. O(n log n). */
function sortByDay(days: Int32Array): number[] {
  const composite = new Float64Array(days.length);
  days.forEach((day, index) => {
    composite[index] = day * 2 ** 24 + index;
  });
  composite.sort();
  return Array.from(composite, (value) => value % 2 ** 24);
}

/** How many entries of a sorted array are ≤ day (the half-open split point). O(log n). */
function countAtMost(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] as number) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sumTo(prefix: Prefix, count: number): Totals {
  return count === 0
    ? { killed: 0, injured: 0, incidents: 0 }
    : {
        killed: prefix.killed[count - 1] as number,
        injured: prefix.injured[count - 1] as number,
        incidents: count,
      };
}

/**
 * Indexes incidents (up to 2^24) by day once (O(n log n)) so that every range query is a few binary searches.
 * An incident overlaps [from, to] iff start ≤ to and end ≥ from; since end ≥ start, those with end < from are a
 * subset of those with start ≤ to, so totals = S_start(≤ to) − S_end(≤ from − 1), both prefix sums.
 */
export function buildTimeIndex(
  incidents: readonly Incident[],
  regionOf: (incident: Incident) => number,
  regionCount: number,
): TimeIndex {
  const n = incidents.length;
  const startDay = new Int32Array(n);
  const endDay = new Int32Array(n);
  incidents.forEach((incident, index) => {
    const start = parseIsoDay(incident.date) as number;
    startDay[index] = start;
    endDay[index] = incident.end_date ? (parseIsoDay(incident.end_date) as number) : start;
  });
  const byStart = sortByDay(startDay);
  const byEnd = sortByDay(endDay);
  const starts = buildPrefix(byStart, startDay, incidents);
  const ends = buildPrefix(byEnd, endDay, incidents);
  const regionOfIndex = Int32Array.from(incidents, regionOf);
  const split = (order: number[]) => {
    const buckets: number[][] = Array.from({ length: regionCount }, () => []);
    for (const index of order) buckets[regionOfIndex[index] as number]?.push(index);
    return buckets;
  };
  const startBuckets = split(byStart);
  const endBuckets = split(byEnd);
  const regions = startBuckets.map((members, region) => ({
    starts: buildPrefix(members, startDay, incidents),
    ends: buildPrefix(endBuckets[region] as number[], endDay, incidents),
  }));
  const multiDay = byStart.filter((index) => (endDay[index] as number) > (startDay[index] as number));

  const overlap = (s: Prefix, e: Prefix, fromDay: number, toDay: number): Totals => {
    if (fromDay > toDay) return { killed: 0, injured: 0, incidents: 0 };
    const started = sumTo(s, countAtMost(s.days, toDay));
    const ended = sumTo(e, countAtMost(e.days, fromDay - 1));
    return {
      killed: started.killed - ended.killed,
      injured: started.injured - ended.injured,
      incidents: started.incidents - ended.incidents,
    };
  };

  return {
    count: n,
    firstDay: n === 0 ? Number.NaN : (starts.days[0] as number),
    lastDay: n === 0 ? Number.NaN : (ends.days[n - 1] as number),
    totals: (fromDay, toDay) => overlap(starts, ends, fromDay, toDay),
    totalsByRegion: (fromDay, toDay) =>
      regions.map((region) => overlap(region.starts, region.ends, fromDay, toDay)),
    indicesInRange(fromDay, toDay) {
      if (fromDay > toDay) return [];
      const first = countAtMost(starts.days, fromDay - 1);
      const last = countAtMost(starts.days, toDay);
      const started = byStart.slice(first, last);
      const earlier = multiDay.filter(
        (index) => (startDay[index] as number) < fromDay && (endDay[index] as number) >= fromDay,
      );
      return earlier.length === 0 ? started : [...earlier, ...started];
    },
    dailyHistogram() {
      if (n === 0) return [];
      const firstDay = starts.days[0] as number;
      const lastDay = ends.days[n - 1] as number;
      const bins = Array.from({ length: lastDay - firstDay + 1 }, (_, offset) => ({
        day: firstDay + offset,
        incidents: 0,
        killed: 0,
        injured: 0,
      }));
      incidents.forEach((incident, index) => {
        const bin = bins[(startDay[index] as number) - firstDay];
        if (!bin) return;
        bin.incidents += 1;
        bin.killed += incident.killed;
        bin.injured += incident.injured;
      });
      return bins;
    },
  };
}
