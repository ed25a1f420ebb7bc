import { DEPARTMENTS } from '../data/departments.ts';
import type { Incident } from '../data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../data/vocabulary.ts';
import { factsOf, type IncidentFacts } from './incident-facts.ts';
import type { PlacedIncidents } from './incident-model.ts';
import type { Filters } from './regions/filters.ts';
import { buildMaskSumsData, isWorthSums, type MaskSumsData } from './regions/mask-sums.ts';

/**
 * The incidents as parallel typed arrays in start-day order (position p holds incident `order[p]`; ties keep
 * the input order), for queries that test a filter while they aggregate (see masked-model.ts) instead of
 * rebuilding indexes for each selection. The order makes those scans read memory sequentially.
 */
export interface IncidentColumns {
  /** Incident indices by start day, ties by index. */
  order: Int32Array;
  /** Day numbers; `endDay[p] ≥ startDay[p]` (an end before the start is read as the start). */
  startDay: Int32Array;
  endDay: Int32Array;
  killed: Int32Array;
  injured: Int32Array;
  /** Region numbers as in PlacedIncidents (−1 for none). */
  region: Int32Array;
  /** Bits 0–7: the violation categories (bit c for VIOLATIONS[c]); bits 8–9: context; bits 10–12: perpetrator. */
  classes: Uint16Array;
  /** The longest incident's `endDay − startDay`: no incident starting before `day − maxSpanDays` reaches `day`. */
  maxSpanDays: number;
  /** Classes and regions again in the cluster grid's leaf order (ClusterData.leaf.order), for its mask. */
  leaf: { classes: Uint16Array; region: Int32Array };
  /**
   * Running sums of every incident by day, region (DEPARTMENTS) and category (buildMaskSumsData with no mask;
   * null past MAX_SUM_DAYS or when not isWorthSums): the category counts with every context and perpetrator selected, what the page
   * shows first. Built with the columns, so in the loading worker for a big file, instead of in the page's first
   * render (0.3 s at 1M incidents). Optional: columns made elsewhere may leave them out.
   */
  sumsOfAll?: MaskSumsData | null;
}

/** Which incidents a filter keeps, 1 or 0, in the columns' order and in the cluster grid's leaf order. */
export interface FilterMask {
  byPosition: Uint8Array;
  byLeaf: Uint8Array;
}

const CONTEXT_SHIFT = 8;
const PERPETRATOR_SHIFT = 10;

/** The class bits of one incident (see IncidentColumns.classes); unknown values set no bit. O(v). */
export function classOf(incident: Incident): number {
  return (
    violationBits(incident.violations) | contextBits(incident.context) | perpetratorBits(incident.perpetrator)
  );
}

/** classOf's bits for a list of violations (bit c for VIOLATIONS[c]). O(v). */
export function violationBits(violations: readonly string[]): number {
  let bits = 0;
  for (const violation of violations) {
    const c = VIOLATIONS.indexOf(violation as (typeof VIOLATIONS)[number]);
    if (c >= 0) bits |= 1 << c;
  }
  return bits;
}

/** classOf's bits for a context (an unknown one counts as the first). O(1). */
export function contextBits(context: string): number {
  return Math.max(0, CONTEXTS.indexOf(context as (typeof CONTEXTS)[number])) << CONTEXT_SHIFT;
}

/** classOf's bits for a perpetrator (an unknown one counts as the first). O(1). */
export function perpetratorBits(perpetrator: string): number {
  return Math.max(0, PERPETRATORS.indexOf(perpetrator as (typeof PERPETRATORS)[number])) << PERPETRATOR_SHIFT;
}

/**
 * Builds the columns once per load: a counting sort by start day, then one pass; `leafOrder` is the cluster
 * grid's (ClusterData.leaf.order), with the running sums of every incident (sumsOfAll). O(n · v + D · r · v),
 * 32 bytes per incident.
 */
export function buildIncidentColumns(
  { incidents, regions }: PlacedIncidents,
  leafOrder: Int32Array,
): IncidentColumns {
  return buildIncidentColumnsFrom(factsOf(incidents), regions, leafOrder);
}

/**
 * buildIncidentColumns over incidents already read into typed arrays (`facts`, see IncidentFacts) and their
 * region numbers: the same columns from the same numbers, whether they came from incident objects or from a
 * pack's columns. O(n + D · r · v).
 */
