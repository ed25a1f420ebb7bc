/**
 * The regions part of npm run bench: assigning incidents to departments at load (ours: Flatbush + Turf on the
 * boundaries the app draws; naive: Turf point-in-polygon against every department in turn, as a Turf user
 * would without an index) and one update of the region × category aggregation for a moving 31-day window and
 * a category filter (ours: the prefix-sum indexes; naive: one pass over every incident). Both sides are
 * checked to agree before timing.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { createDepartmentIndex, type DepartmentCollection } from '../src/data/department-index.ts';
import { DEPARTMENTS } from '../src/data/departments.ts';
import type { Incident } from '../src/data/schema.ts';
import { VIOLATIONS } from '../src/data/vocabulary.ts';
import { assignDepartments, departmentNumber } from '../src/model/regions/assign-departments.ts';
import { buildCategoryIndex } from '../src/model/regions/category-index.ts';
import { ALL_FILTERS, type Filters, matchesFilters } from '../src/model/regions/filters.ts';
import { createIncidentModel, selectIncidents } from '../src/model/incident-model.ts';
import type { Totals } from '../src/model/time/totals.ts';

export interface RegionBenchResult {
  size: number;
  assignMs: number;
  /** Naive assignment time per incident × size: measured on `naiveSample` incidents. */
  naiveAssignMs: number;
  naiveSample: number;
  updateMs: number;
  updateP95: number;
  naiveUpdateMs: number;
  rebuildMs: number;
}

type Timer = (
  runs: number,
  warmup: number,
  update: (i: number) => unknown,
) => { median: number; p95: number };

/** A filter a reader might pick: three categories, every context and perpetrator. */
const FILTERS: Filters = {
  ...ALL_FILTERS,
  categories: new Set(['life', 'physical_integrity', 'expression']),
};

/** Naive assignment: every department's polygon in turn until one holds the point. O(d · v) per incident. */
function naiveAssign(incidents: readonly Incident[], departments: DepartmentCollection): Int32Array {
  return Int32Array.from(incidents, (incident) => {
    const found = departments.features.find((feature) =>
      booleanPointInPolygon([incident.lng, incident.lat], feature),
    );
    return departmentNumber(found?.properties.iso_3166_2 ?? incident.department);
  });
}

/** Naive update: one pass over all incidents, tallying region totals and region × category counts. O(n · v). */
function naiveAggregate(
  incidents: readonly Incident[],
  regions: Int32Array,
  fromIso: string,
  toIso: string,
): { byRegion: Totals[]; table: number[] } {
  const byRegion = DEPARTMENTS.map(() => ({ killed: 0, injured: 0, incidents: 0 }));
  const table = new Array<number>(DEPARTMENTS.length * VIOLATIONS.length).fill(0);
  for (let i = 0; i < incidents.length; i += 1) {
    const incident = incidents[i] as Incident;
    if (incident.date > toIso || (incident.end_date ?? incident.date) < fromIso) continue;
    if (!matchesFilters(incident, FILTERS)) continue;
    const r = regions[i] as number;
    const totals = byRegion[r];
    if (!totals) continue;
    totals.killed += incident.killed;
    totals.injured += incident.injured;
    totals.incidents += 1;
    for (const violation of new Set(incident.violations)) {
      const at = r * VIOLATIONS.length + VIOLATIONS.indexOf(violation);
      if (FILTERS.categories.has(violation)) table[at] = (table[at] ?? 0) + 1;
    }
  }
  return { byRegion, table };
}

export function benchRegions(
  incidents: readonly Incident[],
  departments: DepartmentCollection,
  windowAt: (i: number) => [number, number],
  isoOf: (day: number) => string,
  time: Timer,
): RegionBenchResult {
  const size = incidents.length;
  const assignStart = performance.now();
  const regions = assignDepartments(incidents, createDepartmentIndex(departments));
  const assignMs = performance.now() - assignStart;

  const naiveSample = Math.min(size, 20_000);
  const sample = incidents.slice(0, naiveSample);
  const naiveStart = performance.now();
  const naiveRegions = naiveAssign(sample, departments);
  const naiveAssignMs = ((performance.now() - naiveStart) / naiveSample) * size;
  if (naiveRegions.some((region, i) => region !== regions[i]))
    throw new Error(`ours and naive assign different departments at ${size} incidents`);

  // What a filter change costs: the indexes the app rebuilds for the new selection.
  const rebuildStart = performance.now();
  const placed = { incidents, regions };
  const model = createIncidentModel(selectIncidents(placed, (incident) => matchesFilters(incident, FILTERS)));
  const categories = buildCategoryIndex(incidents, regions, DEPARTMENTS.length);
  const rebuildMs = performance.now() - rebuildStart;

  const ourUpdate = (i: number) => {
    const [fromDay, toDay] = windowAt(i);
    return { byRegion: model.time.totalsByRegion(fromDay, toDay), table: categories.table(fromDay, toDay) };
  };
  for (const i of [0, 1, 2]) {
    const [fromDay, toDay] = windowAt(i);
    const ours = ourUpdate(i);
    const naive = naiveAggregate(incidents, regions, isoOf(fromDay), isoOf(toDay));
    const agrees =
      JSON.stringify(ours.byRegion) === JSON.stringify(naive.byRegion) &&
      DEPARTMENTS.every((_, r) =>
        VIOLATIONS.every(
          (violation, c) =>
            !FILTERS.categories.has(violation) ||
            ours.table[r]?.[c]?.incidents === naive.table[r * VIOLATIONS.length + c],
        ),
      );
    if (!agrees) throw new Error(`ours and naive aggregate differently at ${size} incidents, window ${i}`);
  }
  const update = time(size >= 1e6 ? 101 : 201, 20, ourUpdate);
  const naiveUpdate = time(size >= 1e6 ? 3 : 5, 1, (i) => {
    const [fromDay, toDay] = windowAt(i);
    return naiveAggregate(incidents, regions, isoOf(fromDay), isoOf(toDay));
  });
  return {
    size,
    assignMs,
    naiveAssignMs,
    naiveSample,
    updateMs: update.median,
    updateP95: update.p95,
    naiveUpdateMs: naiveUpdate.median,
    rebuildMs,
  };
}
