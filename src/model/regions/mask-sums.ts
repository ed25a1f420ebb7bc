import { VIOLATIONS } from '../../data/vocabulary.ts';
import type { IncidentColumns } from '../incident-columns.ts';
import type { Totals } from '../time/totals.ts';

/**
 * The kept incidents' totals over any date range, by region and by region × category, from running sums per
 * day built once per mask: what a timeline step asks under a filter, in O(r · c) instead of a scan.
 */
export interface MaskSums {
  /** Totals of the kept incidents overlapping [fromDay, toDay] (every region, and none). O(r). */
  totals(fromDay: number, toDay: number): Totals;
  /** The same per region: a new array of regionCount Totals; incidents with no region count in totals only. O(r). */
  totalsByRegion(fromDay: number, toDay: number): Totals[];
  /**
   * `table[r][c]` for region r and category VIOLATIONS[c], row regionCount for every region (and none), as
   * maskedCategoryTable gives it; an incident counts once in each of its categories. O(r · c).
   */
  categoryTable(fromDay: number, toDay: number): Totals[][];
  /** Totals of the kept incidents starting on `day` (a day of the timeline's histogram). O(r). */
  startedOn(day: number): Totals;
}

/**
 * Running sums per day of the kept incidents (see buildMaskSumsData): slot 0 is before the first day, slot
 * d + 1 day firstDay + d; in slot s, cell `row · (categories + 1) + c` sums the incidents of region row `row`
 * with category c (c = categories: every incident) that started (`started`) or ended (`ended`) on or before
 * that day. Counts, then people killed, then injured.
 */
export interface MaskSumsData {
  started: [Float64Array, Float64Array, Float64Array];
  ended: [Float64Array, Float64Array, Float64Array];
  firstDay: number;
  /** Days from firstDay to the last day an incident may reach. */
  days: number;
  regionCount: number;
  /** Incidents in the columns (kept or not): 0 makes every range empty. */
  count: number;
}

/** Above this many days between the first start and the last end, the sums would take too much memory. */
export const MAX_SUM_DAYS = 1000;

/**
 * True when running sums pay for themselves: when the incidents at least fill the (day, region row) slots the
 * sums span. Building them costs O(D · r · c) whatever the number of incidents, a query O(r · c); a scan of the
 * columns O(k) per query, which for the real dataset (about a hundred incidents over four months) is less
 * than the build (tens of milliseconds of the page's first render, with cold code). O(1).
 */
export function isWorthSums(columns: IncidentColumns, regionCount: number): boolean {
  const { startDay } = columns;
  const n = startDay.length;
  if (n === 0) return false;
  const days = (startDay[n - 1] as number) + columns.maxSpanDays - (startDay[0] as number) + 1;
  return n >= (days + 1) * (regionCount + 1);
}

const CATEGORIES = VIOLATIONS.length;
/** Columns of a row: one per category, then the incident itself (for totals by region). */
const WIDTH = CATEGORIES + 1;

/**
 * Sums the kept incidents (`keep[p] === 1`, positions in the columns' order) per day and per (region row,
 * category), both by start day and by end day, then runs them over the days. An incident overlaps [from, to]
 * iff start ≤ to and end ≥ from, and since end ≥ start, the sum over it is S(start ≤ to) − E(end ≤ from − 1),
 * as in the time index. Rows: regions 0 to regionCount − 1, then one for incidents without a region.
 * O(k · v + D · r · c) for k kept incidents with v categories each over D days; 72 bytes per day per cell
 * while building, 48 after (about 1.4 MB for the 4 months of the protests). Returns null when the days span more than MAX_SUM_DAYS, for
 * the caller to scan instead.
 */
export function buildMaskSums(
  columns: IncidentColumns,
  keep: Uint8Array | null,
  regionCount: number,
): MaskSums | null {
  const data = buildMaskSumsData(columns, keep, regionCount);
  return data ? maskSumsFrom(data) : null;
}

/**
 * buildMaskSums' running sums as data (typed arrays and numbers only, so the loading worker can build them
 * for every incident and hand them over): `keep` null keeps every incident. Same cost; null past MAX_SUM_DAYS.
 */