export function buildIncidentColumnsFrom(
  facts: IncidentFacts,
  regions: Int32Array,
  leafOrder: Int32Array,
): IncidentColumns {
  const n = facts.startDay.length;
  const starts = facts.startDay;
  const classes = facts.classes;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const start = starts[i] as number;
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  const order = new Int32Array(n);
  if (n > 0) {
    const cursor = new Int32Array(last - first + 2);
    for (let i = 0; i < n; i += 1) {
      const d = (starts[i] as number) - first + 1;
      cursor[d] = (cursor[d] as number) + 1;
    }
    for (let d = 1; d < cursor.length; d += 1) cursor[d] = (cursor[d] as number) + (cursor[d - 1] as number);
    for (let i = 0; i < n; i += 1) {
      const d = (starts[i] as number) - first;
      order[cursor[d] as number] = i;
      cursor[d] = (cursor[d] as number) + 1;
    }
  }
  const columns: IncidentColumns = {
    order,
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    killed: new Int32Array(n),
    injured: new Int32Array(n),
    region: new Int32Array(n),
    classes: new Uint16Array(n),
    maxSpanDays: 0,
    leaf: { classes: new Uint16Array(n), region: new Int32Array(n) },
  };
  // Each column read and written through a local: a property read per row and column was most of this loop.
  const { startDay, endDay, killed, injured, region, classes: classColumn, leaf } = columns;
  const { endDay: endOf, killed: killedOf, injured: injuredOf } = facts;
  let maxSpanDays = 0;
  for (let p = 0; p < n; p += 1) {
    const i = order[p] as number;
    const start = starts[i] as number;
    const end = Math.max(start, endOf[i] as number);
    startDay[p] = start;
    endDay[p] = end;
    killed[p] = killedOf[i] as number;
    injured[p] = injuredOf[i] as number;
    region[p] = regions[i] ?? -1;
    classColumn[p] = classes[i] as number;
    if (end - start > maxSpanDays) maxSpanDays = end - start;
  }
  columns.maxSpanDays = maxSpanDays;
  for (let p = 0; p < leafOrder.length; p += 1) {
    const i = leafOrder[p] as number;
    leaf.classes[p] = classes[i] as number;
    leaf.region[p] = regions[i] ?? -1;
  }
  const regionCount = DEPARTMENTS.length;
  columns.sumsOfAll = isWorthSums(columns, regionCount)
    ? buildMaskSumsData(columns, null, regionCount)
    : null;
  return columns;
}

/**
 * Which incidents pass the filters: kept when the context and perpetrator are selected, and (unless
 * `withCategories` is false) the incident has a selected category, and (when `region` ≥ 0) it lies in that
 * region. A lookup table over the 2^13 classes, then one sequential pass per order. O(n + 2^13).
 */
export function filterMask(
  columns: IncidentColumns,
  filters: Filters,
  withCategories: boolean,
  region = -1,
): FilterMask {
  let categories = 0;
  VIOLATIONS.forEach((violation, c) => {
    if (filters.categories.has(violation)) categories |= 1 << c;
  });
  const table = new Uint8Array(1 << 13);
  for (let bits = 0; bits < table.length; bits += 1) {
    const context = CONTEXTS[(bits >> CONTEXT_SHIFT) & 3];
    const perpetrator = PERPETRATORS[(bits >> PERPETRATOR_SHIFT) & 7];
    const isScoped =
      context !== undefined &&
      perpetrator !== undefined &&
      filters.contexts.has(context) &&
      filters.perpetrators.has(perpetrator);
    table[bits] = isScoped && (!withCategories || (bits & categories) !== 0) ? 1 : 0;
  }
  const pass = (classes: Uint16Array, regionOf: Int32Array) => {
    const keep = new Uint8Array(classes.length);
    for (let p = 0; p < classes.length; p += 1) {
      keep[p] = (table[classes[p] as number] as number) & (region < 0 || regionOf[p] === region ? 1 : 0);
    }
    return keep;
  };
  return {
    byPosition: pass(columns.classes, columns.region),
    byLeaf: pass(columns.leaf.classes, columns.leaf.region),
  };
}

/**
 * The first position of an incident that may overlap a range starting on `fromDay`: every earlier one ends
 * before it. O(log n).
 */
export function firstReaching(columns: IncidentColumns, fromDay: number): number {
  const { startDay } = columns;
  const target = fromDay - columns.maxSpanDays;
  let low = 0;
  let high = startDay.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((startDay[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
