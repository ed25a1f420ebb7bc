/** buildIncidentColumns as it was before issue 15's worker speed-up, kept to time against in the same run. */
import { parseIsoDay } from '../../src/data/days.ts';
import { DEPARTMENTS } from '../../src/data/departments.ts';
import type { Incident } from '../../src/data/schema.ts';
import { CONTEXTS, PERPETRATORS, VIOLATIONS } from '../../src/data/vocabulary.ts';
import type { IncidentColumns } from '../../src/model/incident-columns.ts';
import type { PlacedIncidents } from '../../src/model/incident-model.ts';
import { buildMaskSumsData, isWorthSums } from '../../src/model/regions/mask-sums.ts';

const CONTEXT_SHIFT = 8;
const PERPETRATOR_SHIFT = 10;

/** The class bits of one incident (see IncidentColumns.classes); unknown values set no bit. O(v). */
function classOf(incident: Incident): number {
  let bits = 0;
  for (const violation of incident.violations) {
    const c = VIOLATIONS.indexOf(violation);
    if (c >= 0) bits |= 1 << c;
  }
  const context = Math.max(0, CONTEXTS.indexOf(incident.context));
  const perpetrator = Math.max(0, PERPETRATORS.indexOf(incident.perpetrator));
  return bits | (context << CONTEXT_SHIFT) | (perpetrator << PERPETRATOR_SHIFT);
}

/**
 * Builds the columns once per load: a counting sort by start day, then one pass; `leafOrder` is the cluster
 * grid's (ClusterData.leaf.order). O(n + D), 32 bytes per incident.
 */
export function buildIncidentColumns(
  { incidents, regions }: PlacedIncidents,
  leafOrder: Int32Array,
): IncidentColumns {
  const n = incidents.length;
  const starts = new Int32Array(n);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const start = parseIsoDay((incidents[i] as Incident).date) ?? 0;
    starts[i] = start;
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
  for (let p = 0; p < n; p += 1) {
    const i = order[p] as number;
    const incident = incidents[i] as Incident;
    const start = starts[i] as number;
    const end = incident.end_date ? (parseIsoDay(incident.end_date) ?? start) : start;
    columns.startDay[p] = start;
    columns.endDay[p] = Math.max(start, end);
    columns.killed[p] = incident.killed;
    columns.injured[p] = incident.injured;
    columns.region[p] = regions[i] ?? -1;
    columns.classes[p] = classOf(incident);
    columns.maxSpanDays = Math.max(columns.maxSpanDays, (columns.endDay[p] as number) - start);
  }
  for (let p = 0; p < leafOrder.length; p += 1) {
    const i = leafOrder[p] as number;
    columns.leaf.classes[p] = classOf(incidents[i] as Incident);
    columns.leaf.region[p] = regions[i] ?? -1;
  }
  // Added since (the page's first render moved into the columns): the same code on both sides, so the
  // comparison of the pipelines still checks everything else.
  const regionCount = DEPARTMENTS.length;
  columns.sumsOfAll = isWorthSums(columns, regionCount)
    ? buildMaskSumsData(columns, null, regionCount)
    : null;
  return columns;
}