export function buildMaskSumsData(
  columns: IncidentColumns,
  keep: Uint8Array | null,
  regionCount: number,
): MaskSumsData | null {
  const { startDay, endDay, classes, region, killed, injured } = columns;
  const n = startDay.length;
  const firstDay = n === 0 ? 0 : (startDay[0] as number);
  const lastDay = n === 0 ? 0 : (startDay[n - 1] as number) + columns.maxSpanDays;
  const days = lastDay - firstDay + 1;
  if (days > MAX_SUM_DAYS) return null;
  const rows = regionCount + 1;
  const cells = rows * WIDTH;
  // Slot 0: before the first day; slot d + 1: day firstDay + d.
  const size = (days + 1) * cells;
  const three = (): MaskSumsData['started'] => [
    new Float64Array(size),
    new Float64Array(size),
    new Float64Array(size),
  ];
  // Incidents of one day, most of them, are written once in oneDay, then added to both.
  const sums = { started: three(), ended: three(), oneDay: three() };
  const [startCounts, startKilled, startInjured] = sums.started;
  const [endCounts, endKilled, endInjured] = sums.ended;
  const [oneCounts, oneKilled, oneInjured] = sums.oneDay;
  for (let p = 0; p < n; p += 1) {
    if (keep !== null && keep[p] !== 1) continue;
    const r = region[p] as number;
    const row = (r >= 0 && r < regionCount ? r : regionCount) * WIDTH;
    const start = startDay[p] as number;
    const end = endDay[p] as number;
    const s = (start - firstDay + 1) * cells + row;
    const k = killed[p] as number;
    const j = injured[p] as number;
    let bits = ((classes[p] as number) & ((1 << CATEGORIES) - 1)) | (1 << CATEGORIES);
    if (end === start) {
      while (bits !== 0) {
        const c = s + 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        oneCounts[c] = (oneCounts[c] as number) + 1;
        oneKilled[c] = (oneKilled[c] as number) + k;
        oneInjured[c] = (oneInjured[c] as number) + j;
      }
      continue;
    }
    const e = (end - firstDay + 1) * cells + row;
    while (bits !== 0) {
      const c = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      startCounts[s + c] = (startCounts[s + c] as number) + 1;
      startKilled[s + c] = (startKilled[s + c] as number) + k;
      startInjured[s + c] = (startInjured[s + c] as number) + j;
      endCounts[e + c] = (endCounts[e + c] as number) + 1;
      endKilled[e + c] = (endKilled[e + c] as number) + k;
      endInjured[e + c] = (endInjured[e + c] as number) + j;
    }
  }
  for (let v = 0; v < 3; v += 1) {
    const started = sums.started[v] as Float64Array;
    const ended = sums.ended[v] as Float64Array;
    const oneDay = sums.oneDay[v] as Float64Array;
    for (let i = 0; i < size; i += 1) {
      started[i] = (started[i] as number) + (oneDay[i] as number);
      ended[i] = (ended[i] as number) + (oneDay[i] as number);
    }
  }
  for (const column of [...sums.started, ...sums.ended]) {
    for (let i = cells; i < size; i += 1) column[i] = (column[i] as number) + (column[i - cells] as number);
  }
  return { started: sums.started, ended: sums.ended, firstDay, days, regionCount, count: n };
}

/** The MaskSums of data buildMaskSumsData made (here or in a worker). O(1). */
export function maskSumsFrom(data: MaskSumsData): MaskSums {
  const { firstDay, days, regionCount, count: n } = data;
  const rows = regionCount + 1;
  const cells = rows * WIDTH;
  const [startCounts, startKilled, startInjured] = data.started;
  const [endCounts, endKilled, endInjured] = data.ended;
  const slot = (day: number) => Math.min(days, Math.max(0, day - firstDay + 1));
  /** Adds cell `cell`'s totals over [fromDay, toDay] to `into`; `s`, `e` are the slots of toDay, fromDay − 1. */
  const addCell = (into: Totals, cell: number, s: number, e: number) => {
    const a = s * cells + cell;
    const b = e * cells + cell;
    into.incidents += (startCounts[a] as number) - (endCounts[b] as number);
    into.killed += (startKilled[a] as number) - (endKilled[b] as number);
    into.injured += (startInjured[a] as number) - (endInjured[b] as number);
  };
  const zero = (): Totals => ({ killed: 0, injured: 0, incidents: 0 });
  /** Totals of `column` per row, the last row summing every row (regions and none). */
  const byRow = (fromDay: number, toDay: number, column: number): Totals[] => {
    const found = Array.from({ length: rows + 1 }, zero);
    if (n === 0 || !(fromDay <= toDay)) return found;
    const s = slot(toDay);
    const e = slot(fromDay - 1);
    const all = found[rows] as Totals;
    for (let row = 0; row < rows; row += 1) {
      const totals = found[row] as Totals;
      addCell(totals, row * WIDTH + column, s, e);
      all.incidents += totals.incidents;
      all.killed += totals.killed;
      all.injured += totals.injured;
    }
    return found;
  };
  return {
    totals: (fromDay, toDay) => byRow(fromDay, toDay, CATEGORIES)[rows] as Totals,
    totalsByRegion: (fromDay, toDay) => byRow(fromDay, toDay, CATEGORIES).slice(0, regionCount),
    startedOn(day) {
      const found = zero();
      const at = slot(day);
      if (n === 0 || at !== day - firstDay + 1 || at === 0) return found;
      for (let row = 0; row < rows; row += 1) {
        const a = at * cells + row * WIDTH + CATEGORIES;
        found.incidents += (startCounts[a] as number) - (startCounts[a - cells] as number);
        found.killed += (startKilled[a] as number) - (startKilled[a - cells] as number);
        found.injured += (startInjured[a] as number) - (startInjured[a - cells] as number);
      }
      return found;
    },
    categoryTable(fromDay, toDay) {
      const byCategory = Array.from({ length: CATEGORIES }, (_, c) => byRow(fromDay, toDay, c));
      return Array.from({ length: regionCount + 1 }, (_, r) =>
        byCategory.map((found) => found[r < regionCount ? r : rows] as Totals),
      );
    },
  };
}
