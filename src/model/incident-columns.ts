import { parseIsoDay } from '../data/days.ts';
import type { Incident } from '../data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../data/vocabulary.ts';
import type { PlacedIncidents } from './incident-model.ts';
import type { Filters } from './regions/filters.ts';

/**
 * The incidents as parallel typed arrays, index i = incident i, for queries that test a filter while they
 * aggregate (see masked-model.ts) instead of rebuilding indexes for each selection.
 */
export interface IncidentColumns {
  /** Day numbers; `endDay[i] ≥ startDay[i]` (an end before the start is read as the start). */
  startDay: Int32Array;
  endDay: Int32Array;
  killed: Int32Array;
  injured: Int32Array;
  /** Region numbers as in PlacedIncidents (−1 for none). */
  region: Int32Array;
  /** Bits 0–7: the violation categories (bit c for VIOLATIONS[c]); bits 8–9: context; bits 10–12: perpetrator. */
  classes: Uint16Array;
  /** Incident indices by start day, ties by index. */
  byStart: Int32Array;
}

const CONTEXT_SHIFT = 8;
const PERPETRATOR_SHIFT = 10;

/** The class bits of one incident (see IncidentColumns.classes); unknown values set no bit. O(v). */
export function classOf(incident: Incident): number {
  let bits = 0;
  for (const violation of incident.violations) {
    const c = VIOLATIONS.indexOf(violation);
    if (c >= 0) bits |= 1 << c;
  }
  const context = Math.max(0, CONTEXTS.indexOf(incident.context));
  const perpetrator = Math.max(0, PERPETRATORS.indexOf(incident.perpetrator));
  return bits | (context << CONTEXT_SHIFT) | (perpetrator << PERPETRATOR_SHIFT);
}

/** Builds the columns once per load: one pass, then a counting sort by start day. O(n + D), 26 bytes each. */
export function buildIncidentColumns({ incidents, regions }: PlacedIncidents): IncidentColumns {
  const n = incidents.length;
  const columns: IncidentColumns = {
    startDay: new Int32Array(n),
    endDay: new Int32Array(n),
    killed: new Int32Array(n),
    injured: new Int32Array(n),
    region: Int32Array.from(regions),
    classes: new Uint16Array(n),
    byStart: new Int32Array(n),
  };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const incident = incidents[i] as Incident;
    const start = parseIsoDay(incident.date) ?? 0;
    const end = incident.end_date ? (parseIsoDay(incident.end_date) ?? start) : start;
    columns.startDay[i] = start;
    columns.endDay[i] = Math.max(start, end);
    columns.killed[i] = incident.killed;
    columns.injured[i] = incident.injured;
    columns.classes[i] = classOf(incident);
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  if (n === 0) return columns;
  const cursor = new Int32Array(last - first + 2);
  for (let i = 0; i < n; i += 1) {
    const d = (columns.startDay[i] as number) - first + 1;
    cursor[d] = (cursor[d] as number) + 1;
  }
  for (let d = 1; d < cursor.length; d += 1) cursor[d] = (cursor[d] as number) + (cursor[d - 1] as number);
  for (let i = 0; i < n; i += 1) {
    const d = (columns.startDay[i] as number) - first;
    columns.byStart[cursor[d] as number] = i;
    cursor[d] = (cursor[d] as number) + 1;
  }
  return columns;
}

/**
 * Which incidents pass the filters: `keep[i] === 1` when incident i's context and perpetrator are selected,
 * and (unless `withCategories` is false) it has a selected category, and (when `region` ≥ 0) it lies in that
 * region. A lookup table over the 2^13 classes, then one pass. O(n + 2^13).
 */
export function filterMask(
  columns: IncidentColumns,
  filters: Filters,
  withCategories: boolean,
  region = -1,
): Uint8Array {
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
  const { classes } = columns;
  const keep = new Uint8Array(classes.length);
  for (let i = 0; i < classes.length; i += 1) {
    keep[i] = (table[classes[i] as number] as number) & (region < 0 || columns.region[i] === region ? 1 : 0);
  }
  return keep;
}
